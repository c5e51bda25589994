/**
 * `countByKind`: how many events or claims of each kind, over the whole dataset (precomputed
 * once) or over a filtered selection.
 *
 * @module
 */

import { cachedBy } from './args.js'
import { queryClaims } from './claims.js'
import { InvalidArgumentError } from './errors.js'
import { recordsOf } from './lookup.js'
import { queryTimeline } from './timeline.js'
import type { ClaimKind, EventKind, QueryableDataset } from './types.js'
import { CLAIM_KINDS, EVENT_KINDS } from './vocabulary.js'

/**
 * The count of each kind of a collection, every kind of the vocabulary present (zero included),
 * in vocabulary order.
 *
 * @example
 * ```ts
 * const counts: KindCounts['claims'] = q.countByKind('claims')
 * counts.forecast // 9
 * ```
 */
export type KindCounts = {
  /** Events per event kind. */
  readonly events: Record<EventKind, number>
  /** Claims per claim kind. */
  readonly claims: Record<ClaimKind, number>
}

// Counts over the whole dataset are tallied once; filtered counts are tallied per call.
const allCounts = /* @__PURE__ */ cachedBy(
  (dataset: QueryableDataset): KindCounts => ({
    events: tally(EVENT_KINDS, recordsOf(dataset, 'events') as QueryableDataset['events']),
    claims: tally(CLAIM_KINDS, recordsOf(dataset, 'claims') as QueryableDataset['claims']),
  }),
)

const zeros = <K extends string>(kinds: readonly K[]): Record<K, number> =>
  Object.fromEntries(kinds.map((k) => [k, 0])) as Record<K, number>

function tally<K extends string>(
  kinds: readonly K[],
  records: readonly { kind: string }[],
): Record<K, number> {
  const counts = zeros(kinds) as Record<string, number>
  for (const r of records) counts[r.kind] = (counts[r.kind] ?? 0) + 1
  return counts as Record<K, number>
}

/** Runs `countByKind` on a dataset. @internal */
export function queryCountByKind<D extends QueryableDataset>(
  helper: string,
  dataset: D,
  collection: unknown,
  options: unknown,
): KindCounts[keyof KindCounts] {
  if (collection !== 'events' && collection !== 'claims')
    throw new InvalidArgumentError(helper, 'collection', "'events' or 'claims'", collection)
  if (options !== undefined) {
    return collection === 'events'
      ? tally(EVENT_KINDS, queryTimeline(helper, dataset, options as never))
      : tally(CLAIM_KINDS, queryClaims(helper, dataset, options as never))
  }
  return { ...allCounts(dataset)[collection] }
}
