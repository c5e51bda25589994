/**
 * `@karabakh-aftermath/query`: typed helpers that answer questions of the dataset of the RUSI
 * Commentary *The Aftermath of the Nagorno-Karabakh Conflict*, or of any dataset of the same
 * shape: lookups by id, timelines, claims, relations, mentions, argument chains, search and
 * GeoJSON. No runtime dependency: the schema is used for its types only. The helpers bound to
 * the shipped data are in `@karabakh-aftermath/query/shipped`.
 *
 * @example
 * ```ts
 * import { createQuery } from '@karabakh-aftermath/query'
 * const q = createQuery(myDataset)
 * q.claims({ kinds: 'forecast', minLikelihood: 'likely' })
 * ```
 *
 * @packageDocumentation
 */
export type { ArgumentChain, ArgumentOptions, ArgumentStep } from './argument.js'
export type { ClaimsAbout, ClaimsOptions } from './claims.js'
export type { KindCounts } from './counts.js'
export {
  type CountByKindHelper,
  createQuery,
  type FeatureCollectionHelper,
  type IndexPart,
  type MentionsHelper,
  type Query,
} from './create-query.js'
export type { DateRange } from './dates.js'
export {
  InvalidArgumentError,
  InvalidDatasetError,
  NotFoundError,
  QueryError,
  type QueryErrorCode,
} from './errors.js'
export {
  type FeatureCollectionOptions,
  type PlaceFeature,
  type PlaceFeatureCollection,
  type PlaceFeatureProperties,
  type PlaceGeometry,
  toFeatureCollection,
} from './geojson.js'
export type { Mention, MentionCollection, MentionsOptions, MentionVia } from './mentions.js'
export type { RelationsOptions, Tie, TieDirection } from './relations.js'
export type {
  SearchCollection,
  SearchField,
  SearchFields,
  SearchHit,
  SearchOptions,
} from './search.js'
export { foldText } from './text.js'
export type { RangeMatch, TimelineOptions } from './timeline.js'
export type {
  ClaimKind,
  CollectionName,
  EventKind,
  IdOf,
  LikelihoodTerm,
  OneOrMany,
  QueryableDataset,
  Quote,
  RecordOf,
  RelationPredicate,
  SourcePart,
} from './types.js'
