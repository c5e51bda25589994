/**
 * `@karabakh-aftermath/query/search`: `search(dataset, text)`, full-text search over names
 * (every language), aliases, event and source titles, claim statements and claim quotes; case-
 * and diacritic-insensitive, ranked, one hit per record with the field that matched best.
 *
 * A record's field matches when every word of the query begins a word of the field (so
 * `agdam`, `Ağdam` and `aghdam` all find "Ağdam", and `pashin` finds "Pashinyan"). The score
 * adds the weight of the field (a name counts more than a quote) and how well it matched: the
 * whole field, its beginning, the words in order, whole words rather than beginnings. Equal
 * scores list the shorter field first, then the records in dataset order. A query of more than
 * {@link MAX_SEARCH_LENGTH} characters or {@link MAX_SEARCH_WORDS} words is refused.
 *
 * The folded words of every field are computed once per dataset, with the fields each folded
 * word is in; a query reads the fields holding a word that its longest word begins. An entry
 * of its own, so the core stays small for apps that do not search; `/shipped` binds it to the
 * shipped data as `search(text)`.
 *
 * @example
 * ```ts
 * import { search } from '@karabakh-aftermath/query/search'
 * search(dataset, 'agdam')[0] // { collection: 'places', id: 'agdam', field: 'name', … }
 * ```
 *
 * @packageDocumentation
 */

import type { Actor, Claim, Event } from '@karabakh-aftermath/schema'
import { COLLECTIONS } from '@karabakh-aftermath/schema/vocabulary'
import { anyIn, cachedBy, count, fail, list, oneOf, read } from './args.js'
import { checkDataset, recordsOf } from './lookup.js'
import { tokenize } from './text.js'
import type { IdOf, OneOrMany, QueryableDataset, RecordOf } from './types.js'

export { foldText } from './text.js'

/**
 * The fields each collection is searched in: actors by `name`, `names` (every language) and
 * `aliases`; places by `name` and `names`; topics by `name`; events and sources by `title`;
 * claims by `statement` and `quote` (the exact words of the source).
 *
 * @example
 * ```ts
 * const field: SearchFields['claims'] = 'quote'
 * ```
 */
export type SearchFields = {
  readonly actors: 'name' | 'names' | 'aliases'
  readonly places: 'name' | 'names'
  readonly topics: 'name'
  readonly events: 'title'
  readonly claims: 'statement' | 'quote'
  readonly sources: 'title'
}

/**
 * A collection that search covers (all of them).
 *
 * @example
 * ```ts
 * search(dataset, 'baku', { collections: ['places', 'claims'] satisfies SearchCollection[] })
 * ```
 */
export type SearchCollection = keyof SearchFields

/**
 * A field that search covers: `name`, `names`, `aliases`, `title`, `statement`, `quote`.
 *
 * @example
 * ```ts
 * search(dataset, 'mines', { fields: ['statement', 'quote'] satisfies SearchField[] })
 * ```
 */
export type SearchField = SearchFields[SearchCollection]

/**
 * One search result: the record, the field that matched best, its text, and the offsets of the
 * matching words in that text (to highlight them). Narrow on `collection` to type `record`.
 *
 * @example
 * ```ts
 * for (const hit of search(dataset, 'agdam')) {
 *   if (hit.collection === 'places') console.log(hit.record.geometry)
 *   console.log(hit.field, hit.text.slice(hit.highlights[0].start, hit.highlights[0].end))
 * }
 * ```
 */
export type SearchHit<D extends QueryableDataset> = {
  [C in SearchCollection]: {
    /** The collection of the record found. */
    readonly collection: C
    /** Its id. */
    readonly id: IdOf<D, C>
    /** The record. */
    readonly record: RecordOf<D, C>
    /** The field that matched best. */
    readonly field: SearchFields[C]
    /** The text of that field. */
    readonly text: string
    /** The language of the name, for a match in `names`. */
    readonly lang: string | undefined
    /** Higher is better; hits are sorted by it. */
    readonly score: number
    /** Offsets of the matching words within `text`, end excluded. */
    readonly highlights: readonly { readonly start: number; readonly end: number }[]
  }
}[SearchCollection]

/**
 * Options of {@link search}.
 *
 * @example
 * ```ts
 * search(dataset, 'ceasefire', { collections: 'events', limit: 5 })
 * ```
 */
export type SearchOptions = {
  /** Search only these collections. */
  readonly collections?: OneOrMany<SearchCollection> | undefined
  /** Search only these fields. */
  readonly fields?: OneOrMany<SearchField> | undefined
  /** At most this many hits (default 20; `Infinity` for all). */
  readonly limit?: number | undefined
}

/** The longest search text, in UTF-16 code units. */
export const MAX_SEARCH_LENGTH = 500
/** The most words a search text may hold. */
export const MAX_SEARCH_WORDS = 20

const WEIGHTS = { name: 30, names: 24, aliases: 24, title: 20, statement: 10, quote: 6 }

/** A field of a record, as a hit shows it. */
type Entry = Omit<SearchHit<QueryableDataset>, 'score' | 'highlights'>

type Searchable = { readonly id: string } & Partial<
  Pick<Actor, 'name' | 'names' | 'aliases'> &
    Pick<Event, 'title'> &
    Pick<Claim, 'statement' | 'quote'>
>

/**
 * The searchable fields of every record, folded once per dataset, in the order ties are listed;
 * the words of each (each word as its folded spellings between spaces: ` agdam aghdam `); and
 * for each folded spelling the fields that hold it, so a query reads only the fields holding a
 * word that its longest word begins.
 */
