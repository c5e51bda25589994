import { dataset } from '@karabakh-aftermath/data'
import { CLAIM_KINDS } from '@karabakh-aftermath/schema/vocabulary'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createQuery } from './create-query.js'
import { InvalidArgumentError } from './errors.js'
import { countByKind, q } from './shipped.js'
import { claimsOptionsArb, datasetArb, timelineOptionsArb } from './testing/arbitraries.js'

describe('countByKind', () => {
  it('counts every claim kind, zeros included, and sums to the number of claims', () => {
    const counts = countByKind('claims')
    expect(Object.keys(counts)).toEqual(CLAIM_KINDS)
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(dataset.claims.length)
    expect(counts.forecast).toBe(dataset.claims.filter((c) => c.kind === 'forecast').length)
  })
  it('counts event kinds over everything or a selection', () => {
    expect(q.countByKind('events').election).toBe(2)
    const in2021 = q.countByKind('events', { range: '2021-06' })
    expect(in2021.election).toBe(1)
    expect(in2021.handover).toBe(1)
    expect(in2021.war).toBe(0)
    expect(q.countByKind('claims', { claimant: 'armenia' })).toMatchObject({
      position: 1,
      allegation: 1,
      fact: 0,
    })
  })
  it('returns a fresh object each time', () => {
    const a = q.countByKind('events')
    a.war = 99
    expect(q.countByKind('events').war).toBe(1)
  })
  it('refuses an unknown collection', () => {
    expect(() => q.countByKind('actors' as never)).toThrow(InvalidArgumentError)
    expect(() => q.countByKind('actors' as never)).toThrow(
      'countByKind: collection must be one of: events, claims (got "actors")',
    )
  })
})

describe('countByKind, property', () => {
  it('counts what a plain tally of the timeline and claims selections counts', () => {
    fc.assert(
      fc.property(
        datasetArb.chain((d) =>
          fc.tuple(fc.constant(d), timelineOptionsArb(d), claimsOptionsArb(d)),
        ),
        ([d, timelineOptions, claimsOptions]) => {
          const query = createQuery(d)
          const tally = (records: readonly { kind: string }[]) => {
            const counts: Record<string, number> = {}
            for (const r of records) counts[r.kind] = (counts[r.kind] ?? 0) + 1
            return counts
          }
          const nonZero = (counts: Record<string, number>) =>
            Object.fromEntries(Object.entries(counts).filter(([, v]) => v > 0))
          expect(nonZero(query.countByKind('events'))).toEqual(tally(d.events))
          expect(nonZero(query.countByKind('claims'))).toEqual(tally(d.claims))
          expect(nonZero(query.countByKind('events', timelineOptions))).toEqual(
            tally(query.timeline(timelineOptions)),
          )
          expect(nonZero(query.countByKind('claims', claimsOptions))).toEqual(
            tally(query.claims(claimsOptions)),
          )
        },
      ),
      { numRuns: 100 },
    )
  })
})
