/**
 * `countByKind`: how many events or claims of each kind, over the whole dataset or over a
 * filtered selection.
 *
 * @module
 */

import { CLAIM_KINDS, EVENT_KINDS } from '@karabakh-aftermath/schema/vocabulary'
import { type Ctx, oneOf } from './args.js'
import { queryClaims } from './claims.js'
import { queryTimeline } from './timeline.js'
import type { ClaimKind, EventKind } from './types.js'

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

/** How many records of each kind, every kind of the vocabulary present (zero included). */
function tally<K extends string>(kinds: readonly K[], records: readonly { kind: string }[]) {
  const counts = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<string, number>
  for (const r of records) counts[r.kind] = (counts[r.kind] ?? 0) + 1
  return counts as Record<K, number>
}

/** Runs `countByKind` on a dataset: a tally of what `timeline` or `claims` returns. @internal */
export function queryCountByKind(
  ctx: Ctx,
  collection: unknown,
  options?: unknown,
): KindCounts[keyof KindCounts] {
  const events = oneOf(['events', 'claims'])(collection, 'collection', ctx) === 'events'
  return events
    ? tally(EVENT_KINDS, queryTimeline(ctx, options as never))
    : tally(CLAIM_KINDS, queryClaims(ctx, options as never))
}
