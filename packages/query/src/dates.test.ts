import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  boundDay,
  civilToDays,
  dayToIso,
  OPEN_END,
  OPEN_START,
  parseRange,
  periodDays,
} from './dates.js'
import { InvalidArgumentError } from './errors.js'

const utcDays = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000

describe('calendar days', () => {
  it('count days as Date.UTC does, over four centuries', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1600-01-01'), max: new Date('2400-12-31'), noInvalidDate: true }),
        (date) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
          expect(civilToDays(y, m, d)).toBe(utcDays(y, m, d))
          expect(dayToIso(civilToDays(y, m, d))).toBe(date.toISOString().slice(0, 10))
        },
      ),
    )
  })

  it('know month lengths and leap years', () => {
    expect(periodDays('2020-02')).toEqual({
      first: utcDays(2020, 2, 1),
      last: utcDays(2020, 2, 29),
    })
    expect(periodDays('2021-02')?.last).toBe(utcDays(2021, 2, 28))
    expect(periodDays('1900-02')?.last).toBe(utcDays(1900, 2, 28))
    expect(periodDays('2000-02')?.last).toBe(utcDays(2000, 2, 29))
    expect(periodDays('2021-04-31')).toBeUndefined()
    expect(periodDays('2020-02-29')).toBeDefined()
    expect(periodDays('2021-02-29')).toBeUndefined()
    for (const bad of [
      '21',
      '2021-1',
      '2021-13',
      '2021-00',
      '2021-01-00',
      '2021/01',
      '２０２１',
      '',
    ])
      expect(periodDays(bad)).toBeUndefined()
  })

  it('read dataset bounds, null as an open end', () => {
    expect(boundDay(null, OPEN_START)).toBe(OPEN_START)
    expect(boundDay(null, OPEN_END)).toBe(OPEN_END)
    expect(boundDay('2020-11-10', OPEN_END)).toBe(utcDays(2020, 11, 10))
    expect(boundDay('2020-11', OPEN_END)).toBeNaN()
    expect(boundDay(undefined, OPEN_END)).toBeNaN()
  })
})

describe('parseRange', () => {
  it('takes periods, intervals with open ends and { from, to }', () => {
    expect(parseRange('t', 'range', '2018')).toEqual({
      from: utcDays(2018, 1, 1),
      to: utcDays(2018, 12, 31),
    })
    expect(parseRange('t', 'range', '2018/2020-11')).toEqual({
      from: utcDays(2018, 1, 1),
      to: utcDays(2020, 11, 30),
    })
    expect(parseRange('t', 'range', '2020-11/..')).toEqual({
      from: utcDays(2020, 11, 1),
      to: Number.POSITIVE_INFINITY,
    })
    expect(parseRange('t', 'range', '../2020')).toEqual({
      from: Number.NEGATIVE_INFINITY,
      to: utcDays(2020, 12, 31),
    })
    expect(parseRange('t', 'range', '/2020')).toEqual(parseRange('t', 'range', '../2020'))
    expect(parseRange('t', 'range', {})).toEqual({
      from: Number.NEGATIVE_INFINITY,
      to: Number.POSITIVE_INFINITY,
    })
    expect(parseRange('t', 'range', { from: '2021-06-20', to: '2021-06-20' })).toEqual({
      from: utcDays(2021, 6, 20),
      to: utcDays(2021, 6, 20),
    })
  })

  it('refuses what it cannot read, naming the argument', () => {
    const refused = (range: unknown) => {
      try {
        parseRange('timeline', 'range', range)
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidArgumentError)
        return (error as InvalidArgumentError).argument
      }
      return undefined
    }
    expect(refused('2018/2019/2020')).toBe('range')
    expect(refused('last year')).toBe('range')
    expect(refused(['2018'])).toBe('range')
    expect(refused(null)).toBe('range')
    expect(refused({ from: 2018 })).toBe('range.from')
    expect(refused({ to: '2018-02-30' })).toBe('range.to')
    expect(refused({ until: '2018' })).toBe('range.until')
    expect(refused('2021/2020')).toBe('range')
    expect(refused('2021-06-20/2021-06-19')).toBe('range')
  })
})
