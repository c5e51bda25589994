/**
 * `search(text)`: full-text search over names (every language), aliases, event and source
 * titles, claim statements and claim quotes; case- and diacritic-insensitive, ranked, one hit
 * per record with the field that matched best.
 *
 * A record's field matches when every word of the query begins a word of the field (so
 * `agdam`, `Ağdam` and `aghdam` all find "Ağdam", and `pashin` finds "Pashinyan"). The score
 * adds the weight of the field (a name counts more than a quote) and how well it matched: the
 * whole field, its beginning, the words in order, whole words rather than beginnings. Equal
 * scores list the shorter field first, then the records in dataset order.
 *
 * The index is a sorted vocabulary of folded words with, for each, the fields and positions
 * where it occurs; a query reads only the postings of the words its own words begin.
 *
 * @module
 */
import { readList, readOptions } from './args.js'
import { InvalidArgumentError } from './errors.js'
import { recordsOf } from './lookup.js'
import { perDataset } from './per-dataset.js'
import { scanWords, tokenize, wordForms } from './text.js'
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

/** Collections in the order hits of equal score are listed. @internal */
export const SEARCH_COLLECTIONS = [
  'actors',
  'places',
  'topics',
  'events',
  'claims',
  'sources',
] as const
/** @internal */
export const SEARCH_FIELDS = ['name', 'names', 'aliases', 'title', 'statement', 'quote'] as const
/** How much a match in each field counts. @internal */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = {
  name: 30,
  names: 24,
  aliases: 24,
  title: 20,
  statement: 10,
  quote: 6,
}
/** Words after this position in a field are not indexed. @internal */
export const MAX_POSITION = 65_535

/**
 * Receives one searchable field of one record: collection and record positions, field number
 * (in {@link SEARCH_FIELDS}), which name or alias (`sub`), its text and language. @internal
 */
export type FieldVisitor = (
  collection: number,
  record: number,
  field: number,
  sub: number,
  text: string,
  lang: string | undefined,
) => void

/**
 * Calls `visit` for every searchable field of the dataset, in a fixed order: collections as
 * {@link SEARCH_COLLECTIONS}, records in dataset order, fields as {@link SEARCH_FIELDS}, names
 * and aliases in their order. @internal
 */
export function forEachField(dataset: QueryableDataset, visit: FieldVisitor): void {
  for (let c = 0; c < SEARCH_COLLECTIONS.length; c++) {
    const records = recordsOf(dataset, SEARCH_COLLECTIONS[c] as SearchCollection)
    for (let r = 0; r < records.length; r++) {
      fieldsOf(c, records[r] as SearchRecord, (field, sub, text, lang) =>
        visit(c, r, field, sub, text, lang),
      )
    }
  }
}

type SearchRecord = RecordOf<QueryableDataset, SearchCollection>
type Emit = (field: number, sub: number, text: string, lang: string | undefined) => void
const NAME = 0
const NAMES = 1
const ALIASES = 2
const TITLE = 3
const STATEMENT = 4
const QUOTE = 5

/** Calls `emit` for each searchable field of a record of collection `c`, in field order. */
function fieldsOf(c: number, record: SearchRecord, emit: Emit): void {
  const collection = SEARCH_COLLECTIONS[c]
  if (collection === 'actors' || collection === 'places') {
    const r = record as RecordOf<QueryableDataset, 'actors' | 'places'>
    emit(NAME, 0, r.name, undefined)
    for (let i = 0; i < r.names.length; i++) {
      const name = r.names[i] as (typeof r.names)[number]
      emit(NAMES, i, name.text, name.lang)
    }
    if (collection === 'actors') {
      const aliases = (r as RecordOf<QueryableDataset, 'actors'>).aliases
      for (let i = 0; i < aliases.length; i++) emit(ALIASES, i, aliases[i] as string, undefined)
    }
  } else if (collection === 'topics')
    emit(NAME, 0, (record as RecordOf<QueryableDataset, 'topics'>).name, undefined)
  else if (collection === 'events')
    emit(TITLE, 0, (record as RecordOf<QueryableDataset, 'events'>).title, undefined)
  else if (collection === 'claims') {
    const claim = record as RecordOf<QueryableDataset, 'claims'>
    emit(STATEMENT, 0, claim.statement, undefined)
    emit(QUOTE, 0, claim.quote.exact, undefined)
  } else emit(TITLE, 0, (record as RecordOf<QueryableDataset, 'sources'>).title, undefined)
}

/** The text and language of one field of a record, found again from the index's coordinates. */
function fieldAt(
  c: number,
  record: SearchRecord,
  field: number,
  sub: number,
): { text: string; lang: string | undefined } {
  let found = { text: '', lang: undefined as string | undefined }
  fieldsOf(c, record, (f, s, text, lang) => {
    if (f === field && s === sub) found = { text, lang }
  })
  return found
}

