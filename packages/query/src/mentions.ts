/**
 * `mentions`: every quote that mentions a record, with the paragraph of the source it sits in
 * and the offsets to highlight within that paragraph: what a reader component renders.
 *
 * A record is mentioned by its own `mentions` quotes and by the quotes of the claims that name
 * it: claims about it (`about`), and for an actor the claims it makes (`claimant`) or that state
 * a tie of it (`relation`); for a topic, the claims on it; for a claim, its own quote.
 *
 * @module
 */
import { readList, readOptions } from './args.js'
import { claimIndex, claimPostings } from './claims.js'
import { InvalidArgumentError, NotFoundError } from './errors.js'
import { checkIdType, idTable, recordsOf, requireIndex, suggestIds } from './lookup.js'
import { perDataset } from './per-dataset.js'
import { postingsOf } from './postings.js'
import { relationIndex } from './relations.js'
import type { IdOf, OneOrMany, QueryableDataset, Quote, SourcePart } from './types.js'

/**
 * Why a quote mentions the record: its own `mention`, the claim's own `quote`, a claim `about`
 * it, a claim it makes (`claimant`), a claim stating a tie of it (`relation`), a claim on the
 * `topic`.
 *
 * @example
 * ```ts
 * q.mentions('actors', 'nick-reynolds', { via: ['mention', 'about'] }) // not every claim he makes
 * ```
 */
export type MentionVia = 'mention' | 'quote' | 'about' | 'claimant' | 'relation' | 'topic'

/**
 * The collections whose records can be mentioned.
 *
 * @example
 * ```ts
 * const collection: MentionCollection = 'places'
 * ```
 */
export type MentionCollection = 'actors' | 'events' | 'places' | 'claims' | 'topics'

/**
 * One quote that mentions a record, ready to render: the paragraph's text, the offsets of the
 * quote within it, and why and through which claims it mentions the record.
 *
 * @example
 * ```ts
 * const [m] = q.mentions('places', 'agdam')
 * const before = m.text.slice(0, m.highlight.start)
 * const marked = m.text.slice(m.highlight.start, m.highlight.end) // === m.quote.exact
 * const after = m.text.slice(m.highlight.end)
 * ```
 */
export type Mention<D extends QueryableDataset> = {
  /** The quote, as the dataset anchors it (offsets into the whole source text). */
  readonly quote: Quote
  /** The source the quote comes from. */
  readonly source: IdOf<D, 'sources'>
  /** The part of the source (paragraph, title…) that contains the quote, if the source has one. */
  readonly part: SourcePart | undefined
  /** The text of that part (the whole source text when no part contains the quote). */
  readonly text: string
  /** Offsets of the quote within `text`, end excluded (clipped to the part). */
  readonly highlight: { readonly start: number; readonly end: number }
  /** Why the quote mentions the record, in a fixed order. */
  readonly via: MentionVia[]
  /** The claims through which it does (whose quote it is), in dataset order. */
  readonly claims: IdOf<D, 'claims'>[]
}

/**
 * Options of {@link Query.mentions}.
 *
 * @example
 * ```ts
 * const options: MentionsOptions = { via: 'about' }
 * ```
 */
export type MentionsOptions = {
  /** Only quotes that mention the record in any of these ways. */
  readonly via?: OneOrMany<MentionVia> | undefined
}

const VIAS: readonly MentionVia[] = ['mention', 'quote', 'about', 'claimant', 'relation', 'topic']
const MENTION_COLLECTIONS: readonly MentionCollection[] = [
  'actors',
  'events',
  'places',
  'claims',
  'topics',
]

type SourceText = { order: number; text: string; parts: SourcePart[] }

/**
 * The sources of a dataset by id, with their position and their parts sorted by start. The
 * links from records to claims are the claims and relations indexes. @internal
 */
export const mentionIndex: (dataset: QueryableDataset) => Map<string, SourceText> = perDataset(
  (dataset) => {
    const sources = new Map<string, SourceText>()
    const list = recordsOf(dataset, 'sources') as QueryableDataset['sources']
    for (let order = 0; order < list.length; order++) {
      const s = list[order] as QueryableDataset['sources'][number]
      if (!sources.has(s.id))
        sources.set(s.id, {
          order,
          text: s.text,
          parts: [...s.parts].sort((a, b) => a.start - b.start),
        })
    }
    return sources
  },
)

/** For a record, the claims that name it, each with why, from the claims and relations indexes. */
function linkedClaims(
  dataset: QueryableDataset,
  collection: Exclude<MentionCollection, 'claims'>,
  id: string,
) {
  const claims = claimIndex(dataset)
  const links: [MentionVia, Int32Array][] =
    collection === 'actors'
      ? [
          ['about', postingsOf(claimPostings(claims, 'aboutActor'), id)],
          ['claimant', postingsOf(claimPostings(claims, 'claimant'), id)],
          ['relation', postingsOf(relationIndex(dataset), id)],
        ]
      : collection === 'events'
        ? [['about', postingsOf(claimPostings(claims, 'aboutEvent'), id)]]
        : collection === 'places'
          ? [['about', postingsOf(claimPostings(claims, 'aboutPlace'), id)]]
          : [['topic', postingsOf(claimPostings(claims, 'topic'), id)]]
  return links
}

