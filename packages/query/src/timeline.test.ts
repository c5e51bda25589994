import { dataset } from '@karabakh-aftermath/data'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createQuery } from './create-query.js'
import { InvalidArgumentError, InvalidDatasetError, NotFoundError } from './errors.js'
import { q } from './shipped.js'
import { datasetArb, timelineOptionsArb } from './testing/arbitraries.js'
import { fixture } from './testing/fixture.js'
import { timelineRef } from './testing/reference.js'

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id)

describe('timeline on the shipped data', () => {
  it('lists every event, sorted by earliest day (unknown starts first) then id', () => {
    const all = q.timeline()
    expect(all).toHaveLength(dataset.events.length)
    expect(ids(all)).toEqual(ids(timelineRef(dataset)))
    const earliest = all.map((e) => e.bounds.earliest ?? '')
    expect(earliest).toEqual([...earliest].sort())
  })

  it('finds the 2018 election in 2018, and what may have been going on then', () => {
    const in2018 = ids(q.timeline({ range: '2018' }))
    expect(in2018).toContain('armenia-election-2018')
    expect(in2018).toContain('minsk-group-mediation') // 1992/.. is still open
    expect(in2018).toContain('trump-administration-disengagement') // 2017/2021
    expect(in2018).not.toContain('war-2020')
    expect(in2018).not.toContain('armenia-snap-election-2021')
  })

  it('finds the events of the 2020 war in which Armenia takes part', () => {
    const war = ids(
      q.timeline({
        range: '2020-09-27/2020-11-10',
        actors: 'armenia',
        kinds: ['war', 'ceasefire'],
      }),
    )
    expect(war).toEqual(['war-2020', 'ceasefire-2020'])
  })

  it('finds the June 2021 snap election by month, and not with `within` for a longer event', () => {
    expect(ids(q.timeline({ range: '2021-06', kinds: 'election' }))).toEqual([
      'armenia-snap-election-2021',
    ])
    const within = ids(q.timeline({ range: '2021', match: 'within' }))
    expect(within).toContain('armenia-snap-election-2021')
    expect(within).not.toContain('trophy-park-exhibition') // open-ended
    expect(within).not.toContain('pow-returns') // starts in 2020
  })

  it('filters by place and topic', () => {
    expect(ids(q.timeline({ places: 'agdam' }))).toEqual(['destruction-of-historical-towns'])
    expect(ids(q.timeline({ topics: 'landmines' }))).toEqual(
      ids(
        dataset.events
          .filter((e) => e.topics.includes('landmines'))
          .sort((a, b) => ((a.bounds.earliest ?? '') < (b.bounds.earliest ?? '') ? -1 : 1)),
      ),
    )
  })
})

describe('timeline semantics (EDTF bounds)', () => {
  const f = createQuery(fixture)
  it('an event known only to the year overlaps any range within that year', () => {
    expect(ids(f.timeline({ range: '2018-03' }))).toEqual(['unknown', 'long', 'year-2018'])
    expect(ids(f.timeline({ range: '2018-06-15' }))).toEqual([
      'unknown',
      'long',
      'year-2018',
      'also-day',
      'day',
    ])
  })
  it('an open end overlaps every later range; an unknown start every earlier one', () => {
    expect(ids(f.timeline({ range: '2030' }))).toEqual(['unknown', 'open-end'])
    expect(ids(f.timeline({ range: '1900' }))).toEqual(['open-start', 'unknown'])
    expect(ids(f.timeline({ range: { to: '1991' } }))).toEqual(['open-start', 'unknown'])
  })
  it('`within` keeps only events entirely inside the range', () => {
    expect(ids(f.timeline({ range: '2018', match: 'within' }))).toEqual([
      'year-2018',
      'also-day',
      'day',
    ])
    expect(ids(f.timeline({ range: '2018-06', match: 'within' }))).toEqual(['also-day', 'day'])
    expect(ids(f.timeline({ range: { from: '2020' }, match: 'within' }))).toEqual(['open-end'])
  })
  it('combines filters with AND and values with OR', () => {
    expect(ids(f.timeline({ actors: ['a', 'b'] }))).toEqual([
      'long',
      'year-2018',
      'day',
      'open-end',
    ])
    expect(ids(f.timeline({ actors: 'a', range: '2018-06' }))).toEqual(['long', 'year-2018', 'day'])
    expect(ids(f.timeline({ actors: 'a', places: 'agdam' }))).toEqual(['year-2018'])
    expect(ids(f.timeline({ actors: [] }))).toEqual(ids(f.timeline()))
  })
  it('accepts every form of range', () => {
    const same = ids(f.timeline({ range: { from: '2018-06-15', to: '2018-06-15' } }))
    expect(ids(f.timeline({ range: '2018-06-15/2018-06-15' }))).toEqual(same)
    expect(ids(f.timeline({ range: '2018-06-15' }))).toEqual(same)
    expect(ids(f.timeline({ range: '2020/..' }))).toEqual(
      ids(f.timeline({ range: { from: '2020' } })),
    )
    expect(ids(f.timeline({ range: '/1991' }))).toEqual(ids(f.timeline({ range: { to: '1991' } })))
  })
  it('accepts readonly arrays and frozen datasets', () => {
    const frozen = Object.freeze({ ...fixture, events: Object.freeze([...fixture.events]) })
    expect(ids(createQuery(frozen).timeline({ range: '2030' }))).toEqual(['unknown', 'open-end'])
  })
})

