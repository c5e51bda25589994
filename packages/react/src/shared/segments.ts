/** Splits a source part into runs of text, each with the claims whose quotes cover it. */
import type { Claim, SourcePart } from '@karabakh-aftermath/schema'

/** A run of text `[start, end)` and the claims covering it, innermost (shortest quote) first. */
export type Segment = { start: number; end: number; claims: Claim[] }

/**
 * Cuts a part of a source text at every quote boundary inside it, so overlapping claims can
 * be highlighted without nesting: each run knows every claim that covers it.
 *
 * @example
 * ```ts
 * segment({ start: 0, end: 10 }, [claimAt(2, 5)]) // [{0,2,[]}, {2,5,[claim]}, {5,10,[]}]
 * ```
 */
export function segment(
  part: Pick<SourcePart, 'start' | 'end'>,
  claims: readonly Claim[],
): Segment[] {
  const inside = claims.filter(
    (c) => c.quote.start < part.end && c.quote.end > part.start && c.quote.start < c.quote.end,
  )
  const cuts = new Set([part.start, part.end])
  for (const c of inside) {
    cuts.add(Math.max(part.start, c.quote.start))
    cuts.add(Math.min(part.end, c.quote.end))
  }
  const sorted = [...cuts].sort((a, b) => a - b)
  return sorted.slice(1).map((end, i) => {
    const start = sorted[i] as number
    const covering = inside
      .filter((c) => c.quote.start <= start && c.quote.end >= end)
      .sort((a, b) => a.quote.end - a.quote.start - (b.quote.end - b.quote.start))
    return { start, end, claims: covering }
  })
}
