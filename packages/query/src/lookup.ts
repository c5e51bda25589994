/**
 * Lookups by id: one `Map` per array of records, built on first use and cached while the array
 * lives. Unknown ids give `undefined` from `get…` and a {@link NotFoundError} with suggestions
 * from `get…OrThrow` and from every helper that takes ids.
 *
 * @module
 */
import type { Actor, Claim, Event, Place, Source, Topic } from '@karabakh-aftermath/schema'
import { cachedBy, readId } from './args.js'
import { InvalidDatasetError, NotFoundError } from './errors.js'
import type { CollectionName, QueryableDataset } from './types.js'

type WithId = { readonly id: string }

const maps = /* @__PURE__ */ cachedBy((records: readonly WithId[]) => {
  const map = new Map<string, WithId>()
  // A repeated id (a dataset that did not pass validateDataset): the first record wins.
  for (const r of records) if (!map.has(r.id)) map.set(r.id, r)
  return map
})

/**
 * The records of an array by id, as a `Map` built once per array (the first record wins when
 * an id repeats).
 *
 * @example
 * ```ts
 * byId(dataset.actors).get('azerbaijan')?.name // 'Azerbaijan'
 * ```
 */
export const byId = <T extends { readonly id: string }>(
  records: readonly T[],
): ReadonlyMap<string, T> => maps(records) as unknown as ReadonlyMap<string, T>

/**
 * Maps from id to record for each collection given; a missing collection gives an empty map.
 *
 * @example
 * ```ts
 * const lookup: Lookup = createLookup({ actors, claims })
 * lookup.actors.get('turkey')?.name // 'Turkey'
 * ```
 */
export type Lookup = {
  readonly sources: ReadonlyMap<string, Source>
  readonly actors: ReadonlyMap<string, Actor>
  readonly places: ReadonlyMap<string, Place>
  readonly topics: ReadonlyMap<string, Topic>
  readonly events: ReadonlyMap<string, Event>
  readonly claims: ReadonlyMap<string, Claim>
}

/**
 * Builds (or takes from the cache) the id → record maps of the collections given, so a
 * component can be passed `{...dataset}` or only what it needs.
 *
 * @example
 * ```ts
 * createLookup(dataset).places.get('agdam')?.name // 'Ağdam'
 * ```
 */
export function createLookup(
  collections: {
    readonly [C in CollectionName]?: QueryableDataset[C] | undefined
  },
): Lookup {
  const of = <T extends WithId>(records: readonly T[] | undefined) => byId(records ?? [])
  return {
    sources: of(collections.sources),
    actors: of(collections.actors),
    places: of(collections.places),
    topics: of(collections.topics),
    events: of(collections.events),
    claims: of(collections.claims),
  }
}

/** The records of a collection, refusing a collection that is not an array. @internal */
export function recordsOf(
  dataset: QueryableDataset,
  collection: CollectionName,
): readonly WithId[] {
  const records = dataset[collection] as unknown
  if (Array.isArray(records)) return records
  throw new InvalidDatasetError('createQuery', collection, undefined, 'must be an array of records')
}

/** The record with this id (in the first of the collections that has it), or a {@link NotFoundError} with suggestions. @internal */
export function requireRecord<T>(
  helper: string,
  argument: string,
  dataset: QueryableDataset,
  collection: CollectionName | readonly [CollectionName, ...CollectionName[]],
  id: unknown,
): T {
  const key = readId(helper, argument, id)
  const collections = typeof collection === 'string' ? [collection] : collection
  for (const c of collections) {
    const record = byId(recordsOf(dataset, c)).get(key)
    if (record !== undefined) return record as T
  }
  const records = collections.flatMap((c) => recordsOf(dataset, c))
  throw new NotFoundError(helper, argument, collection, key, suggestIds(key, records))
}

/** A checker for one-or-many id arguments that refuses unknown ids. @internal */
export const idCheck =
  (helper: string, dataset: QueryableDataset, collection: CollectionName) =>
  (item: unknown, path: string): string =>
    requireRecord<WithId>(helper, path, dataset, collection, item).id

/** Levenshtein distance, giving up (returning `max + 1`) once it exceeds `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++)
      row.push(
        Math.min(
          (prev[j] as number) + 1,
          (row[j - 1] as number) + 1,
          (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        ),
      )
    if (Math.min(...row) > max) return max + 1
    prev = row
  }
  return prev[b.length] as number
}

/**
 * Up to three ids close to a misspelt one (edit distance ≤ 2, ≤ 1 for short ids), best first.
 * Only on the error path, and over at most 50,000 records, so an error stays cheap. @internal
 */
export function suggestIds(id: string, records: readonly WithId[]): string[] {
  const max = id.length <= 4 ? 1 : 2
  return records
    .slice(0, 50_000)
    .map((r) => ({ id: r.id, d: distance(id, r.id, max) }))
    .filter((s) => s.d <= max)
    .sort((x, y) => x.d - y.d || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .slice(0, 3)
    .map((s) => s.id)
}
