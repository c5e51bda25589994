/** One cache for every index: built on the first call for a dataset, kept while the dataset lives. */
import type { QueryableDataset } from './types.js'

/**
 * Wraps an index builder so that it runs once per dataset object; the result is held in a
 * WeakMap, so it goes when the dataset is garbage-collected. @internal
 */
export function perDataset<T>(
  build: (dataset: QueryableDataset) => T,
): (dataset: QueryableDataset) => T {
  const cache = new WeakMap<QueryableDataset, T>()
  return (dataset) => {
    let value = cache.get(dataset)
    if (value === undefined) {
      value = build(dataset)
      cache.set(dataset, value)
    }
    return value
  }
}
