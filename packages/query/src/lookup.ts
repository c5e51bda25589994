/**
 * Lookups by id: one `Map` per array of records, built on first use and cached while the array
 * lives. Unknown ids give `undefined` from `get…` and a {@link NotFoundError} with suggestions
 * from `get…OrThrow` and from every helper that takes ids.
 *
 * @module
 */
import { COLLECTIONS } from '@karabakh-aftermath/schema/vocabulary'
import { type Check, type Ctx, cachedBy, compareText, fail, idString } from './args.js'
import { InvalidDatasetError, NotFoundError } from './errors.js'
import type { CollectionName, QueryableDataset } from './types.js'

type WithId = { readonly id: string }

// In dataset order (components list `map.values()`); a repeated id (a dataset that did not pass
// validateDataset): the first record wins.
const maps = /* @__PURE__ */ cachedBy((records: readonly WithId[]) => {
  const map = new Map<string, WithId>()
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
): ReadonlyMap<string, T> => maps(records) as ReadonlyMap<string, unknown> as ReadonlyMap<string, T>

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
  readonly [C in CollectionName]: ReadonlyMap<string, QueryableDataset[C][number]>
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
export const createLookup = (
  collections: {
    readonly [C in CollectionName]?: QueryableDataset[C] | undefined
  },
): Lookup =>
  Object.fromEntries(
    COLLECTIONS.map((c) => [c, byId<WithId>(collections[c] ?? [])]),
  ) as unknown as Lookup

/** The records of a collection, refusing a collection that is not an array. @internal */
export function recordsOf(
  dataset: QueryableDataset,
  collection: CollectionName,
  helper = 'createQuery',
): readonly WithId[] {
  const records = dataset[collection]
  if (Array.isArray(records)) return records
  throw new InvalidDatasetError(helper, collection, undefined, 'must be an array of records')
}

/** Refuses what is not a dataset: an object whose every collection is an array. @internal */
export function checkDataset(helper: string, dataset: QueryableDataset): void {
  if (!dataset || typeof dataset !== 'object') fail({ helper }, 'dataset', 'a dataset', dataset)
  for (const c of COLLECTIONS) recordsOf(dataset, c, helper)
}

/** The record with this id (in the first of the collections that has it), or a {@link NotFoundError} with suggestions. @internal */
export function requireRecord<T>(
  ctx: Ctx,
  path: string,
  collection: CollectionName | readonly CollectionName[],
  id: unknown,
): T {
  const key = idString(id, path, ctx)
  const records = [collection].flat().map((c) => recordsOf(ctx.dataset, c))
  for (const r of records) {
    const record = byId(r).get(key)
    if (record) return record as T
  }
  throw new NotFoundError(ctx.helper, path, collection, key, suggestIds(key, records.flat()))
}

/** Accepts the id of a record of the collection, refusing unknown ids. @internal */
export const idOf =
  (collection: CollectionName): Check<string> =>
  (value, path, ctx) =>
    requireRecord<WithId>(ctx, path, collection, value).id

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 0; i < a.length; i++) {
    const row = [i + 1]
    for (let j = 0; j < b.length; j++)
      row.push(
        Math.min(
          (prev[j + 1] as number) + 1,
          (row[j] as number) + 1,
          (prev[j] as number) + (a[i] === b[j] ? 0 : 1),
        ),
      )
    prev = row
  }
  return prev[b.length] as number
}

/**
 * Up to three ids close to a misspelt one (edit distance ≤ 2, ≤ 1 for short ids), best first.
 * Only on the error path, over at most 50,000 records and ids of about the same length, so an
 * error stays cheap. @internal
 */
export function suggestIds(id: string, records: readonly WithId[]): string[] {
  const max = id.length <= 4 ? 1 : 2
  return records
    .slice(0, 50_000)
    .filter((r) => Math.abs(r.id.length - id.length) <= max)
    .map((r) => ({ id: r.id, d: distance(id, r.id) }))
    .filter((s) => s.d <= max)
    .sort((x, y) => x.d - y.d || compareText(x.id, y.id))
    .slice(0, 3)
    .map((s) => s.id)
}