/**
 * How a field matched a query of `m` words, from per-word position tests. @internal
 */
export function scoreMatch(
  field: SearchField,
  length: number,
  m: number,
  matchesAt: (word: number, position: number) => boolean,
  positionsOf: (word: number) => Iterable<number>,
  exactSomewhere: (word: number) => boolean,
): number {
  let exact = true
  for (let j = 0; j < m; j++) if (!exactSomewhere(j)) exact = false
  let starts = true
  for (let j = 0; j < m; j++) if (!matchesAt(j, j)) starts = false
  let phrase = starts
  if (!phrase) {
    for (const i of positionsOf(0)) {
      let all = true
      for (let j = 1; j < m && all; j++) if (!matchesAt(j, i + j)) all = false
      if (all) {
        phrase = true
        break
      }
    }
  }
  const whole = starts && length === m
  return (
    FIELD_WEIGHTS[field] +
    (whole ? 40 : 0) +
    (starts ? 15 : 0) +
    (phrase ? 10 : 0) +
    (exact ? 8 : 0)
  )
}

/** The words of a query, folded (canonical spelling only). @internal */
export function queryWords(text: string): string[] {
  const words: string[] = []
  tokenize(text, (forms) => words.push(forms[0] as string))
  return words
}

type SearchIndex = {
  /** Per entry: collection, record, field, length in words. */
  readonly entryCollection: Uint8Array
  readonly entryRecord: Int32Array
  readonly entryField: Uint8Array
  readonly entrySub: Uint16Array
  readonly entryLength: Uint16Array
  /** Distinct folded words, sorted. */
  readonly terms: string[]
  /** Postings of term t: [postStart[t], postStart[t + 1]). */
  readonly postStart: Int32Array
  readonly postEntry: Int32Array
  readonly postPosition: Uint16Array
}

/** The search index of a dataset, built on first use. @internal */
export const searchIndex: (dataset: QueryableDataset) => SearchIndex = perDataset(buildSearchIndex)

/**
 * The vocabulary while indexing: an open-addressing table from folded words to term numbers.
 * An all-ASCII word is looked up straight from the text (hashing and comparing its lower-cased
 * characters in place), so the many repeated words of a large dataset allocate no string.
 */
function vocabulary() {
  const names: string[] = []
  let hashes = new Int32Array(1024)
  let slots = new Int32Array(2048)
  let mask = slots.length - 1
  const insert = (name: string, h: number): number => {
    const t = names.length
    names.push(name)
    if (t === hashes.length) {
      const grown = new Int32Array(hashes.length * 2)
      grown.set(hashes)
      hashes = grown
    }
    hashes[t] = h
    if (names.length * 2 > slots.length) {
      slots = new Int32Array(slots.length * 2)
      mask = slots.length - 1
      for (let u = 0; u < names.length; u++) {
        let i = (hashes[u] as number) & mask
        while (slots[i] !== 0) i = (i + 1) & mask
        slots[i] = u + 1
      }
    } else {
      let i = h & mask
      while (slots[i] !== 0) i = (i + 1) & mask
      slots[i] = t + 1
    }
    return t
  }
  return {
    names,
    /** The term of `text[start … end)` lower-cased; the text must be ASCII there. */
    ascii(text: string, start: number, end: number): number {
      let h = 0x811c9dc5
      for (let k = start; k < end; k++) {
        const c = text.charCodeAt(k)
        h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193)
      }
      const length = end - start
      for (let i = h & mask; ; i = (i + 1) & mask) {
        const v = slots[i] as number
        if (v === 0) return insert(text.slice(start, end).toLowerCase(), h)
        const name = names[v - 1] as string
        if (hashes[v - 1] !== h || name.length !== length) continue
        let same = true
        for (let k = 0; k < length && same; k++) {
          const c = text.charCodeAt(start + k)
          same = name.charCodeAt(k) === (c >= 65 && c <= 90 ? c + 32 : c)
        }
        if (same) return v - 1
      }
    },
    /** The term of a folded word. */
    word(name: string): number {
      let h = 0x811c9dc5
      for (let k = 0; k < name.length; k++) h = Math.imul(h ^ name.charCodeAt(k), 0x01000193)
      for (let i = h & mask; ; i = (i + 1) & mask) {
        const v = slots[i] as number
        if (v === 0) return insert(name, h)
        if (hashes[v - 1] === h && names[v - 1] === name) return v - 1
      }
    },
  }
}