const fieldsOf = /* @__PURE__ */ cachedBy((dataset: QueryableDataset) => {
  const entries: Entry[] = []
  const words: string[][] = []
  const holding = new Map<string, number[]>()
  for (const collection of COLLECTIONS)
    for (const record of recordsOf(dataset, collection) as readonly Searchable[]) {
      const add = (field: SearchField, text: string | undefined, lang?: string) => {
        if (text === undefined) return
        const tokens = tokenize(text)
        const at = words.push(tokens.map((t) => ` ${t.forms.join(' ')} `)) - 1
        entries.push({ collection, id: record.id, record, field, text, lang } as Entry)
        for (const form of tokens.flatMap((t) => t.forms)) {
          const list = holding.get(form)
          if (!list) holding.set(form, [at])
          else if (list.at(-1) !== at) list.push(at)
        }
      }
      add('name', record.name)
      for (const n of record.names ?? []) add('names', n.text, n.lang)
      for (const a of record.aliases ?? []) add('aliases', a)
      add('title', record.title)
      add('statement', record.statement)
      add('quote', record.quote?.exact)
    }
  // Sorted, so the words a query word begins are one run, found by a binary search.
  return { entries, words, holding, forms: [...holding.keys()].sort() }
})

/**
 * How well a field that holds every query word matched: the weight of the field, plus the whole
 * field, its beginning, the words in order, whole words. `starts` are the query words, each
 * after a space, as they begin a word of `words`.
 */
function score(field: SearchField, t: readonly string[], starts: readonly string[]): number {
  const wholes = starts.map((w) => `${w} `)
  const phraseAt = (i: number) => starts.every((w, j) => t[i + j]?.includes(w))
  const begins = phraseAt(0)
  return (
    WEIGHTS[field] +
    (begins && t.length === starts.length ? 40 : 0) +
    (begins ? 15 : 0) +
    (t.some((_, i) => phraseAt(i)) ? 10 : 0) +
    (wholes.every((w) => t.some((word) => word.includes(w))) ? 8 : 0)
  )
}

/**
 * Full-text search over names (all languages), aliases, titles, statements and quotes;
 * case- and diacritic-insensitive (`agdam` finds Ağdam), ranked, one hit per record. A text of
 * more than {@link MAX_SEARCH_LENGTH} characters or {@link MAX_SEARCH_WORDS} words, or a bad
 * option, is an `InvalidArgumentError`.
 *
 * @example
 * ```ts
 * const [best] = search(dataset, 'agdam') // { collection: 'places', id: 'agdam', field: 'name', … }
 * search(dataset, 'mines', { collections: 'claims', fields: 'quote', limit: 5 })
 * ```
 */
export function search<D extends QueryableDataset>(
  dataset: D,
  text: string,
  options?: SearchOptions,
): SearchHit<D>[] {
  const ctx = { helper: 'search', dataset }
  checkDataset(ctx.helper, dataset)
  if (typeof text !== 'string' || text.length > MAX_SEARCH_LENGTH)
    return fail(ctx, 'text', `a string of at most ${MAX_SEARCH_LENGTH} characters`, text)
  const o = read(ctx, options, {
    collections: list(oneOf(COLLECTIONS)),
    fields: list(oneOf(Object.keys(WEIGHTS) as SearchField[])),
    limit: count,
  })
  const words = tokenize(text).map((t) => t.forms[0] as string)
  if (words.length > MAX_SEARCH_WORDS) fail(ctx, 'text', `at most ${MAX_SEARCH_WORDS} words`, text)
  const starts = words.map((w) => ` ${w}`)
  const [longest] = [...words].sort((a, b) => b.length - a.length)
  const others = starts.filter((w) => w !== ` ${longest}`)
  const { entries, words: wordsOf, holding, forms } = fieldsOf(ctx.dataset)
  // The fields holding a word that the longest query word begins, in order (a record's fields
  // are next to each other), each scored if it holds the other words too.
  const found: number[] = []
  let lo = 0
  for (let hi = forms.length; lo < hi; ) {
    const mid = (lo + hi) >> 1
    if ((forms[mid] as string) < (longest ?? '')) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; longest && forms[i]?.startsWith(longest); i++)
    for (const at of holding.get(forms[i] as string) as number[]) found.push(at)
  const hits: { entry: Entry; score: number; size: number; order: number }[] = []
  for (const order of new Set(Uint32Array.from(found).sort())) {
    const entry = entries[order] as Entry
    const t = wordsOf[order] as string[]
    if (
      anyIn(o.collections, entry.collection) &&
      anyIn(o.fields, entry.field) &&
      others.every((w) => t.some((word) => word.includes(w)))
    ) {
      const hit = { entry, score: score(entry.field, t, starts), size: t.length, order }
      const last = hits.at(-1)
      // A record's best field: the higher score, then the earlier field.
      if (last?.entry.record !== entry.record) hits.push(hit)
      else if (hit.score > last.score) hits[hits.length - 1] = hit
    }
  }
  return hits
    .sort((x, y) => y.score - x.score || x.size - y.size || x.order - y.order)
    .slice(0, o.limit ?? 20)
    .map(({ entry, score }) => ({
      ...entry,
      score,
      highlights: tokenize(entry.text)
        .filter((t) => t.forms.some((f) => words.some((w) => f.startsWith(w))))
        .map(({ start, end }) => ({ start, end })),
    })) as SearchHit<D>[]
}
