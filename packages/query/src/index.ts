/**
 * `@karabakh-aftermath/query`: typed helpers that answer questions of the dataset of the RUSI
 * Commentary *The Aftermath of the Nagorno-Karabakh Conflict*, or of any dataset of the same
 * shape: lookups by id, timelines, claims, relations and argument chains; and the small
 * derivations the components and the site share (a map by id, timeline
 * order, ties, disputes, the part of a source a quote sits in, an EDTF reader). Plain functions
 * over arrays, tree-shakeable, zod-free: the schema gives its types and its zod-free vocabulary.
 * Full-text search is in `@karabakh-aftermath/query/search`; the quotes that mention a record in
 * `@karabakh-aftermath/query/mentions`; GeoJSON, Web Annotations and
 * citations in `@karabakh-aftermath/query/exports`; every helper bound to the shipped data in
 * `@karabakh-aftermath/query/shipped`. Each is an entry of its own, so this one stays small.
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
export { type ClaimsAbout, type ClaimsOptions, disputesOf, sortClaims } from './claims.js'
export type { KindCounts } from './counts.js'
export * from './create-query.js'
export {
  type DateRange,
  type EdtfEnd,
  type EdtfParsed,
  type EdtfPoint,
  parseEdtfDate,
  pointDays,
} from './edtf.js'
export type { QueryErrorCode } from './errors.js'
export { InvalidArgumentError, InvalidDatasetError, NotFoundError, QueryError } from './errors.js'
export { byId, createLookup, type Lookup } from './lookup.js'
export {
  type RelationsOptions,
  relationsOf,
  type StatedRelation,
  type StatedTie,
  type Tie,
  type TieDirection,
  tiesOf,
} from './relations.js'
export * from './sources.js'
export { compareEvents, type RangeMatch, sortEvents, type TimelineOptions } from './timeline.js'
export type * from './types.js'