function buildSearchIndex(dataset: QueryableDataset): SearchIndex {
  // Two passes over the texts: the first builds the vocabulary and counts each term's postings,
  // the second writes them straight into their final place. Tokenising twice costs less than
  // growing temporary arrays as large as the postings (and the collections they set off).
  const terms = vocabulary()
  let counts = new Int32Array(1024)
  let entries = 0
  const count = (t: number) => {
    if (t >= counts.length) {
      const grown = new Int32Array(counts.length * 2)
      grown.set(counts)
      counts = grown
    }
    counts[t] = (counts[t] as number) + 1
  }
  const words = (text: string, visit: (term: number, position: number) => void) => {
    let position = 0
    scanWords(text, (start, end, ascii, special) => {
      if (position >= MAX_POSITION) return
      if (ascii) visit(terms.ascii(text, start, end), position)
      else {
        const forms = wordForms(text.slice(start, end), false, special)
        if (forms.length === 0) return
        for (const form of forms) visit(terms.word(form), position)
      }
      position++
    })
    return position
  }
  forEachField(dataset, (_c, _r, _f, _s, text) => {
    entries++
    words(text, count)
  })

  // Sort the vocabulary; each term's postings go to its range of the final arrays.
  const termNames = terms.names
  const nTerms = termNames.length
  const sortedIds = Int32Array.from(termNames.keys()).sort((a, b) => {
    const x = termNames[a] as string
    const y = termNames[b] as string
    return x < y ? -1 : x > y ? 1 : 0
  })
  const postStart = new Int32Array(nTerms + 1)
  for (let rank = 0; rank < nTerms; rank++)
    postStart[rank + 1] =
      (postStart[rank] as number) + (counts[sortedIds[rank] as number] as number)
  const cursor = new Int32Array(nTerms)
  for (let rank = 0; rank < nTerms; rank++)
    cursor[sortedIds[rank] as number] = postStart[rank] as number
  const total = postStart[nTerms] as number
  const postEntry = new Int32Array(total)
  const postPosition = new Uint16Array(total)
  const entryCollection = new Uint8Array(entries)
  const entryRecord = new Int32Array(entries)
  const entryField = new Uint8Array(entries)
  const entrySub = new Uint16Array(entries)
  const entryLength = new Uint16Array(entries)
  let entry = 0
  forEachField(dataset, (collection, record, field, sub, text) => {
    const e = entry++
    entryCollection[e] = collection
    entryRecord[e] = record
    entryField[e] = field
    entrySub[e] = Math.min(sub, 65_535)
    entryLength[e] = words(text, (term, position) => {
      const at = cursor[term] as number
      cursor[term] = at + 1
      postEntry[at] = e
      postPosition[at] = position
    })
  })
  return {
    entryCollection,
    entryRecord,
    entryField,
    entrySub,
    entryLength,
    terms: Array.from(sortedIds, (id) => termNames[id] as string),
    postStart,
    postEntry,
    postPosition,
  }
}

/** First index in the sorted terms that is ≥ `value`. */
function lowerBound(terms: readonly string[], value: string): number {
  let a = 0
  let b = terms.length
  while (a < b) {
    const m = (a + b) >>> 1
    if ((terms[m] as string) < value) a = m + 1
    else b = m
  }
  return a
}

const OPTIONS = ['collections', 'fields', 'limit'] as const

