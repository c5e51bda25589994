import type { Dataset } from '@karabakh-aftermath/schema'
import { LIKELIHOOD_BANDS } from '@karabakh-aftermath/schema/vocabulary'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import { type ClaimsOptions, disputesOf, sortClaims } from './claims.js'
import { createQuery } from './create-query.js'
import { InvalidArgumentError, NotFoundError } from './errors.js'
import { q } from './shipped.js'
import { claimsOptionsArb, withOptions } from './testing/arbitraries.js'

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
})

describe('claims refuses bad arguments', () => {
  const f = createQuery(fixture)
  it.each([
    [{ kinds: 'rumour' }, 'kinds'],
    [{ kinds: ['fact', 'rumour'] }, 'kinds[1]'],
    [{ minLikelihood: 'probable' }, 'minLikelihood'],
    [{ disputed: 'yes' }, 'disputed'],
    [{ hasQuantity: 1 }, 'hasQuantity'],
    [{ about: { actor: 'armenia' } }, 'about.actor'],
    [{ about: 'armenia' }, 'about'],
    [{ claimants: 'armenia' }, 'options.claimants'],
    // biome-ignore lint/suspicious/noSparseArray: a hole is the input under test
    [{ claimant: [, ,] }, 'claimant[0]'],
    // biome-ignore lint/suspicious/noSparseArray: a hole is the input under test
    [{ about: { places: ['agdam', , 'baku'] } }, 'about.places[1]'],
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

describe('claims on the shared fixture', () => {
  const f = createQuery(fixture)
  it('treats a claim disputed by another as disputed', () => {
    expect(ids(f.claims({ disputed: true }))).toEqual([
      'both-sides-accused-war-crimes',
      'armenia-denies-war-crimes-claims',
      'compelling-evidence-war-crimes',
      'azerbaijan-claims-returned-all-pows',
      'armenia-claims-missing',
    ])
    expect(f.claims({ disputed: false })).toHaveLength(fixture.claims.length - 5)
  })
  it('orders likelihood bands from remote to almost certain', () => {
    expect(ids(f.claims({ minLikelihood: 'likely' }))).toEqual([
      'armenian-attitude-hard-to-change',
      'border-likely-unstable',
      'conflict-likely-frozen',
    ])
    expect(ids(f.claims({ minLikelihood: 'unlikely' }))).toEqual([
      'armenian-attitude-hard-to-change',
      'border-likely-unstable',
      'conflict-likely-frozen',
      'international-actors-unlikely-to-bridge',
      'committed-mediation-dim-prospect',
    ])
    expect(ids(f.claims({ minLikelihood: 'highly-likely' }))).toEqual([])
  })
  it('finds the disputes of a claim both ways, even when only one side lists them', () => {
    const one = { ...fixture.claims[0], id: 'one-way', disputes: ['armenia-claims-missing'] }
    const claims = [...fixture.claims, one as (typeof fixture.claims)[number]]
    const missing = claims.find((c) => c.id === 'armenia-claims-missing')
    expect(ids(disputesOf(missing as (typeof claims)[number], claims))).toEqual([
      'azerbaijan-claims-returned-all-pows',
      'one-way',
    ])
    expect(ids(disputesOf(one, new Map(claims.map((c) => [c.id, c]))))).toEqual([
      'armenia-claims-missing',
    ])
  })
  it('sorts claims by where their quotes are', () => {
    const shuffled = [...fixture.claims].reverse()
    expect(ids(sortClaims(shuffled))).toEqual(
      ids([...fixture.claims].sort((a, b) => a.quote.start - b.quote.start)),
    )
  })
})

describe('claims, property: in dataset order, every one satisfies the filters, none is missing', () => {
  type C = Dataset['claims'][number]
  const list = (v: unknown) => (v === undefined ? [] : ([] as unknown[]).concat(v))
  // By the yardstick's probabilities, independently of the order of the vocabulary's keys.
  const p = (term: string) => LIKELIHOOD_BANDS[term as keyof typeof LIKELIHOOD_BANDS].min
  const satisfies = (d: Dataset, c: C, o: ClaimsOptions<Dataset>) => {
    const any = (want: unknown, have: readonly (string | undefined)[]) =>
      list(want).length === 0 || have.some((h) => list(want).includes(h))
    const disputed = c.disputes.length > 0 || d.claims.some((x) => x.disputes.includes(c.id))
    return (
      any(o.claimant, [c.claimant]) &&
      (o.reportedBy === undefined ||
        list(o.reportedBy).length === 0 ||
        any(o.reportedBy, [c.reportedBy])) &&
      any(o.kinds, [c.kind]) &&
      any(o.topics, c.topics) &&
      any(o.about?.actors, c.about.actors) &&
      any(o.about?.events, c.about.events) &&
      any(o.about?.places, c.about.places) &&
      (o.minLikelihood === undefined ||
        (c.likelihood !== undefined && p(c.likelihood.term) >= p(o.minLikelihood))) &&
      (o.disputed === undefined || disputed === o.disputed) &&
      (o.hasQuantity === undefined || (c.quantity !== undefined) === o.hasQuantity)
    )
  }
  it('holds on random datasets and options', () => {
    fc.assert(
      fc.property(withOptions(claimsOptionsArb), ([d, options]) => {
        const found = createQuery(d).claims(options)
        expect(ids(found)).toEqual(ids(d.claims.filter((c) => found.includes(c))))
        expect(ids(found)).toEqual(ids(d.claims.filter((c) => satisfies(d, c, options))))
      }),
      { numRuns: 300 },
    )
  })
})
