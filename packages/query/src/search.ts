/**
 * `search(text)`: full-text search over names (every language), aliases, event and source
 * titles, claim statements and claim quotes; case- and diacritic-insensitive, ranked, one hit
 * per record with the field that matched best.
 *
 * A record's field matches when every word of the query begins a word of the field (so
 * `agdam`, `Ağdam` and `aghdam` all find "Ağdam", and `pashin` finds "Pashinyan"). The score
 * adds the weight of the field (a name counts more than a quote) and how well it matched: the
 * whole field, its beginning, the words in order, whole words rather than beginnings. Equal
 * scores list the shorter field first, then the records in dataset order. A query of more than
 * {@link MAX_SEARCH_LENGTH} characters or {@link MAX_SEARCH_WORDS} words is refused.
 *
 * The folded words of every field are computed once per dataset; a query scans them.
 *
 * @module
 */
import { cachedBy, readCount, readList, readOptions, vocabularyCheck } from './args.js'
import { InvalidArgumentError } from './errors.js'
import { recordsOf } from './lookup.js'
import { type Token, tokenize } from './text.js'
import type { IdOf, OneOrMany, QueryableDataset, RecordOf } from './types.js'

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
 * q.search('baku', { collections: ['places', 'claims'] satisfies SearchCollection[] })
 * ```
 */
export type SearchCollection = keyof SearchFields

/**
 * A field that search covers: `name`, `names`, `aliases`, `title`, `statement`, `quote`.
 *
 * @example
 * ```ts
 * q.search('mines', { fields: ['statement', 'quote'] satisfies SearchField[] })
 * ```
 */
export type SearchField = SearchFields[SearchCollection]

/**
 * One search result: the record, the field that matched best, its text, and the offsets of the
 * matching words in that text (to highlight them). Narrow on `collection` to type `record`.
 *
 * @example
 * ```ts
 * for (const hit of q.search('agdam')) {
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
 * Options of {@link Query.search}.
 *
 * @example
 * ```ts
 * q.search('ceasefire', { collections: 'events', limit: 5 })
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

const COLLECTIONS: readonly SearchCollection[] = [
  'actors',
  'places',
  'topics',
  'events',
  'claims',
  'sources',
]
const WEIGHTS: Readonly<Record<SearchField, number>> = {
  name: 30,
  names: 24,
  aliases: 24,
  title: 20,
  statement: 10,
  quote: 6,
}
const FIELDS = /* @__PURE__ */ Object.keys(WEIGHTS) as SearchField[]

type Entry = {
  readonly collection: SearchCollection
  readonly record: { readonly id: string }
  readonly field: SearchField
  readonly text: string
  readonly lang: string | undefined
  readonly tokens: readonly Token[]
}

type Searchable = {
  name?: string
  names?: readonly { text: string; lang: string }[]
  aliases?: readonly string[]
  title?: string
  statement?: string
  quote?: { exact: string }
}

/**
 * The searchable fields of every record, folded once per dataset, in the order ties are listed,
 * and for each folded spelling of a word the fields that hold it (so a query reads the fields
 * whose words its own words begin, not every field).
 */
const fieldsOf = /* @__PURE__ */ cachedBy((dataset: QueryableDataset) => {
  const entries: Entry[] = []
  const words = new Map<string, number[]>()
  for (const collection of COLLECTIONS)
    for (const record of recordsOf(dataset, collection)) {
      const r = record as Searchable & { id: string }
      const fields: [SearchField, string, string?][] =
        collection === 'claims'
          ? [
              ['statement', r.statement as string],
              ['quote', r.quote?.exact as string],
            ]
          : collection === 'events' || collection === 'sources'
            ? [['title', r.title as string]]
            : [
                ['name', r.name as string],
                ...(r.names ?? []).map((n): [SearchField, string, string] => [
                  'names',
                  n.text,
                  n.lang,
                ]),
                ...(r.aliases ?? []).map((a): [SearchField, string] => ['aliases', a]),
              ]
      for (const [field, text, lang] of fields) {
        const tokens = tokenize(text)
        const at = entries.push({ collection, record: r, field, text, lang, tokens }) - 1
        for (const t of tokens)
          for (const form of t.forms) {
            const list = words.get(form)
            if (!list) words.set(form, [at])
            else if (list[list.length - 1] !== at) list.push(at)
          }
      }
    }
  // Sorted, so the words a query word begins are one run, found by a binary search.
  return { entries, words: [...words].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)) }
})

/** How well a field that matched every query word matched them. */
function score(entry: Entry, words: readonly string[]): number {
  const { tokens } = entry
  const at = (j: number, i: number) =>
    tokens[i]?.forms.some((f) => f.startsWith(words[j] as string)) ?? false
  const exact = words.every((w) => tokens.some((t) => t.forms.includes(w)))
  const starts = words.every((_, j) => at(j, j))
  const phrase = tokens.some((_, i) => words.every((_, j) => at(j, i + j)))
  const whole = starts && tokens.length === words.length
  return (
    WEIGHTS[entry.field] +
    (whole ? 40 : 0) +
    (starts ? 15 : 0) +
    (phrase ? 10 : 0) +
    (exact ? 8 : 0)
  )
}

/** Runs `search` on a dataset. @internal */
export function querySearch<D extends QueryableDataset>(
  helper: string,
  dataset: D,
  text: unknown,
  options: SearchOptions | undefined,
): SearchHit<D>[] {
  if (typeof text !== 'string' || text.length > MAX_SEARCH_LENGTH)
    throw new InvalidArgumentError(
      helper,
      'text',
      `a string of at most ${MAX_SEARCH_LENGTH} characters`,
      text,
    )
  const o = readOptions(helper, options, ['collections', 'fields', 'limit'])
  const collections = readList(
    helper,
    o.collections,
    'collections',
    vocabularyCheck(helper, COLLECTIONS),
  )
  const fields = readList(helper, o.fields, 'fields', vocabularyCheck(helper, FIELDS))
  const limit = readCount(helper, 'limit', o.limit, 20)
  const words = tokenize(text).map((t) => t.forms[0] as string)
  if (words.length > MAX_SEARCH_WORDS)
    throw new InvalidArgumentError(helper, 'text', `at most ${MAX_SEARCH_WORDS} words`, text)
  if (words.length === 0 || limit === 0) return []
  // The fields holding a word that each query word begins; those holding one for every word.
  const { entries, words: vocabulary } = fieldsOf(dataset)
  let candidates: Set<number> | undefined
  for (const w of words) {
    const holding = new Set<number>()
    let lo = 0
    let hi = vocabulary.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((vocabulary[mid] as [string, number[]])[0] < w) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < vocabulary.length && vocabulary[i]?.[0].startsWith(w); i++)
      for (const e of (vocabulary[i] as [string, number[]])[1])
        if (!candidates || candidates.has(e)) holding.add(e)
    candidates = holding
  }
  // Each record's best field: the higher score, then the earlier field.
  const best = new Map<object, { entry: Entry; score: number; order: number }>()
  for (const order of [...(candidates as Set<number>)].sort((a, b) => a - b)) {
    const entry = entries[order] as Entry
    if (collections && !collections.includes(entry.collection)) continue
    if (fields && !fields.includes(entry.field)) continue
    const s = score(entry, words)
    const current = best.get(entry.record)
    if (!current || s > current.score) best.set(entry.record, { entry, score: s, order })
  }
  return [...best.values()]
    .sort(
      (x, y) =>
        y.score - x.score || x.entry.tokens.length - y.entry.tokens.length || x.order - y.order,
    )
    .slice(0, limit)
    .map(({ entry, score }) => ({
      collection: entry.collection,
      id: entry.record.id,
      record: entry.record,
      field: entry.field,
      text: entry.text,
      lang: entry.lang,
      score,
      highlights: entry.tokens
        .filter((t) => t.forms.some((f) => words.some((w) => f.startsWith(w))))
        .map(({ start, end }) => ({ start, end })),
    })) as unknown as SearchHit<D>[]
}
