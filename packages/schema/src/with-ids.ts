/**
 * The record types with their references typed by collection. Given the id type of each
 * collection, `ClaimWithIds<I>` is a claim whose `claimant` is an `I['actors']`, whose
 * `about.places` are `I['places']`, and so on. `@karabakh-aftermath/data` ships its records as
 * these types over its literal id unions, so `event.places` is a list of shipped place ids that
 * a lookup accepts as it is. With `string` for every collection they are the plain record types.
 *
 * @module
 */
import type { Actor } from './actor.js'
import type { Claim, Relation } from './claim.js'
import type { Event, Participant } from './event.js'
import type { Name } from './id.js'
import type { Place } from './place.js'
import type { Quote } from './quote.js'
import type { Source } from './source.js'
import type { Topic } from './topic.js'

/**
 * The id type of each collection: `string` for any dataset, a union of literal ids for a
 * shipped one.
 *
 * @example
 * ```ts
 * type MyIds = { sources: 'src'; actors: 'a' | 'b'; places: never; topics: never; events: never; claims: 'c' }
 * ```
 */
export type IdTypes = {
  readonly sources: string
  readonly actors: string
  readonly places: string
  readonly topics: string
  readonly events: string
  readonly claims: string
}

/**
 * A quote whose `source` is a source id.
 *
 * @example
 * ```ts
 * const q: QuoteWithIds<IdTypes> = { source: 'rusi-2021-aftermath', exact: 'a dim prospect', start: 0, end: 14 }
 * ```
 */
export type QuoteWithIds<I extends IdTypes> = Omit<Quote, 'source'> & { source: I['sources'] }

/**
 * A name whose `usedBy` lists actor ids.
 *
 * @example
 * ```ts
 * const n: NameWithIds<IdTypes> = { text: 'Xankəndi', lang: 'az', usedBy: ['azerbaijan'] }
 * ```
 */
export type NameWithIds<I extends IdTypes> = Omit<Name, 'usedBy'> & {
  usedBy?: I['actors'][] | undefined
}

/**
 * A record's own id and the id of the record that replaces it, both of its collection `C`.
 *
 * @example
 * ```ts
 * const ids: RecordIdsWithIds<IdTypes, 'topics'> = { id: 'landmines' }
 * ```
 */
export type RecordIdsWithIds<I extends IdTypes, C extends keyof IdTypes> = {
  id: I[C]
  replacedBy?: I[C] | undefined
}

/**
 * The names and mentions of an actor or a place, by typed id.
 *
 * @example
 * ```ts
 * const named: NamedWithIds<IdTypes> = { names: [{ text: 'Bakı', lang: 'az' }], mentions: [] }
 * ```
 */
export type NamedWithIds<I extends IdTypes> = {
  names: NameWithIds<I>[]
  mentions: QuoteWithIds<I>[]
}

/**
 * A source whose authors and publisher are actor ids.
 *
 * @example
 * ```ts
 * declare const source: SourceWithIds<IdTypes>
 * source.publisher // an actor id
 * ```
 */
export type SourceWithIds<I extends IdTypes> = Omit<
  Source,
  'id' | 'authors' | 'publisher' | 'replacedBy'
> &
  RecordIdsWithIds<I, 'sources'> & {
    authors: I['actors'][]
    publisher: I['actors']
  }

/**
 * An actor whose names, memberships and mentions refer by typed id.
 *
 * @example
 * ```ts
 * declare const actor: ActorWithIds<IdTypes>
 * actor.memberOf // actor ids
 * ```
 */
export type ActorWithIds<I extends IdTypes> = Omit<
  Actor,
  'id' | 'names' | 'memberOf' | 'replacedBy' | 'mentions'
> &
  RecordIdsWithIds<I, 'actors'> &
  NamedWithIds<I> & { memberOf: I['actors'][] }

/**
 * A place whose `within`, names and mentions refer by typed id.
 *
 * @example
 * ```ts
 * declare const place: PlaceWithIds<IdTypes>
 * place.within // a place id, or undefined
 * ```
 */
