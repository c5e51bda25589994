import { parseEdtf } from '@karabakh-aftermath/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import { type EdtfPoint, parseEdtfDate, pointDays } from './edtf.js'

const days = (value: string) => {
  const parsed = parseEdtfDate(value)
  if (!parsed) return undefined
  const end = (e: EdtfPoint | 'open' | 'unknown', side: 'first' | 'last') =>
    typeof e === 'string' ? null : pointDays(e)[side]
  return parsed.type === 'point'
    ? { earliest: pointDays(parsed.point).first, latest: pointDays(parsed.point).last }
    : { earliest: end(parsed.start, 'first'), latest: end(parsed.end, 'last') }
}

describe('parseEdtfDate: the one reader of the schema’s EDTF subset', () => {
  it('reads points with their precision and qualifiers', () => {
    expect(parseEdtfDate('2021-07~')).toEqual({
      type: 'point',
      point: { iso: '2021-07', year: 2021, month: 7, approximate: true, uncertain: false },
    })
    expect(parseEdtfDate('2018%')).toMatchObject({ point: { approximate: true, uncertain: true } })
    expect(parseEdtfDate('2021-06-20')).toMatchObject({ point: { day: 20, month: 6 } })
  })
  it('reads intervals with open and unknown ends', () => {
    expect(parseEdtfDate('2020-11/..')).toMatchObject({ type: 'interval', end: 'open' })
    expect(parseEdtfDate('/2020-11')).toMatchObject({ type: 'interval', start: 'unknown' })
    expect(parseEdtfDate('2018-12/')).toMatchObject({ end: 'unknown' })
  })
  it('refuses what is outside the subset or not a calendar day', () => {
    for (const bad of [
      '',
      '..',
      '/',
      '../..',
      '2021-13',
      '2021-02-29',
      '2021-00',
      '21',
      '2021-7',
      'June',
      '2020/2021/2022',
      '2021/2020',
      '2020/2020',
      '2020-01/2020',
      '2021-06-20T10:00',
      'x'.repeat(1000),
    ])
      expect(parseEdtfDate(bad)).toBeUndefined()
    expect(parseEdtfDate('2020-02-29')).toBeDefined()
  })
  it('gives the first and last day of a period, leap years included', () => {
    const point = (v: string) => (parseEdtfDate(v) as { point: EdtfPoint }).point
    expect(pointDays(point('2020-02'))).toEqual({ first: '2020-02-01', last: '2020-02-29' })
    expect(pointDays(point('1900-02'))).toEqual({ first: '1900-02-01', last: '1900-02-28' })
    expect(pointDays(point('2021'))).toEqual({ first: '2021-01-01', last: '2021-12-31' })
  })
  it('agrees with the schema (edtf.js) on the bounds of every fixture event', () => {
    for (const e of fixture.events) expect(days(e.date)).toEqual(e.bounds)
  })
  it('agrees with the schema (edtf.js) on random dates of the subset', () => {
    const point = fc
      .tuple(
        fc.integer({ min: 1000, max: 2999 }),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }),
        fc.constantFrom('', '~', '?', '%'),
      )
      .map(([y, m, d, q]) => {
        const pad = (n: number) => String(n).padStart(2, '0')
        return `${y}${m ? `-${pad(m)}${d ? `-${pad(d)}` : ''}` : ''}${q}`
      })
    const value = fc.oneof(
      point,
      fc
        .tuple(
          fc.oneof(point, fc.constantFrom('', '..')),
          fc.oneof(point, fc.constantFrom('', '..')),
        )
        .map(([a, b]) => `${a}/${b}`),
    )
    fc.assert(
      fc.property(value, (v) => {
        const ours = days(v)
        const theirs = parseEdtf(v)
        expect(ours).toEqual(theirs)
      }),
      { numRuns: 500 },
    )
  })
})
