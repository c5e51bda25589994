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
import type { Claim, Source } from '@karabakh-aftermath/schema'
import { readId, readList, readOptions, vocabularyCheck } from './args.js'
import { InvalidArgumentError } from './errors.js'
import { byId, recordsOf, requireRecord } from './lookup.js'
import { partAt } from './sources.js'
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

/** Why a claim names a record of a collection, in {@link VIAS} order (often: not at all). */
function linksOf(collection: MentionCollection, id: string, c: Claim): MentionVia[] {
  if (collection === 'claims') return c.id === id ? ['quote'] : []
  if (collection === 'topics') return c.topics.includes(id) ? ['topic'] : []
  const vias: MentionVia[] = c.about[collection].includes(id) ? ['about'] : []
  if (collection !== 'actors') return vias
  if (c.claimant === id) vias.push('claimant')
  if (c.relation && (c.relation.subject === id || c.relation.object === id)) vias.push('relation')
  return vias
}

/** Runs `mentions(collection, id, options)` or `mentions(id, options)` on a dataset. @internal */
export function queryMentions<D extends QueryableDataset>(
  helper: string,
  dataset: D,
  ...args: unknown[]
): Mention<D>[] {
  const named = typeof args[1] === 'string'
  const id = readId(helper, 'id', args[named ? 1 : 0])
  const found = named
    ? [vocabularyCheck(helper, MENTION_COLLECTIONS)(args[0], 'collection')]
    : MENTION_COLLECTIONS.filter((c) => byId(recordsOf(dataset, c)).has(id))
  if (found.length > 1)
    throw new InvalidArgumentError(
      helper,
      'id',
      `the id of one record (pass the collection: it names ${found.join(' and ')})`,
      id,
    )
  const collection =
    found[0] ?? (MENTION_COLLECTIONS as [MentionCollection, ...MentionCollection[]])
  const record = requireRecord<{ mentions?: readonly Quote[] }>(
    helper,
    'id',
    dataset,
    collection,
    id,
  )
  const o = readOptions(helper, args[named ? 2 : 1], ['via'])
  const vias = readList(helper, o.via, 'via', vocabularyCheck(helper, VIAS))
  const found_ = new Map<string, { quote: Quote; via: Set<MentionVia>; claims: Set<string> }>()
  const take = (quote: Quote, via: readonly MentionVia[], claim?: string) => {
    const wanted = via.filter((v) => !vias || vias.includes(v))
    if (wanted.length === 0) return
    const key = `${quote.source} ${quote.start} ${quote.end}`
    const f = found_.get(key) ?? { quote, via: new Set(), claims: new Set() }
    found_.set(key, f)
    for (const v of wanted) f.via.add(v)
    if (claim !== undefined) f.claims.add(claim)
  }
  for (const quote of record.mentions ?? []) take(quote, ['mention'])
  for (const c of recordsOf(dataset, 'claims') as readonly Claim[])
    take(c.quote, linksOf(collection as MentionCollection, id, c), c.id)
  const sources = recordsOf(dataset, 'sources') as readonly Source[]
  const order = (q: Quote) => {
    const i = sources.findIndex((s) => s.id === q.source)
    return [i < 0 ? sources.length : i, q.start, q.end]
  }
  return [...found_.values()]
    .sort((a, b) => {
      const x = order(a.quote)
      const y = order(b.quote)
      return (
        (x[0] as number) - (y[0] as number) ||
        (x[1] as number) - (y[1] as number) ||
        (x[2] as number) - (y[2] as number)
      )
    })
    .map(({ quote, via, claims }) => {
      const source = byId(sources).get(quote.source)
      const part = source && partAt(source, quote.start)
      const [text, start, end] = part
        ? [source.text.slice(part.start, part.end), part.start, Math.min(quote.end, part.end)]
        : source
          ? [source.text, 0, quote.end]
          : [quote.exact, quote.start, quote.start + quote.exact.length]
      return {
        quote,
        source: quote.source as IdOf<D, 'sources'>,
        part,
        text,
        highlight: { start: quote.start - start, end: end - start },
        via: VIAS.filter((v) => via.has(v)),
        claims: [...claims] as IdOf<D, 'claims'>[],
      }
    })
}
