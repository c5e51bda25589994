/**
 * The RUSI Commentary "The Aftermath of the Nagorno-Karabakh Conflict" (Nick Reynolds, 2021) as typed,
 * sourced records. Import one collection from its subpath (`@karabakh-aftermath/data/claims`) to load only it.
 *
 * @example
 * ```ts
 * import { dataset, meta } from '@karabakh-aftermath/data'
 * const forecasts = dataset.claims.filter((c) => c.kind === 'forecast')
 * ```
 *
 * @packageDocumentation
 */
import type { DatasetWithIds, RecordWithIds } from '@karabakh-aftermath/schema'
import type { ShippedIds } from './ids.js'

export { actors } from './actors.js'
export { claims } from './claims.js'
export { events } from './events.js'
export type { ActorId, ClaimId, EventId, PlaceId, ShippedIds, SourceId, TopicId } from './ids.js'
export { meta } from './meta.js'
export { places } from './places.js'
export { sources } from './sources.js'
export { topics } from './topics.js'

/** A source of the shipped dataset: its id and every id it refers to are shipped ids. */
export type ShippedSource = RecordWithIds<'sources', ShippedIds>
/** An actor of the shipped dataset: its id and every id it refers to are shipped ids. */
export type ShippedActor = RecordWithIds<'actors', ShippedIds>
/** A place of the shipped dataset: its id and every id it refers to are shipped ids. */
export type ShippedPlace = RecordWithIds<'places', ShippedIds>
/** A topic of the shipped dataset, with its shipped id. */
export type ShippedTopic = RecordWithIds<'topics', ShippedIds>
/** An event of the shipped dataset: its id and every id it refers to are shipped ids. */
export type ShippedEvent = RecordWithIds<'events', ShippedIds>
/** A claim of the shipped dataset: its id and every id it refers to are shipped ids. */
export type ShippedClaim = RecordWithIds<'claims', ShippedIds>
/** The whole shipped dataset, with literal id types. */
export type ShippedDataset = DatasetWithIds<ShippedIds>

/** The whole dataset: every collection, validated at build. */
export declare const dataset: ShippedDataset
