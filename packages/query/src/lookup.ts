/**
 * Lookups by id: one hash table per collection, built on first use and cached per dataset object.
 * Unknown ids give `undefined` from `get…` and a {@link NotFoundError} from `get…OrThrow`.
 *
 * @module
 */
import { InvalidArgumentError, InvalidDatasetError, NotFoundError } from './errors.js'
import { perDataset } from './per-dataset.js'
import type { CollectionName, QueryableDataset } from './types.js'

/**
 * The positions of one collection's records by id: an open-addressing hash table of positions
 * (8 bytes per record, where a `Map` takes about 40), probing linearly and comparing the ids of
 * the records themselves. @internal
 */
export type IdTable = {
  /** Position + 1 of the record in each slot, 0 for an empty slot. */
  readonly slots: Int32Array
  readonly mask: number
  readonly records: readonly { readonly id: string }[]
  /** The position of the record with this id, or -1. */
  readonly get: (id: string) => number
  readonly has: (id: string) => boolean
  /** Every id, in dataset order. */
  readonly ids: () => Iterable<string>
}

type IdTables = Partial<Record<CollectionName, IdTable>>
// The tables of one dataset; each collection's is filled on first use.
const tablesOf = perDataset((): IdTables => ({}))

/** FNV-1a over UTF-16 code units. */
function hash(id: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** The records of a collection, refusing a dataset whose collection is not an array. @internal */
export function recordsOf(
  dataset: QueryableDataset,
  collection: CollectionName,
  helper = 'createQuery',
): readonly { readonly id: string }[] {
  const records = dataset[collection] as unknown
  if (!Array.isArray(records))
    throw new InvalidDatasetError(helper, collection, undefined, 'must be an array of records')
  return records
}

function buildIdTable(
  records: readonly { readonly id: string }[],
  collection: CollectionName,
): IdTable {
  let size = 16
  while (size < records.length * 2) size *= 2
  const slots = new Int32Array(size)
  const mask = size - 1
  const get = (id: string): number => {
    for (let i = hash(id) & mask; ; i = (i + 1) & mask) {
      const v = slots[i] as number
      if (v === 0) return -1
      if ((records[v - 1] as { id: string }).id === id) return v - 1
    }
  }
  for (let r = 0; r < records.length; r++) {
    const id = (records[r] as { id?: unknown } | undefined)?.id
    if (typeof id !== 'string')
      throw new InvalidDatasetError('createQuery', collection, `#${r}`, 'has no string id')
    for (let i = hash(id) & mask; ; i = (i + 1) & mask) {
      const v = slots[i] as number
      if (v === 0) {
        slots[i] = r + 1
        break
      }
      // Repeated ids (a dataset that did not pass validateDataset): the first record wins.
      if ((records[v - 1] as { id: string }).id === id) break
    }
  }
  return {
    slots,
    mask,
    records,
    get,
    has: (id) => get(id) >= 0,
    ids: function* () {
      for (const r of records) yield r.id
    },
  }
}

/** The id table of one collection, built once per dataset. @internal */
export function idTable(dataset: QueryableDataset, collection: CollectionName): IdTable {
  const tables = tablesOf(dataset)
  let table = tables[collection]
  if (!table) {
    table = buildIdTable(recordsOf(dataset, collection), collection)
    tables[collection] = table
  }
  return table
}

/** Refuses an id that is not a string. @internal */
export function checkIdType(helper: string, argument: string, id: unknown): asserts id is string {
  if (typeof id !== 'string')
    throw new InvalidArgumentError(helper, argument, 'an id (a string)', id)
}

/**
 * The position of the record with this id, or a {@link NotFoundError} (with suggestions) when
 * there is none. @internal
 */
export function requireIndex(
  helper: string,
  argument: string,
  dataset: QueryableDataset,
  collection: CollectionName,
  id: unknown,
): number {
  checkIdType(helper, argument, id)
  const table = idTable(dataset, collection)
  const index = table.get(id)
  if (index < 0)
    throw new NotFoundError(helper, argument, collection, id, suggestIds(id, table.ids()))
  return index
}

/** A checker for one-or-many id arguments that refuses unknown ids. @internal */
export function idCheck(
  helper: string,
  dataset: QueryableDataset,
  collection: CollectionName,
): (item: unknown, path: string) => string {
  return (item, path) => {
    requireIndex(helper, path, dataset, collection, item)
    return item as string
  }
}

/** Levenshtein distance, giving up (returning `max + 1`) once it exceeds `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
      row.push(v)
      if (v < best) best = v
    }
    if (best > max) return max + 1
    prev = row
  }
  return prev[b.length] ?? max + 1
}

/**
 * Up to three ids close to a misspelt one (edit distance ≤ 2, ≤ 1 for short ids), best first.
 * Only on the error path, and only over the first 50,000 ids so an error stays cheap.
 * @internal
 */
export function suggestIds(id: string, ids: Iterable<string>): string[] {
  const max = id.length <= 4 ? 1 : 2
  const found: { id: string; d: number }[] = []
  let seen = 0
  for (const candidate of ids) {
    if (++seen > 50_000) break
    const d = distance(id, candidate, max)
    if (d <= max) found.push({ id: candidate, d })
  }
  found.sort((x, y) => x.d - y.d || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
  return found.slice(0, 3).map((f) => f.id)
}