export type PlaceWithIds<I extends IdTypes> = Omit<
  Place,
  'id' | 'names' | 'within' | 'replacedBy' | 'mentions'
> &
  RecordIdsWithIds<I, 'places'> &
  NamedWithIds<I> & { within?: I['places'] | undefined }

/**
 * A topic with a typed id.
 *
 * @example
 * ```ts
 * declare const topic: TopicWithIds<IdTypes>
 * topic.id // a topic id
 * ```
 */
export type TopicWithIds<I extends IdTypes> = Omit<Topic, 'id' | 'replacedBy'> &
  RecordIdsWithIds<I, 'topics'>

/**
 * An event participant whose `actor` is an actor id.
 *
 * @example
 * ```ts
 * const p: ParticipantWithIds<IdTypes> = { actor: 'russia', role: 'peacekeeper' }
 * ```
 */
export type ParticipantWithIds<I extends IdTypes> = Omit<Participant, 'actor'> & {
  actor: I['actors']
}

/**
 * An event whose participants, places, topics and mentions refer by typed id.
 *
 * @example
 * ```ts
 * declare const event: EventWithIds<IdTypes>
 * event.places // place ids
 * ```
 */
export type EventWithIds<I extends IdTypes> = Omit<
  Event,
  'id' | 'participants' | 'places' | 'topics' | 'replacedBy' | 'mentions'
> &
  RecordIdsWithIds<I, 'events'> & {
    participants: ParticipantWithIds<I>[]
    places: I['places'][]
    topics: I['topics'][]
    mentions: QuoteWithIds<I>[]
  }

/**
 * What a claim is about, by typed id.
 *
 * @example
 * ```ts
 * const about: AboutWithIds<IdTypes> = { actors: ['russia'], events: [], places: ['agdam'] }
 * ```
 */
export type AboutWithIds<I extends IdTypes> = Omit<
  Claim['about'],
  'actors' | 'events' | 'places'
> & {
  actors: I['actors'][]
  events: I['events'][]
  places: I['places'][]
}

/**
 * A relation between two actors, by typed id.
 *
 * @example
 * ```ts
 * const r: RelationWithIds<IdTypes> = { subject: 'russia', predicate: 'ally-of', object: 'armenia' }
 * ```
 */
export type RelationWithIds<I extends IdTypes> = Omit<Relation, 'subject' | 'object'> & {
  subject: I['actors']
  object: I['actors']
}

/**
 * A claim whose claimant, reporter, subjects, relation, arguments, topics and quote refer by
 * typed id.
 *
 * @example
 * ```ts
 * declare const claim: ClaimWithIds<IdTypes>
 * claim.about.places // place ids
 * ```
 */
export type ClaimWithIds<I extends IdTypes> = Omit<
  Claim,
  | 'id'
  | 'claimant'
  | 'reportedBy'
  | 'about'
  | 'relation'
  | 'disputes'
  | 'supports'
  | 'topics'
  | 'replacedBy'
  | 'quote'
> &
  RecordIdsWithIds<I, 'claims'> & {
    claimant: I['actors']
    reportedBy?: I['actors'] | undefined
    about: AboutWithIds<I>
    relation?: RelationWithIds<I> | undefined
    disputes: I['claims'][]
    supports: I['claims'][]
    topics: I['topics'][]
    quote: QuoteWithIds<I>
  }

/**
 * A dataset whose every reference is typed by collection.
 *
 * @example
 * ```ts
 * import type { DatasetWithIds } from '@karabakh-aftermath/schema'
 * import type { ShippedIds } from '@karabakh-aftermath/data'
 * type Shipped = DatasetWithIds<ShippedIds>
 * ```
 */
export type DatasetWithIds<I extends IdTypes> = {
  sources: SourceWithIds<I>[]
  actors: ActorWithIds<I>[]
  places: PlaceWithIds<I>[]
  topics: TopicWithIds<I>[]
  events: EventWithIds<I>[]
  claims: ClaimWithIds<I>[]
}
