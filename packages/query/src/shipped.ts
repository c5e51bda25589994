/**
 * `@karabakh-aftermath/query/shipped`: every helper (search and mentions included) bound to the
 * shipped dataset of `@karabakh-aftermath/data` (an optional peer dependency: install it to use
 * this entry). Ids are the data's literal unions, so `getActor('rusia')` does not compile.
 *
 * @example
 * ```ts
 * import { claims, getActor, timeline } from '@karabakh-aftermath/query/shipped'
 * claims({ kinds: 'forecast', minLikelihood: 'likely' }).map((c) => c.statement)
 * ```
 *
 * @packageDocumentation
 */
import { dataset } from '@karabakh-aftermath/data'
import type { Place } from '@karabakh-aftermath/schema'
import { createQuery, type Query } from './create-query.js'
import { type FeatureCollectionHelper, featureCollection } from './geojson.js'
import { requireRecord } from './lookup.js'
import { type MentionsHelper, mentions as mentionsIn } from './mentions.js'
import { type SearchHit, type SearchOptions, search as searchIn } from './search.js'

/**
 * The shape of the shipped dataset, with its literal id types.
 *
 * @example
 * ```ts
 * type Claim = RecordOf<ShippedDataset, 'claims'> // Claim & { id: ClaimId }
 * ```
 */
export type ShippedDataset = typeof dataset

export type { FeatureCollectionHelper } from './geojson.js'
export type { MentionsHelper } from './mentions.js'

/**
 * `createQuery` over the shipped dataset: the root's helpers below as one object (`search`,
 * `mentions` and `toFeatureCollection` are named exports only).
 *
 * @example
 * ```ts
 * import { q } from '@karabakh-aftermath/query/shipped'
 * q.relations('russia')
 * ```
 */
export const q: Query<ShippedDataset> = /* @__PURE__ */ createQuery(dataset)

/**
 * The shipped actor with this id, or `undefined`.
 *
 * @example
 * ```ts
 * getActor('nikol-pashinyan')?.name // 'Nikol Pashinyan'
 * ```
 */
export const getActor = q.getActor
/**
 * The shipped actor with this id, or a `NotFoundError`.
 *
 * @example
 * ```ts
 * getActorOrThrow('russia').kind // 'state'
 * ```
 */
export const getActorOrThrow = q.getActorOrThrow
/**
 * The shipped event with this id, or `undefined`.
 *
 * @example
 * ```ts
 * getEvent('war-2020')?.bounds // { earliest: '2020-09-27', latest: '2020-11-10' }
 * ```
 */
export const getEvent = q.getEvent
/**
 * The shipped event with this id, or a `NotFoundError`.
 *
 * @example
 * ```ts
 * getEventOrThrow('ceasefire-2020').date
 * ```
 */
export const getEventOrThrow = q.getEventOrThrow
/**
 * The shipped claim with this id, or `undefined`.
 *
 * @example
 * ```ts
 * getClaim('border-likely-unstable')?.likelihood // { term: 'likely', cue: 'likely to' }
 * ```
 */
export const getClaim = q.getClaim
/**
 * The shipped claim with this id, or a `NotFoundError`.
 *
 * @example
 * ```ts
 * getClaimOrThrow('armenians-laid-mines').quantity // { low: 700000, high: 1000000, unit: 'mines' }
 * ```
 */
export const getClaimOrThrow = q.getClaimOrThrow
/**
 * The shipped place with this id, or `undefined`.
 *
 * @example
 * ```ts
 * getPlace('agdam')?.name
 * ```
 */
export const getPlace = q.getPlace
/**
 * The shipped place with this id, or a `NotFoundError`.
 *
 * @example
 * ```ts
 * getPlaceOrThrow('baku').geometry
 * ```
 */
export const getPlaceOrThrow = q.getPlaceOrThrow
/**
 * The shipped topic with this id, or `undefined`.
 *
 * @example
 * ```ts
 * getTopic('landmines')?.name
 * ```
 */
