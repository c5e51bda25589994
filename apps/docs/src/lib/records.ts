/** The dataset as the site uses it at build time: lookups, record URLs, reverse links, labels. */
import { dataset, meta } from '@karabakh-aftermath/data'
import {
  createLookup,
  createQuery,
  disputesOf,
  foldText,
  partAt,
  partNumber,
  sortClaims,
} from '@karabakh-aftermath/query'
import { formatEdtf, paragraphAnchor } from '@karabakh-aftermath/react/utils'
import type { Actor, Claim, Event, Place, Quote, Source, Topic } from '@karabakh-aftermath/schema'
import {
  ACTOR_KIND_LABELS,
  CLAIM_KIND_LABELS,
  EVENT_KIND_LABELS,
  PLACE_KIND_LABELS,
  RELATION_PREDICATE_LABELS,
} from '@karabakh-aftermath/schema/vocabulary'

export { dataset, meta }

/** An EDTF date in words, as precise as it is known ("27 September – 10 November 2020"). */
export const formatDate = (edtf: string): string => formatEdtf(edtf, { month: 'long' })

/** The collections that have a page per record in the dataset browser. */
export const BROWSED = ['actors', 'events', 'claims', 'places', 'topics'] as const
/** A collection with a page per record. */
export type Browsed = (typeof BROWSED)[number]
/** Any record of a browsed collection. */
export type AnyRecord = Actor | Event | Claim | Place | Topic

/** Titles of the browsed collections. */
export const COLLECTION_TITLES: Record<Browsed, { one: string; many: string; blurb: string }> = {
  actors: {
    one: 'Actor',
    many: 'Actors',
    blurb: 'States, governments, people, organisations, forces and groups the analysis names.',
  },
  events: {
    one: 'Event',
    many: 'Events',
    blurb: 'What happened and when, with EDTF dates that keep their uncertainty.',
  },
  claims: {
    one: 'Claim',
    many: 'Claims',
    blurb: 'One assertion each: who makes it, how sure, about whom, and the exact words.',
  },
  places: {
    one: 'Place',
    many: 'Places',
    blurb: 'Countries, regions, towns and sites, with every name and who uses it.',
  },
  topics: {
    one: 'Topic',
    many: 'Topics',
    blurb: 'The themes a reader filters claims and events by.',
  },
}

/** Id → record, per collection: the core's maps, the same ones the query helpers read. */
export const lookup = createLookup(dataset)

/** The URL of a record's page. */
export const recordHref = (collection: Browsed, id: string): string =>
  `/records/${collection}/${id}/`

/** A record's title: its name, title or statement. */
export const recordTitle = (_collection: Browsed, record: AnyRecord): string =>
  'statement' in record ? record.statement : 'title' in record ? record.title : record.name

const KIND_LABELS: Partial<Record<Browsed, Record<string, string>>> = {
  actors: ACTOR_KIND_LABELS,
  events: EVENT_KIND_LABELS,
  claims: CLAIM_KIND_LABELS,
  places: PLACE_KIND_LABELS,
}

/** A short label for a record in lists (a topic has none). */
export const recordKind = (collection: Browsed, record: AnyRecord): string | undefined =>
  'kind' in record ? KIND_LABELS[collection]?.[record.kind] : undefined

/** Name of an actor, place, event, topic or claim by id (the id when unknown). */
export function nameOf(collection: Browsed, id: string): string {
  const record = lookup[collection].get(id)
  return record ? recordTitle(collection, record) : id
}

/** The one source of the dataset (the Commentary), for citations. */
export const mainSource = dataset.sources[0] as Source

/** The paragraph (part) of a source that holds a quote, with its number among its kind. */
export function partOf(quote: Pick<Quote, 'source' | 'start'>) {
  const source = lookup.sources.get(quote.source)
  const part = source && partAt(source, quote.start)
  if (!source || !part) return undefined
  return { source, part, number: partNumber(source, part) }
}

/** A human label of where a quote is: "paragraph 3", "the title", "the image credit"… */
export function quoteLocation(quote: Pick<Quote, 'source' | 'start'>): string {
  const found = partOf(quote)
  if (!found) return 'the source'
  const { part, number } = found
  if (part.kind === 'body') return `paragraph ${number}`
  if (part.kind === 'author-note') return 'the author note'
  return `the ${part.kind.replace(/-/g, ' ')}`
}