describe('timeline refuses bad arguments', () => {
  const f = createQuery(fixture)
  it.each([
    [{ range: '2021-13' }, 'range'],
    [{ range: '2021-02-30' }, 'range'],
    [{ range: 'June 2021' }, 'range'],
    [{ range: 2021 }, 'range'],
    [{ range: { from: '2021', to: '2020' } }, 'range'],
    [{ range: '2021/2020' }, 'range'],
    [{ range: { from: '20' } }, 'range.from'],
    [{ range: { since: '2020' } }, 'range.since'],
    [{ kinds: ['battle'] }, 'kinds[0]'],
    [{ kinds: 'war', match: 'inside' }, 'match'],
    [{ actor: 'a' }, 'options.actor'],
  ])('%j names %s', (options, argument) => {
    const call = () => f.timeline(options as never)
    expect(call).toThrow(InvalidArgumentError)
    try {
      call()
    } catch (error) {
      expect((error as InvalidArgumentError).argument).toBe(argument)
      expect((error as Error).message).toMatch(
        new RegExp(`^timeline: ${argument.replace(/[[\].]/g, '\\$&')} must be `),
      )
    }
  })
  it('says what a range must be', () => {
    expect(() => f.timeline({ range: '2021-13' })).toThrow(/an ISO day, month or year/)
    expect(() => f.timeline({ range: { from: '2021', to: '2020' } })).toThrow(
      /2021-01-01 is after 2020-12-31/,
    )
  })
  it('refuses an unknown id with suggestions', () => {
    expect(() => f.timeline({ actors: ['a', 'c'] })).toThrow(NotFoundError)
    expect(() => f.timeline({ actors: ['a', 'c'] })).toThrow(
      'timeline: actors[1] has no record in actors: "c" (did you mean "a" or "b"?)',
    )
  })
  it('refuses events without bounds, naming the event', () => {
    const broken = { ...fixture, events: [{ ...fixture.events[0], bounds: undefined }] } as never
    expect(() => createQuery(broken).timeline()).toThrow(InvalidDatasetError)
    expect(() => createQuery(broken).timeline()).toThrow(/events\/day has no bounds/)
  })
})

describe('timeline against the naive reference', () => {
  it('returns exactly what a plain filter and sort return, in the same order', () => {
    fc.assert(
      fc.property(
        datasetArb.chain((d) =>
          fc.tuple(fc.constant(d), fc.array(timelineOptionsArb(d), { minLength: 1, maxLength: 5 })),
        ),
        ([d, queries]) => {
          const query = createQuery(d)
          for (const options of queries)
            expect(ids(query.timeline(options))).toEqual(ids(timelineRef(d, options)))
        },
      ),
      { numRuns: 300 },
    )
  })
})
