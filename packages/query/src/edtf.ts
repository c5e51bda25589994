/**
 * One reader for the EDTF subset the schema allows (a day, month or year with an optional `~`,
 * `?` or `%` qualifier; intervals `A/B` whose ends may be open `..` or unknown, empty), and the
 * ranges users pass to `timeline`, which are the same periods without qualifiers. Display is
 * the caller's (the react package formats with `Intl`); the schema computes `bounds` at build.
 *
 * @module
 */
import { type Check, fail, read } from './args.js'

/**
 * One end of an EDTF date: a year, month or day, possibly approximate (`~`) or uncertain (`?`).
 *
 * @example
 * ```ts
 * const july: EdtfPoint = { iso: '2021-07', year: 2021, month: 7, approximate: true, uncertain: false }
 * ```
 */
export type EdtfPoint = {
  /** The date as written without its qualifier: `2021`, `2021-07` or `2021-07-20`. */
  readonly iso: string
  readonly year: number
  /** 1–12, when the date has a month. */
  readonly month?: number
  /** 1–31, when the date has a day. */
  readonly day?: number
  /** `~` or `%`: the date is approximate. */
  readonly approximate: boolean
  /** `?` or `%`: the date is uncertain. */
  readonly uncertain: boolean
}

/**
 * An end of an EDTF interval: a date, `open` (`..`: no end, ongoing) or `unknown` (empty).
 *
 * @example
 * ```ts
 * const end: EdtfEnd = 'open'
 * ```
 */
export type EdtfEnd = EdtfPoint | 'open' | 'unknown'

/**
 * A read EDTF date: one point, or an interval of two ends.
 *
 * @example
 * ```ts
 * const parsed: EdtfParsed | undefined = parseEdtfDate('2020-11/..')
 * ```
 */
export type EdtfParsed =
  | { readonly type: 'point'; readonly point: EdtfPoint }
  | { readonly type: 'interval'; readonly start: EdtfEnd; readonly end: EdtfEnd }

const POINT = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?([?~%])?$/

const daysIn = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : 30 + ((month + Math.floor(month / 8)) % 2)

function readPoint(value: string): EdtfPoint | undefined {
  const m = POINT.exec(value)
  if (!m) return undefined
  const [, y, mo, d, q] = m
  const year = Number(y)
  const month = mo === undefined ? undefined : Number(mo)
  const day = d === undefined ? undefined : Number(d)
  if (month !== undefined && !(month >= 1 && month <= 12)) return undefined
  if (day !== undefined && !(day >= 1 && day <= daysIn(year, month as number))) return undefined
  return {
    iso: q ? value.slice(0, -1) : value,
    year,
    ...(month !== undefined && { month }),
    ...(day !== undefined && { day }),
    approximate: q === '~' || q === '%',
    uncertain: q === '?' || q === '%',
  }
}

/**
 * Reads an EDTF date of the schema's subset; `undefined` for anything else (including a real
 * calendar's impossible days, such as `2021-02-30`).
 *
 * @example
 * ```ts
 * parseEdtfDate('2021-07~')   // { type: 'point', point: { iso: '2021-07', year: 2021, month: 7, approximate: true, uncertain: false } }
 * parseEdtfDate('2020-11/..') // { type: 'interval', start: { iso: '2020-11', … }, end: 'open' }
 * parseEdtfDate('/2020-11')   // { type: 'interval', start: 'unknown', end: { iso: '2020-11', … } }
 * ```
 */
export function parseEdtfDate(value: string): EdtfParsed | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined
  const slash = value.indexOf('/')
  if (slash < 0) {
    const point = readPoint(value)
    return point && { type: 'point', point }
  }
  const end = (part: string): EdtfEnd | undefined =>
    part === '..' ? 'open' : part === '' ? 'unknown' : readPoint(part)
  const start = end(value.slice(0, slash))
  const finish = end(value.slice(slash + 1))
  if (!start || !finish || (typeof start === 'string' && typeof finish === 'string'))
    return undefined
  return { type: 'interval', start, end: finish }
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The first and last ISO days (`YYYY-MM-DD`) a point may denote: `2021` is 2021-01-01 to
 * 2021-12-31, `2020-02` is 2020-02-01 to 2020-02-29.
 *
 * @example
 * ```ts
 * pointDays(parseEdtfDate('2020-02')?.point) // { first: '2020-02-01', last: '2020-02-29' }
 * ```
 */
export function pointDays(point: EdtfPoint): { first: string; last: string } {
  const { year, month, day } = point
  const y = String(year).padStart(4, '0')
  if (month === undefined) return { first: `${y}-01-01`, last: `${y}-12-31` }
  if (day !== undefined) return { first: point.iso, last: point.iso }
  return { first: `${y}-${pad(month)}-01`, last: `${y}-${pad(month)}-${daysIn(year, month)}` }
}

/**
 * A range of days: an ISO period (`'2018'`, `'2020-11'`, `'2021-06-20'`), an interval of two
 * periods (`'2018/2020-11'`, open ends written `..` or left empty: `'2020-11/..'`), or an object
 * `{ from?, to? }` whose ends are ISO periods (a missing end is open). `from` is the first day
 * of its period and `to` the last day of its period, both included: `{ from: '2020', to:
 * '2020-11' }` is 2020-01-01 to 2020-11-30.
 *
 * @example
 * ```ts
 * const war: DateRange = '2020-09-27/2020-11-10'
 * const since: DateRange = { from: '2021-06' }
 * const year: DateRange = '2018'
 * ```
 */
export type DateRange =
  | string
  | { readonly from?: string | undefined; readonly to?: string | undefined }

const PERIOD = "an ISO day, month or year ('2021-06-20', '2020-11', '2018')"

/**
 * Reads a user's range into inclusive ISO days, `''` and `'~'` for an open start and end (so
 * plain string comparisons order them), refusing an invalid text or an inverted range. @internal
 */
export const readRange: Check<readonly [string, string]> = (range, path, ctx) => {
  const parts = typeof range === 'string' && range.length <= 30 && range.split('/')
  if (parts ? parts.length > 2 : typeof range !== 'object')
    fail(ctx, path, `${PERIOD}, 'from/to' ('..' open) or { from?, to? }`, range)
  const period: Check<string> = (value, at) =>
    typeof value === 'string' ? value : fail(ctx, at, PERIOD, value)
  const r = parts
    ? { from: parts[0], to: parts[1] ?? parts[0] }
    : read(ctx, range, { from: period, to: period }, path)
  const end = (key: 'from' | 'to', open: string) => {
    const value = r[key]
    if (value === undefined || value === '' || (parts && value === '..')) return open
    const point = value.length <= 10 ? readPoint(value) : undefined
    if (point?.iso !== value) fail(ctx, parts ? path : `${path}.${key}`, PERIOD, value)
    return pointDays(point as EdtfPoint)[key === 'from' ? 'first' : 'last']
  }
  const from = end('from', '')
  const to = end('to', '~')
  if (from > to)
    fail(ctx, path, `a range that ends on or after it starts (${from} is after ${to})`, range)
  return [from, to]
}
