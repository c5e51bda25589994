import { dataset } from '@karabakh-aftermath/data'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createQuery } from './create-query.js'
import { InvalidArgumentError, NotFoundError } from './errors.js'
import { q } from './shipped.js'
import { claimsOptionsArb, datasetArb } from './testing/arbitraries.js'
import { fixture } from './testing/fixture.js'
import { claimsRef } from './testing/reference.js'

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id)

describe('claims on the shipped data', () => {
  it('finds the forecasts the author marks likely or more, in the order of the text', () => {
    const likely = q.claims({
      claimant: 'nick-reynolds',
      kinds: 'forecast',
      minLikelihood: 'likely',
    })
    expect(ids(likely)).toEqual([
      'armenian-attitude-hard-to-change',
      'reconstruction-dangerous-costly',
      'reconstruction-likely-decades',
      'border-likely-unstable',
      'defeat-makes-deal-unacceptable',
      'conflict-likely-frozen',
      'limiting-factors-likely',
      'conflict-likely-to-continue',
    ])
    for (const c of likely)
      expect(['likely', 'highly-likely', 'almost-certain']).toContain(c.likelihood?.term)
  })

  it('finds what the author thinks unlikely, with the hedge words of the text', () => {
    const unlikely = q
      .claims({ kinds: 'forecast' })
      .filter((c) => c.likelihood?.term === 'unlikely')
    expect(ids(unlikely)).toContain('committed-mediation-dim-prospect')
    expect(q.getClaimOrThrow('committed-mediation-dim-prospect').likelihood?.cue).toBe(
      'a dim prospect',
    )
  })

  it('finds the claims Armenia and Azerbaijan dispute', () => {
    const disputed = q.claims({ claimant: ['armenia', 'azerbaijan'], disputed: true })
    expect(ids(disputed)).toEqual([
      'armenia-denies-war-crimes-claims',
      'azerbaijan-denies-war-crimes-claims',
      'azerbaijan-official-ready-for-peace',
      'azerbaijan-claims-returned-all-pows',
      'azerbaijan-claims-retains-only-sabotage-parties',
      'armenia-claims-missing',
    ])
    // The prisoners of war: Armenia's claim and Azerbaijan's contradict each other.
    const pows = q.claims({
      about: { actors: 'prisoners-of-war' },
      disputed: true,
      claimant: ['armenia', 'azerbaijan'],
    })
    expect(pows.length).toBeGreaterThan(0)
    expect(q.getClaimOrThrow('armenia-claims-missing').disputes).toEqual([
      'azerbaijan-claims-returned-all-pows',
      'azerbaijan-claims-retains-only-sabotage-parties',
    ])
  })

  it('finds the claims that carry a number: the election result and the mines', () => {
    const numbers = q.claims({ hasQuantity: true })
    expect(ids(numbers)).toEqual(
      expect.arrayContaining(['pashinyan-won-snap-election', 'armenians-laid-mines']),
    )
    expect(q.getClaimOrThrow('armenians-laid-mines').quantity).toEqual({
      low: 700000,
      high: 1000000,
      unit: 'mines',
    })
    expect(numbers.every((c) => c.quantity !== undefined)).toBe(true)
  })

  it('finds claims by reporter, topic and subject', () => {
    const reported = q.claims({ reportedBy: 'nick-reynolds' })
    expect(reported.every((c) => c.claimant !== 'nick-reynolds')).toBe(true)
    expect(ids(reported)).toContain('election-key-indicator')
    expect(ids(q.claims({ topics: 'landmines' }))).toContain('armenians-laid-mines')
    expect(ids(q.claims({ about: { places: 'agdam' } }))).toEqual([
      'destruction-and-idps-sticking-point',
    ])
    expect(ids(q.claims({ about: { events: 'armenia-snap-election-2021' } }))).toContain(
      'pashinyan-won-snap-election',
    )
  })

  it('matches the naive reference on the shipped data', () => {
    const options = [
      {},
      { kinds: ['position', 'allegation'] as const },
      { claimant: 'russia' as const },
      { about: { actors: 'russia' as const }, kinds: 'fact' as const },
      { disputed: false, hasQuantity: false, minLikelihood: 'remote' as const },
    ]
    for (const o of options) expect(ids(q.claims(o))).toEqual(ids(claimsRef(dataset, o)))
  })
})

describe('claims refuses bad arguments', () => {
  const f = createQuery(fixture)
  it.each([
    [{ kinds: 'rumour' }, 'kinds'],
    [{ kinds: ['fact', 'rumour'] }, 'kinds[1]'],
    [{ minLikelihood: 'probable' }, 'minLikelihood'],
    [{ disputed: 'yes' }, 'disputed'],
    [{ hasQuantity: 1 }, 'hasQuantity'],
    [{ about: { actor: 'a' } }, 'about.actor'],
    [{ about: 'a' }, 'about'],
    [{ claimants: 'a' }, 'options.claimants'],
  ])('%j names %s', (options, argument) => {
    expect(() => f.claims(options as never)).toThrow(InvalidArgumentError)
    expect(() => f.claims(options as never)).toThrow(
      new RegExp(`^claims: ${argument.replace(/[[\].]/g, '\\$&')} must be`),
    )
  })
  it('refuses unknown ids', () => {
    expect(() => f.claims({ claimant: 'nobody' })).toThrow(NotFoundError)
    expect(() => f.claims({ about: { places: ['agdam', 'agdm'] } })).toThrow(
      'about.places[1] has no record in places: "agdm" (did you mean "agdam"?)',
    )
  })
})

describe('claims on the fixture', () => {
  const f = createQuery(fixture)
  it('treats a claim disputed by another as disputed', () => {
    expect(ids(f.claims({ disputed: true }))).toEqual(['c2', 'c4'])
    expect(ids(f.claims({ disputed: false }))).toEqual(['c1', 'c3', 'c5', 'c6', 'c7'])
  })
  it('orders likelihood bands from remote to almost certain', () => {
    expect(ids(f.claims({ minLikelihood: 'remote' }))).toEqual(['c3', 'c5'])
    expect(ids(f.claims({ minLikelihood: 'unlikely' }))).toEqual(['c3'])
    expect(ids(f.claims({ minLikelihood: 'almost-certain' }))).toEqual([])
  })
})

describe('claims against the naive reference', () => {
  it('returns exactly what a plain filter returns, in the same order', () => {
    fc.assert(
      fc.property(
        datasetArb.chain((d) =>
          fc.tuple(fc.constant(d), fc.array(claimsOptionsArb(d), { minLength: 1, maxLength: 5 })),
        ),
        ([d, queries]) => {
          const query = createQuery(d)
          for (const options of queries)
            expect(ids(query.claims(options))).toEqual(ids(claimsRef(d, options)))
        },
      ),
      { numRuns: 300 },
    )
  })
})