/** Runs `search` on a dataset. @internal */
export function querySearch<D extends QueryableDataset>(
  helper: string,
  dataset: D,
  text: unknown,
  options: SearchOptions | undefined,
): SearchHit<D>[] {
  if (typeof text !== 'string') throw new InvalidArgumentError(helper, 'text', 'a string', text)
  const o = readOptions(helper, options, OPTIONS)
  const collections = readList(o.collections, 'collections', (item, path) => {
    const i = (SEARCH_COLLECTIONS as readonly unknown[]).indexOf(item)
    if (i < 0)
      throw new InvalidArgumentError(helper, path, `one of: ${SEARCH_COLLECTIONS.join(', ')}`, item)
    return i
  })
  const fields = readList(o.fields, 'fields', (item, path) => {
    const i = (SEARCH_FIELDS as readonly unknown[]).indexOf(item)
    if (i < 0)
      throw new InvalidArgumentError(helper, path, `one of: ${SEARCH_FIELDS.join(', ')}`, item)
    return i
  })
  const limit = o.limit ?? 20
  if (
    typeof limit !== 'number' ||
    !(limit >= 0) ||
    (Number.isFinite(limit) && !Number.isInteger(limit))
  )
    throw new InvalidArgumentError(helper, 'limit', 'a whole number ≥ 0 (or Infinity)', o.limit)
  const words = queryWords(text)
  const m = words.length
  if (m === 0 || limit === 0) return []

  const index = searchIndex(dataset)
  const { terms, postStart, postEntry, postPosition, entryCollection, entryField, entryLength } =
    index
  const allowed = (entry: number) =>
    (!collections || collections.includes(entryCollection[entry] as number)) &&
    (!fields || fields.includes(entryField[entry] as number))

  // The range of vocabulary terms each query word begins, and how many postings that is.
  const ranges = words.map((w) => {
    const a = lowerBound(terms, w)
    const b = lowerBound(terms, `${w}\uffff`)
    return { a, b, count: (postStart[b] as number) - (postStart[a] as number) }
  })
  if (ranges.some((r) => r.count === 0)) return []
  const rarest = ranges.reduce(
    (best, r, j) => (r.count < (ranges[best] as typeof r).count ? j : best),
    0,
  )

  // Each record's best field: score, then the earlier field. Records are keyed by number.
  const best = new Map<number, { entry: number; score: number }>()
  const offer = (entry: number, score: number) => {
    const key = (entryCollection[entry] as number) * 2 ** 32 + (index.entryRecord[entry] as number)
    const current = best.get(key)
    if (!current || score > current.score || (score === current.score && entry < current.entry))
      best.set(key, { entry, score })
  }

  if (m === 1) {
    // One word (search as you type): per field, whether it matched, exactly, at its first word.
    const { a, b } = ranges[0] as (typeof ranges)[number]
    const word = words[0] as string
    const bits = new Map<number, number>()
    for (let t = a; t < b; t++) {
      const exact = terms[t] === word ? 2 : 0
      for (let k = postStart[t] as number; k < (postStart[t + 1] as number); k++) {
        const entry = postEntry[k] as number
        const flags = 1 | exact | (postPosition[k] === 0 ? 4 : 0)
        const seen = bits.get(entry)
        if (seen === undefined) {
          if (allowed(entry)) bits.set(entry, flags)
        } else bits.set(entry, seen | flags)
      }
    }
    for (const [entry, flags] of bits) {
      const field = SEARCH_FIELDS[entryField[entry] as number] as SearchField
      const starts = (flags & 4) !== 0
      offer(
        entry,
        scoreMatch(
          field,
          entryLength[entry] as number,
          1,
          (_, i) => (i === 0 ? starts : true),
          () => [0],
          () => (flags & 2) !== 0,
        ),
      )
    }
  } else {
    // Per candidate field: for each query word, the positions it matches and whether exactly.
    const candidates = new Map<number, Map<number, boolean>[]>()
    const collect = (j: number, onlyKnown: boolean) => {
      const { a, b } = ranges[j] as (typeof ranges)[number]
      const word = words[j] as string
      for (let t = a; t < b; t++) {
        const exact = terms[t] === word
        for (let k = postStart[t] as number; k < (postStart[t + 1] as number); k++) {
          const entry = postEntry[k] as number
          let positions = candidates.get(entry)
          if (!positions) {
            if (onlyKnown || !allowed(entry)) continue
            positions = words.map(() => new Map())
            candidates.set(entry, positions)
          }
          const at = positions[j] as Map<number, boolean>
          const position = postPosition[k] as number
          if (exact || !at.has(position)) at.set(position, exact || (at.get(position) ?? false))
        }
      }
    }
    collect(rarest, false)
    for (let j = 0; j < m; j++) if (j !== rarest) collect(j, true)
    for (const [entry, positions] of candidates) {
      if (positions.some((p) => p.size === 0)) continue
      const field = SEARCH_FIELDS[entryField[entry] as number] as SearchField
      offer(
        entry,
        scoreMatch(
          field,
          entryLength[entry] as number,
          m,
          (j, i) => (positions[j] as Map<number, boolean>).has(i),
          (j) => (positions[j] as Map<number, boolean>).keys(),
          (j) => [...(positions[j] as Map<number, boolean>).values()].some(Boolean),
        ),
      )
    }
  }
  // Equal scores: the shorter field first (the match is more of it), then the earlier record.
  const ranked = [...best.values()].sort(
    (x, y) =>
      y.score - x.score ||
      (entryLength[x.entry] as number) - (entryLength[y.entry] as number) ||
      x.entry - y.entry,
  )
  return ranked.slice(0, limit).map(({ entry, score }) => {
    const c = entryCollection[entry] as number
    const collection = SEARCH_COLLECTIONS[c] as SearchCollection
    const record = dataset[collection][index.entryRecord[entry] as number] as SearchRecord
    const field = entryField[entry] as number
    const { text: text_, lang } = fieldAt(c, record, field, index.entrySub[entry] as number)
    return {
      collection,
      id: record.id,
      record,
      field: SEARCH_FIELDS[field],
      text: text_,
      lang,
      score,
      highlights: highlightsOf(text_, words),
    } as unknown as SearchHit<D>
  })
}

/** Offsets of the words of `text` that some query word begins (in any spelling). @internal */
export function highlightsOf(
  text: string,
  words: readonly string[],
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let position = 0
  tokenize(text, (forms, start, end) => {
    if (position++ >= MAX_POSITION) return
    if (forms.some((f) => words.some((w) => f.startsWith(w)))) out.push({ start, end })
  })
  return out
}
