import { describe, expect, test } from 'vitest'
import { EdtfBoundsSchema, EdtfSchema, parseEdtf } from './edtf.js'
import { issuesOf } from './problem.js'

const EDTF =
  'must be an EDTF date: YYYY, YYYY-MM or YYYY-MM-DD (optionally with ~, ? or %), or an interval A/B where an end may be .. (open) or empty (unknown)'

const VALID: [string, string | null, string | null][] = [
  ['2021-06-20', '2021-06-20', '2021-06-20'],
  ['2021-06', '2021-06-01', '2021-06-30'],
  ['2020-02', '2020-02-01', '2020-02-29'],
  ['2021-02', '2021-02-01', '2021-02-28'],
  ['2020-02-29', '2020-02-29', '2020-02-29'],
  ['2000-02-29', '2000-02-29', '2000-02-29'],
  ['2020-09-27/2020-11-10', '2020-09-27', '2020-11-10'],
  ['2018', '2018-01-01', '2018-12-31'],
  ['1992', '1992-01-01', '1992-12-31'],
  ['1988/1994', '1988-01-01', '1994-12-31'],
  ['2020-11/..', '2020-11-01', null],
  ['1992/..', '1992-01-01', null],
  ['2021-07~', '2021-07-01', '2021-07-31'],
  ['2021-07?', '2021-07-01', '2021-07-31'],
  ['2021%', '2021-01-01', '2021-12-31'],
  ['2021-06-20~', '2021-06-20', '2021-06-20'],
  ['2020~/2021?', '2020-01-01', '2021-12-31'],
  ['../2020', null, '2020-12-31'],
  ['/2020', null, '2020-12-31'],
  ['../2021-06-20', null, '2021-06-20'],
  ['2020-11/', '2020-11-01', null],
]

const INVALID: [string, string][] = [
  ['2021-02-30', 'a day that does not exist'],
  ['2021-04-31', 'the 31st of a 30-day month'],
  ['2021-02-29', '29 February of a common year'],
  ['1900-02-29', '29 February of a century that is not a leap year'],
  ['2020-02-29/2021-02-29', 'an interval ending on 29 February of a common year'],
  ['2021-13', 'month 13'],
  ['2021-00', 'month 0'],
  ['2021-06-00', 'day 0'],
  ['21', 'a two-digit year'],
  ['202', 'a three-digit year'],
  ['2020-XX', 'unspecified digits'],
  ['20XX', 'an unspecified decade'],
  ['2021-21', 'a season'],
  ['2021-06-20T10:00', 'a time'],
  ['2021-06-20T10:00:00Z', 'a time with a zone'],
  ['Spring 2021', 'words'],
  ['June 2021', 'a month in words'],
  ['20/06/2021', 'a day-first date'],
  ['2022/2021', 'an inverted interval'],
  ['2020-11-10/2020-09-27', 'an inverted interval of days'],
  ['../2021-02-30', 'an open interval ending on a day that does not exist'],
  ['[2020, 2021]', 'a set'],
  ['2021?~', 'two qualifiers'],
  ['~2021', 'a qualifier before the date'],
  ['..', 'an open end alone'],
  ['../..', 'two open ends'],
  ['/', 'two unknown ends'],
  ['../', 'an open start and an unknown end'],
  ['2021/..//2022', 'two slashes'],
  [' 2021', 'a leading space'],
  ['2021 ', 'a trailing space'],
  ['', 'the empty string'],
]

describe('parseEdtf', () => {
  test.each(VALID)('bounds %j from %j to %j', (value, earliest, latest) => {
    expect(parseEdtf(value)).toEqual({ earliest, latest })
  })

  test.each(INVALID)('refuses %j (%s)', (value) => {
    expect(parseEdtf(value)).toBeUndefined()
  })

  test('keeps the bounds of the unqualified date: qualifiers never widen them', () => {
    for (const q of ['~', '?', '%']) {
      expect(parseEdtf(`2021-07${q}`)).toEqual(parseEdtf('2021-07'))
      expect(parseEdtf(`2018${q}`)).toEqual(parseEdtf('2018'))
    }
  })

  test('an unknown end and an open end have the same bounds', () => {
    expect(parseEdtf('2020-11/')).toEqual(parseEdtf('2020-11/..'))
    expect(parseEdtf('/2020')).toEqual(parseEdtf('../2020'))
  })

  test('bounds are ISO days that sort as text', () => {
    const days = VALID.flatMap(([, e, l]) => [e, l]).filter((d): d is string => d !== null)
    for (const d of days) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    for (const [value] of VALID) {
      const b = parseEdtf(value)
      if (b?.earliest && b.latest) expect(b.earliest <= b.latest).toBe(true)
    }
  })
})

describe('EdtfSchema', () => {
  test.each(VALID.map(([v]) => v))('accepts %j unchanged', (value) => {
    expect(EdtfSchema.parse(value)).toBe(value)
  })

  test.each(INVALID)('refuses %j (%s) with the EDTF message', (value) => {
    expect(issuesOf(EdtfSchema, value)).toEqual([{ path: [], message: EDTF }])
  })

  test('refuses a number: dates are strings', () => {
    expect(issuesOf(EdtfSchema, 2021)).toEqual([
      { path: [], message: 'must be a string (got number)' },
    ])
  })
})

describe('EdtfBoundsSchema', () => {
  test('accepts days and null ends', () => {
    expect(EdtfBoundsSchema.parse({ earliest: '2020-11-01', latest: null })).toEqual({
      earliest: '2020-11-01',
      latest: null,
    })
  })

  test('requires both ends, as days, and nothing else', () => {
    expect(EdtfBoundsSchema.safeParse({ earliest: '2020-11-01' }).success).toBe(false)
    expect(EdtfBoundsSchema.safeParse({ earliest: '2020-11', latest: null }).success).toBe(false)
    expect(EdtfBoundsSchema.safeParse({ earliest: null, latest: null, exact: true }).success).toBe(
      false,
    )
  })
})