/** The URL of the paragraph of a quote in the source reader. */
export function readerHref(quote: Pick<Quote, 'source' | 'start'>): string {
  const found = partOf(quote)
  return `/analysis/reader/${found ? `#${paragraphAnchor(found.source.id, found.part.anchor)}` : ''}`
}

/**
 * The query over the shipped dataset: the dataset browser's cross-links are answered by
 * `@karabakh-aftermath/query`, as a consumer of the packages would.
 */
export const q = createQuery(dataset)
type Q = typeof q
type ActorId = Parameters<Q['getActor']>[0]
type PlaceId = Parameters<Q['getPlace']>[0]
type TopicId = Parameters<Q['getTopic']>[0]
type EventId = Parameters<Q['getEvent']>[0]
type ClaimId = Parameters<Q['getClaim']>[0]

/** Everything that points at an actor: claims by, about and relating it, events, members. */
export function actorLinks(actorId: string) {
  const id = actorId as ActorId
  return {
    claimsBy: q.claims({ claimant: id }),
    reported: q.claims({ reportedBy: id }).filter((c) => c.claimant !== id),
    claimsAbout: q.claims({ about: { actors: id } }).filter((c) => c.claimant !== id),
    ties: q.relations(id),
    events: q.timeline({ actors: id }),
    members: (dataset.actors as readonly Actor[]).filter((a) => a.memberOf.includes(id)),
    namesUsed: [
      ...(dataset.actors as readonly Actor[]).flatMap((a) =>
        a.names
          .filter((n) => n.usedBy?.includes(id))
          .map((n) => ({ name: n, collection: 'actors' as const, record: a })),
      ),
      ...(dataset.places as readonly Place[]).flatMap((p) =>
        p.names
          .filter((n) => n.usedBy?.includes(id))
          .map((n) => ({ name: n, collection: 'places' as const, record: p })),
      ),
    ],
    sources: (dataset.sources as readonly Source[]).filter(
      (s) => s.authors.includes(id) || s.publisher === id,
    ),
  }
}

/** Everything that points at an event. */
export function eventLinks(eventId: string) {
  return { claims: q.claims({ about: { events: eventId as EventId } }) }
}

/** Everything that points at a place. */
export function placeLinks(placeId: string) {
  const id = placeId as PlaceId
  return {
    contains: (dataset.places as readonly Place[]).filter((p) => p.within === id),
    events: q.timeline({ places: id }),
    claims: q.claims({ about: { places: id } }),
  }
}

/** Everything that points at a topic. */
export function topicLinks(topicId: string) {
  const id = topicId as TopicId
  return { claims: q.claims({ topics: id }), events: q.timeline({ topics: id }) }
}

/** Everything that points at a claim: the claims that dispute it, and the argument it is part of. */
export function claimLinks(claim: Claim) {
  return {
    // The disputes this claim does not list itself (those it lists are shown as its own).
    disputedBy: disputesOf(claim, dataset.claims as readonly Claim[]).filter(
      (c) => !claim.disputes.includes(c.id),
    ),
    argument: q.argument(claim.id as ClaimId),
  }
}

/** A relation as words: "Turkey ally of Azerbaijan". */
export function relationText(claim: Claim): string | undefined {
  const r = claim.relation
  return r
    ? `${nameOf('actors', r.subject)} ${RELATION_PREDICATE_LABELS[r.predicate]} ${nameOf('actors', r.object)}`
    : undefined
}

/** Records of a collection, sorted for lists: events by date, claims in source order, others by name. */
export function sortedRecords(collection: Browsed): AnyRecord[] {
  if (collection === 'events') return q.timeline()
  if (collection === 'claims') return sortClaims(dataset.claims as readonly Claim[])
  return [...(dataset[collection] as readonly AnyRecord[])].sort((a, b) =>
    recordTitle(collection, a).localeCompare(recordTitle(collection, b), 'en'),
  )
}

/** A name as search compares it ("Ağdam" → "agdam"), by the query package's folding. */
export const fold = foldText
