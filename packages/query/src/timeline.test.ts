import { dataset } from '@karabakh-aftermath/data'
import type { Dataset } from '@karabakh-aftermath/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import { createQuery } from './create-query.js'
import { InvalidArgumentError, InvalidDatasetError, NotFoundError } from './errors.js'
import { q } from './shipped.js'
import { timelineOptionsArb, withOptions } from './testing/arbitraries.js'
import { compareEvents, sortEvents, type TimelineOptions } from './timeline.js'

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id)

describe('timeline on the shipped data', () => {
  it('lists every event, sorted by earliest day (unknown starts first) then id', () => {
    const all = q.timeline()
    expect(all).toHaveLength(dataset.events.length)
    expect(ids(all)).toEqual(ids(sortEvents(dataset.events)))
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

describe('timeline semantics (EDTF bounds), on the shared fixture', () => {
  const f = createQuery(fixture)
  it('puts unknown starts first, then by earliest day, then by id', () => {
    expect(ids(f.timeline())).toEqual([
      'armenian-control-of-territory',
      'mine-laying',
      'minsk-group-mediation',
      'trump-administration-disengagement',
      'pashinyan-era-negotiations',
      'armenia-election-2018',
      'war-2020',
      'ceasefire-2020',
      'russian-peacekeeping-deployment',
      'armenia-snap-election-2021',
    ])
    expect([...fixture.events].sort(compareEvents)).toEqual(f.timeline())
  })
  it('an event known only to its years overlaps any day of them; an open end every later day', () => {
    expect(ids(f.timeline({ range: '2019-05-01' }))).toEqual([
      'armenian-control-of-territory',
      'mine-laying',
      'minsk-group-mediation',
      'trump-administration-disengagement',
      'pashinyan-era-negotiations',
    ])
    expect(ids(f.timeline({ range: '2030' }))).toEqual([
      'minsk-group-mediation',
      'pashinyan-era-negotiations',
      'russian-peacekeeping-deployment',
    ])
    expect(ids(f.timeline({ range: { to: '1991' } }))).toEqual([
      'armenian-control-of-territory',
      'mine-laying',
    ])
  })
  it('`within` keeps only events entirely inside the range (the war alone, not 1992/..)', () => {
    expect(ids(f.timeline({ range: '2020-09-27/2020-11-10', match: 'within' }))).toEqual([
      'war-2020',
      'ceasefire-2020',
    ])
    expect(ids(f.timeline({ range: '2020-09-27/2020-11-10' }))).toHaveLength(8)
    expect(ids(f.timeline({ range: { from: '2020' }, match: 'within' }))).toEqual([
      'war-2020',
      'ceasefire-2020',
      'russian-peacekeeping-deployment',
      'armenia-snap-election-2021',
    ])
  })
  it('combines filters with AND and values with OR', () => {
    expect(ids(f.timeline({ actors: ['russia', 'trump-administration'] }))).toEqual([
      'trump-administration-disengagement',
      'ceasefire-2020',
      'russian-peacekeeping-deployment',
    ])
    expect(ids(f.timeline({ actors: 'nikol-pashinyan', range: '2021' }))).toEqual([
      'pashinyan-era-negotiations',
      'armenia-snap-election-2021',
    ])
    expect(ids(f.timeline({ actors: 'armenia', places: 'nagorno-karabakh' }))).toEqual([
      'war-2020',
      'ceasefire-2020',
    ])
    expect(ids(f.timeline({ kinds: 'election', topics: 'domestic-politics' }))).toHaveLength(2)
    expect(ids(f.timeline({ actors: [] }))).toEqual(ids(f.timeline()))
  })
  it('accepts every form of range', () => {
    const same = ids(f.timeline({ range: { from: '2018-12-09', to: '2018-12-09' } }))
    expect(ids(f.timeline({ range: '2018-12-09/2018-12-09' }))).toEqual(same)
    expect(ids(f.timeline({ range: '2018-12-09' }))).toEqual(same)
    expect(ids(f.timeline({ range: '2020/..' }))).toEqual(
      ids(f.timeline({ range: { from: '2020' } })),
    )
    expect(ids(f.timeline({ range: '/1991' }))).toEqual(ids(f.timeline({ range: { to: '1991' } })))
    // Ends in one period, which an EDTF interval may not (parseEdtfDate refuses '2018-12/2018').
    expect(ids(f.timeline({ range: '2018-12/2018' }))).toEqual(
      ids(f.timeline({ range: { from: '2018-12', to: '2018' } })),
    )
    expect(ids(f.timeline({ range: '../..' }))).toEqual(ids(f.timeline()))
  })
  it('accepts readonly arrays and frozen datasets', () => {
    const frozen = Object.freeze({ ...fixture, events: Object.freeze([...fixture.events]) })
    expect(ids(createQuery(frozen).timeline({ range: '2030' }))).toHaveLength(3)
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
    [{ actor: 'armenia' }, 'options.actor'],
    // biome-ignore lint/suspicious/noSparseArray: a hole is the input under test
    [{ actors: [, 'armenia'] }, 'actors[0]'],
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
  it('refuses a list longer than 10,000 values before reading it', () => {
    expect(() => f.timeline({ topics: Array(10_001).fill('war') })).toThrow(
      'timeline: topics must be a list of at most 10000 values (got an array of 10001)',
    )
  })
  it('says what a range must be', () => {
    expect(() => f.timeline({ range: '2021-13' })).toThrow(/an ISO day, month or year/)
    expect(() => f.timeline({ range: { from: '2021', to: '2020' } })).toThrow(
      /2021-01-01 is after 2020-12-31/,
    )
  })
  it('refuses an unknown id with suggestions', () => {
    expect(() => f.timeline({ actors: ['russia', 'rusia'] as never })).toThrow(NotFoundError)
    expect(() => f.timeline({ actors: ['russia', 'rusia'] as never })).toThrow(
      'timeline: actors[1] has no record in actors: "rusia" (did you mean "rusi" or "russia"?)',
    )
  })
  it('refuses events without bounds, naming the event', () => {
    const broken = { ...fixture, events: [{ ...fixture.events[0], bounds: undefined }] } as never
    expect(() => createQuery(broken).timeline()).toThrow(InvalidDatasetError)
    expect(() => createQuery(broken).timeline()).toThrow(
      /events\/minsk-group-mediation has no bounds/,
    )
  })
})

describe('timeline, property: every answer is sorted, satisfies the filters, and misses nothing', () => {
  type E = (typeof fixture.events)[number]
  const list = <T>(v: T | readonly T[] | undefined) =>
    v === undefined ? undefined : ([] as T[]).concat(v as T).filter(() => true)
  // The range as inclusive ISO days, computed independently of the core's reader.
  const lastDay = (y: string, m: string) => new Date(Date.UTC(+y, +m, 0)).getUTCDate()
  const first = (p: string) => (p.length === 4 ? `${p}-01-01` : p.length === 7 ? `${p}-01` : p)
  const last = (p: string) =>
    p.length === 4
      ? `${p}-12-31`
      : p.length === 7
        ? `${p}-${lastDay(p.slice(0, 4), p.slice(5))}`
        : p
  const days = (range: unknown): [string, string] => {
    if (range === undefined) return ['', '~']
    if (typeof range === 'object') {
      const r = range as { from?: string; to?: string }
      return [r.from ? first(r.from) : '', r.to ? last(r.to) : '~']
    }
    const [a = '', b] = (range as string).split('/')
    if (b === undefined) return [first(a), last(a)]
    return [a && a !== '..' ? first(a) : '', b && b !== '..' ? last(b) : '~']
  }
  const satisfies = (e: E, o: TimelineOptions<Dataset>) => {
    const [from, to] = days(o.range)
    const lo = e.bounds.earliest ?? ''
    const hi = e.bounds.latest ?? '~'
    const inRange = o.match === 'within' ? lo >= from && hi <= to : lo <= to && hi >= from
    const any = (want: readonly string[] | undefined, have: readonly string[]) =>
      !want?.length || have.some((h) => want.includes(h))
    return (
      inRange &&
      any(
        list(o.actors),
        e.participants.map((p) => p.actor),
      ) &&
      any(list(o.places), e.places) &&
      any(list(o.topics), e.topics) &&
      any(list(o.kinds), [e.kind])
    )
  }
  it('holds on random datasets and options', () => {
    fc.assert(
      fc.property(withOptions(timelineOptionsArb), ([d, options]) => {
        const found = createQuery(d).timeline(options)
        for (let i = 1; i < found.length; i++)
          expect(compareEvents(found[i - 1] as E, found[i] as E)).toBeLessThan(0)
        for (const e of found) expect(satisfies(e, options)).toBe(true)
        const expected = d.events.filter((e) => satisfies(e, options))
        expect(new Set(ids(found))).toEqual(new Set(ids(expected)))
      }),
      { numRuns: 300 },
    )
  })
})