/** The part containing an offset: the last part starting at or before it, if it ends after it. */
function partAt(parts: readonly SourcePart[], offset: number): SourcePart | undefined {
  let a = 0
  let b = parts.length
  while (a < b) {
    const m = (a + b) >>> 1
    if ((parts[m] as SourcePart).start <= offset) a = m + 1
    else b = m
  }
  const part = parts[a - 1]
  return part && offset < part.end ? part : undefined
}

/** Runs `mentions` on a dataset. @internal */
export function queryMentions<D extends QueryableDataset>(
  helper: string,
  dataset: D,
  first: unknown,
  second: unknown,
  third: unknown,
): Mention<D>[] {
  let collection: MentionCollection
  let id: string
  let options: unknown
  if (typeof second === 'string') {
    if (!(MENTION_COLLECTIONS as readonly unknown[]).includes(first))
      throw new InvalidArgumentError(
        helper,
        'collection',
        `one of: ${MENTION_COLLECTIONS.join(', ')}`,
        first,
      )
    collection = first as MentionCollection
    requireIndex(helper, 'id', dataset, collection, second)
    id = second
    options = third
  } else {
    checkIdType(helper, 'id', first)
    const found = MENTION_COLLECTIONS.filter((c) => idTable(dataset, c).has(first))
    if (found.length === 0) {
      const all = function* () {
        for (const c of MENTION_COLLECTIONS) yield* idTable(dataset, c).ids()
      }
      const suggestions = suggestIds(first, all())
      throw new NotFoundError(
        helper,
        'id',
        MENTION_COLLECTIONS as [MentionCollection, ...MentionCollection[]],
        first,
        suggestions,
      )
    }
    if (found.length > 1)
      throw new InvalidArgumentError(
        helper,
        'id',
        `the id of one record: it names records in ${found.join(' and ')}, so pass the collection first, e.g. mentions('${found[0]}', '${first}')`,
        first,
      )
    collection = found[0] as MentionCollection
    id = first
    options = second
  }
  const o = readOptions(helper, options, ['via'])
  const vias = readList(o.via, 'via', (item, path) => {
    if (typeof item === 'string' && (VIAS as readonly string[]).includes(item))
      return item as MentionVia
    throw new InvalidArgumentError(helper, path, `one of: ${VIAS.join(', ')}`, item)
  })
  const wanted = (via: MentionVia) => !vias || vias.includes(via)

  const sources = mentionIndex(dataset)
  const claims = dataset.claims
  const record = dataset[collection][idTable(dataset, collection).get(id)] as {
    mentions?: readonly Quote[]
    quote?: Quote
  }
  type Found = { quote: Quote; via: Set<MentionVia>; claims: Set<number> }
  const found = new Map<string, Found>()
  const take = (quote: Quote, via: MentionVia, claim: number | undefined) => {
    if (!wanted(via)) return
    const key = `${quote.source}\u0000${quote.start}\u0000${quote.end}`
    let f = found.get(key)
    if (!f) {
      f = { quote, via: new Set(), claims: new Set() }
      found.set(key, f)
    }
    f.via.add(via)
    if (claim !== undefined) f.claims.add(claim)
  }
  if (collection === 'claims') {
    if (record.quote) take(record.quote, 'quote', idTable(dataset, 'claims').get(id))
  } else {
    for (const quote of record.mentions ?? []) take(quote, 'mention', undefined)
    for (const [via, list] of linkedClaims(dataset, collection, id))
      for (const claim of list)
        take((claims[claim] as QueryableDataset['claims'][number]).quote, via, claim)
  }

  const out = [...found.values()].map(
    ({ quote, via, claims: through }): Mention<D> & { order: number } => {
      const source = sources.get(quote.source)
      const common = {
        quote,
        source: quote.source as IdOf<D, 'sources'>,
        via: VIAS.filter((v) => via.has(v)),
        claims: [...through]
          .sort((a, b) => a - b)
          .map((i) => (claims[i] as { id: string }).id as IdOf<D, 'claims'>),
      }
      if (!source)
        return {
          ...common,
          order: Number.POSITIVE_INFINITY,
          part: undefined,
          text: quote.exact,
          highlight: { start: 0, end: quote.exact.length },
        }
      const part = partAt(source.parts, quote.start)
      if (!part)
        return {
          ...common,
          order: source.order,
          part: undefined,
          text: source.text,
          highlight: { start: quote.start, end: quote.end },
        }
      return {
        ...common,
        order: source.order,
        part,
        text: source.text.slice(part.start, part.end),
        highlight: {
          start: quote.start - part.start,
          end: Math.min(quote.end, part.end) - part.start,
        },
      }
    },
  )
  out.sort(
    (a, b) =>
      a.order - b.order ||
      (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) ||
      a.quote.start - b.quote.start ||
      a.quote.end - b.quote.end,
  )
  return out.map(({ order: _, ...m }) => m)
}
