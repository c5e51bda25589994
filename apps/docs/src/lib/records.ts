/** The dataset as the site uses it at build time: the query, record titles, kinds, places in the text. */
import { meta, dataset as shipped } from '@karabakh-aftermath/data'
import {
  createLookup,
  createQuery,
  partAt,
  partNumber,
  sortClaims,
} from '@karabakh-aftermath/query'
import { formatEdtf, paragraphAnchor } from '@karabakh-aftermath/react/utils'
import type { Actor, Claim, Dataset, Event, Place, Quote, Topic } from '@karabakh-aftermath/schema'
import {
  ACTOR_KIND_LABELS,
  CLAIM_KIND_LABELS,
  EVENT_KIND_LABELS,
  PLACE_KIND_LABELS,
} from '@karabakh-aftermath/schema/vocabulary'

/** The site's public URL: astro.config.mjs's `site` (SITE_URL, or localhost on a developer machine). */
export const SITE = new URL(import.meta.env.SITE)

/** The shipped dataset, typed as any dataset: the pages take their ids from routes, as strings. */
export const dataset: Dataset = shipped as unknown as Dataset
export { meta }

/** An EDTF date in words, as precise as it is known ("27 September – 10 November 2020"). */
export const formatDate = (edtf: string): string => formatEdtf(edtf, { month: 'long' })

/** The collections that have a page per record in the dataset browser. */
export const BROWSED = ['actors', 'events', 'claims', 'places', 'topics'] as const
/** A collection with a page per record. */
export type Browsed = (typeof BROWSED)[number]
/** The record type of each browsed collection. */
export type RecordOf = { actors: Actor; events: Event; claims: Claim; places: Place; topics: Topic }
/** Any record of a browsed collection. */
export type AnyRecord = RecordOf[Browsed]

/** What each browsed collection holds, for its list page and llms.txt. */
export const COLLECTION_BLURBS: Record<Browsed, string> = {
  actors: 'States, governments, people, organisations, forces and groups the analysis names.',
  events: 'What happened and when, with EDTF dates that keep their uncertainty.',
  claims: 'One assertion each: who makes it, how sure, about whom, and the exact words.',
  places: 'Countries, regions, towns and sites, with every name and who uses it.',
  topics: 'The themes a reader filters claims and events by.',
}
/** A collection's title: "Actors", or with `one`, "Actor". */
export const collectionTitle = (c: Browsed, one = false): string =>
  `${c[0]?.toUpperCase()}${c.slice(1, one ? -1 : undefined)}`

/** Id → record, per collection: the core's maps, the same ones the query helpers read. */
export const lookup = createLookup(dataset)
/** The query over the shipped dataset: every cross-link of the browser is one of its answers. */
export const q = createQuery(dataset)

/** A record's title: its name, title or statement. */
export const recordTitle = (record: AnyRecord): string =>
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
  return record ? recordTitle(record) : id
}

/** The one source of the dataset (the Commentary), for citations. */
export const mainSource = dataset.sources[0] as Dataset['sources'][number]

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
  return found.part.kind === 'body'
    ? `paragraph ${found.number}`
    : `the ${found.part.kind.replace(/-/g, ' ')}`
}

/** The URL of the paragraph of a quote in the source reader. */
export function readerHref(quote: Pick<Quote, 'source' | 'start'>): string {
  const found = partOf(quote)
  return `/analysis/reader/${found ? `#${paragraphAnchor(found.source.id, found.part.anchor)}` : ''}`
}

/** Records of a collection, sorted for lists: events by date, claims in source order, others by name. */
export function sortedRecords(collection: Browsed): readonly AnyRecord[] {
  if (collection === 'events') return q.timeline()
  if (collection === 'claims') return sortClaims(dataset.claims)
  return [...dataset[collection]].sort((a, b) => recordTitle(a).localeCompare(recordTitle(b), 'en'))
}