export const getTopic = q.getTopic
/**
 * The shipped topic with this id, or a `NotFoundError`.
 *
 * @example
 * ```ts
 * getTopicOrThrow('mediation').description
 * ```
 */
export const getTopicOrThrow = q.getTopicOrThrow
/**
 * The shipped source with this id, or `undefined`.
 *
 * @example
 * ```ts
 * getSource('rusi-2021-aftermath')?.title
 * ```
 */
export const getSource = q.getSource
/**
 * The shipped source with this id, or a `NotFoundError`.
 *
 * @example
 * ```ts
 * getSourceOrThrow('rusi-2021-aftermath').parts.length
 * ```
 */
export const getSourceOrThrow = q.getSourceOrThrow
/**
 * The shipped record of any collection with this id, or `undefined`.
 *
 * @example
 * ```ts
 * get('places', 'nagorno-karabakh')?.contested // true
 * ```
 */
export const get = q.get
/**
 * The shipped record of any collection with this id, or a `NotFoundError`.
 *
 * @example
 * ```ts
 * getOrThrow('actors', 'turkey').name
 * ```
 */
export const getOrThrow = q.getOrThrow
/**
 * Whether a string is a shipped id of the collection (a type guard).
 *
 * @example
 * ```ts
 * if (has('actors', slug)) relations(slug)
 * ```
 */
export const has = q.has
/**
 * The shipped events overlapping a range, filtered and sorted by earliest day then id.
 *
 * @example
 * ```ts
 * timeline({ range: '2021', actors: 'armenia' }).map((e) => e.title)
 * ```
 */
export const timeline = q.timeline
/**
 * The shipped claims that pass every filter, in the order of the source.
 *
 * @example
 * ```ts
 * claims({ kinds: 'forecast', minLikelihood: 'likely' })
 * ```
 */
export const claims = q.claims
/**
 * Shipped events or claims per kind.
 *
 * @example
 * ```ts
 * countByKind('claims').forecast
 * ```
 */
export const countByKind = q.countByKind
/**
 * The ties of a shipped actor that the claims state, with the claims.
 *
 * @example
 * ```ts
 * relations('turkey').map((t) => t.predicate) // ['military-supporter-of', 'cultural-affinity-with', 'ally-of', 'enemy-of']
 * ```
 */
export const relations = q.relations
/**
 * The quotes that mention a shipped record, with paragraph and highlight offsets.
 *
 * @example
 * ```ts
 * mentions('places', 'agdam')[0]?.part?.anchor // 'body-4'
 * ```
 */
export const mentions = ((...args: unknown[]) =>
  (mentionsIn as (...a: unknown[]) => unknown)(dataset, ...args)) as MentionsHelper<ShippedDataset>
/**
 * The argument around a shipped claim: up to the thesis, down to the evidence.
 *
 * @example
 * ```ts
 * argument('border-likely-unstable').down.map((s) => s.claim.id)
 * ```
 */
export const argument = q.argument
/**
 * Search over the shipped names, aliases, titles, statements and quotes.
 *
 * @example
 * ```ts
 * search('agdam')[0]?.id // 'agdam'
 * ```
 */
export const search = (text: string, options?: SearchOptions): SearchHit<ShippedDataset>[] =>
  searchIn(dataset, text, options)
/**
 * Shipped places (records or ids) as GeoJSON.
 *
 * @example
 * ```ts
 * toFeatureCollection(['baku', 'agdam'])
 * ```
 */
export const toFeatureCollection = ((places: unknown, options: unknown) => {
  const ctx = { helper: 'toFeatureCollection', dataset }
  return featureCollection(ctx, places, options, (id, path) =>
    requireRecord<Place>(ctx, path, 'places', id),
  )
}) as FeatureCollectionHelper<ShippedDataset>
