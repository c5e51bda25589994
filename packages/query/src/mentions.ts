/**
 * `mentions`: every quote that mentions a record, with the paragraph of the source it sits in
 * and the offsets to highlight within that paragraph: what a reader component renders.
 *
 * A record is mentioned by its own `mentions` quotes and by the quotes of the claims that name
 * it: claims about it (`about`), and for an actor the claims it makes (`claimant`) or that state
 * a tie of it (`relation`); for a topic, the claims on it; for a claim, its own quote. An entry
 * of its own, so the core stays small for apps that do not read the source; `/shipped` binds it
 * to the shipped data as `mentions(collection, id)`.
 *
 * @example
 * ```ts
 * import { mentions } from '@karabakh-aftermath/query/mentions'
 * for (const m of mentions(dataset, 'places', 'agdam')) render(m.text, m.highlight, m.part?.anchor)
 * ```
 *
 * @packageDocumentation
 */
import type { Claim, Source } from '@karabakh-aftermath/schema'
import { anyIn, type Ctx, fail, idString, list, oneOf, read } from './args.js'
import { byId, checkDataset, recordsOf, requireRecord } from './lookup.js'
import { partAt } from './sources.js'
import type { IdOf, OneOrMany, QueryableDataset, Quote, SourcePart } from './types.js'

/**
 * Why a quote mentions the record: its own `mention`, the claim's own `quote`, a claim `about`
 * it, a claim it makes (`claimant`), a claim stating a tie of it (`relation`), a claim on the
 * `topic`.
 *
 * @example
 * ```ts
 * mentions(dataset, 'actors', 'nick-reynolds', { via: ['mention', 'about'] }) // not every claim he makes
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
 * const [m] = mentions(dataset, 'places', 'agdam')
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
 * Options of {@link mentions}.
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
const MENTIONED: readonly MentionCollection[] = ['actors', 'events', 'places', 'claims', 'topics']

/** Why a claim names a record of a collection, in {@link VIAS} order (often: not at all). */
function linksOf(collection: MentionCollection, id: string, c: Claim): MentionVia[] {
  if (collection === 'claims') return c.id === id ? ['quote'] : []
  if (collection === 'topics') return c.topics.includes(id) ? ['topic'] : []
  const vias: MentionVia[] = c.about[collection].includes(id) ? ['about'] : []
  if (collection !== 'actors') return vias
  if (c.claimant === id) vias.push('claimant')
  if (c.relation?.subject === id || c.relation?.object === id) vias.push('relation')
  return vias
}

/**
 * `mentions` bound to a dataset, as `/shipped` exports it: by collection and id, or by id alone
 * when only one collection has it.
 *
 * @example
 * ```ts
 * import { mentions } from '@karabakh-aftermath/query/shipped'
 * const bound: MentionsHelper<ShippedDataset> = mentions
 * bound('places', 'agdam')
 * ```
 */
export type MentionsHelper<D extends QueryableDataset> = {
  /** The quotes that mention the record `id` of `collection`. */
  <C extends MentionCollection>(
    collection: C,
    id: IdOf<D, C>,
    options?: MentionsOptions,
  ): Mention<D>[]
  /** The quotes that mention the record `id`; refused when several collections have that id. */
  (id: IdOf<D, MentionCollection>, options?: MentionsOptions): Mention<D>[]
}

/**
 * Every quote that mentions the record `id` of `collection`, with its paragraph and highlight
 * offsets, in source order.
 *
 * @example
 * ```ts
 * mentions(dataset, 'places', 'agdam')[0]?.part?.anchor // 'body-4'
 * mentions(dataset, 'actors', 'russia', { via: 'claimant' })
 * ```
 */
export function mentions<D extends QueryableDataset, C extends MentionCollection>(
  dataset: D,
  collection: C,
  id: IdOf<D, C>,
  options?: MentionsOptions,
): Mention<D>[]
/**
 * Every quote that mentions the record `id`; refused when several collections have that id
 * (`armenia` is an actor and a place): pass the collection then.
 *
 * @example
 * ```ts
 * mentions(dataset, 'agdam').map((m) => m.via)
 * ```
 */
export function mentions<D extends QueryableDataset>(
  dataset: D,
  id: IdOf<D, MentionCollection>,
  options?: MentionsOptions,
): Mention<D>[]
export function mentions<D extends QueryableDataset>(dataset: D, ...args: unknown[]): Mention<D>[] {
  const ctx: Ctx = { helper: 'mentions', dataset }
  checkDataset(ctx.helper, dataset)
  const named = typeof args[1] === 'string'
  const id = idString(args[+named], 'id', ctx)
  const found = named
    ? [oneOf(MENTIONED)(args[0], 'collection', ctx)]
    : MENTIONED.filter((c) => byId(recordsOf(ctx.dataset, c)).has(id))
  const which = `pass the collection: it names ${found.join(' and ')}`
  if (found[1]) fail(ctx, 'id', `the id of one record (${which})`, id)
  const collection = found[0]
  const record: { mentions?: Quote[] } = requireRecord(ctx, 'id', collection ?? MENTIONED, id)
  const { via } = read(ctx, args[+named + 1], { via: list(oneOf(VIAS)) })
  const quotes = new Map<string, { quote: Quote; via: Set<MentionVia>; claims: Set<string> }>()
  const take = (quote: Quote, vias: readonly MentionVia[], claim?: string) => {
    const wanted = vias.filter((v) => anyIn(via, v))
    if (!wanted.length) return
    const key = `${quote.source} ${quote.start} ${quote.end}`
    const f = quotes.get(key) ?? { quote, via: new Set(), claims: new Set() }
    quotes.set(key, f)
    for (const v of wanted) f.via.add(v)
    if (claim !== undefined) f.claims.add(claim)
  }
  for (const quote of record.mentions ?? []) take(quote, ['mention'])
  for (const c of recordsOf(ctx.dataset, 'claims') as readonly Claim[])
    take(c.quote, linksOf(collection as MentionCollection, id, c), c.id)
  const sources = recordsOf(ctx.dataset, 'sources') as readonly Source[]
  // The position of the quote's source; an unknown source (-1, as unsigned) last.
  const rank = (q: Quote) => sources.findIndex((s) => s.id === q.source) >>> 0
  return [...quotes.values()]
    .sort(({ quote: a }, { quote: b }) => rank(a) - rank(b) || a.start - b.start || a.end - b.end)
    .map(({ quote, via, claims }) => {
      const source = byId(sources).get(quote.source)
      const part = source && partAt(source, quote.start)
      // Offsets within the part, the whole text without one, the quote itself without a source.
      const offset = part?.start ?? (source ? 0 : quote.start)
      const end = Math.min(quote.end, part?.end ?? quote.end)
      return {
        quote,
        source: quote.source as IdOf<D, 'sources'>,
        part,
        text: source ? source.text.slice(offset, part?.end) : quote.exact,
        highlight: { start: quote.start - offset, end: end - offset },
        via: VIAS.filter((v) => via.has(v)),
        claims: [...claims] as IdOf<D, 'claims'>[],
      }
    })
}
