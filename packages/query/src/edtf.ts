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

const POINT = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?([?~%]?)$/

// The days of a month; 400 years later the Gregorian calendar is the same, and Date reads the
// years 0–99 as 1900–1999.
const daysIn = (year: number, month: number) =>
  new Date(Date.UTC(year + 400, month, 0)).getUTCDate()

function readPoint(value: string): EdtfPoint | undefined {
  const [, y, month, day, q = ''] = POINT.exec(value) ?? []
  if (y && !(day && +day > daysIn(+y, Number(month))))
    return {
      iso: value.slice(0, value.length - q.length),
      year: +y,
      ...(month && { month: +month }),
      ...(day && { day: +day }),
      approximate: /[~%]/.test(q),
      uncertain: /[?%]/.test(q),
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
  if (typeof value !== 'string' || value.length > 40) return
  const [a = '', b, more] = value.split('/')
  if (b === undefined) {
    const point = readPoint(a)
    return point && { type: 'point', point }
  }
  const end = (part: string) => (part === '..' ? 'open' : part ? readPoint(part) : 'unknown')
  const start = end(a)
  const finish = end(b)
  if (
    more === undefined &&
    start &&
    finish &&
    (typeof start === 'object' || typeof finish === 'object') &&
    // As edtf.js (the schema) does: an interval must start on an earlier day than it ends.
    !(
      typeof start === 'object' &&
      typeof finish === 'object' &&
      pointDays(start).first >= pointDays(finish).first
    )
  )
    return { type: 'interval', start, end: finish }
}

/**
 * The first and last ISO days (`YYYY-MM-DD`) a point may denote: `2021` is 2021-01-01 to
 * 2021-12-31, `2020-02` is 2020-02-01 to 2020-02-29.
 *
 * @example
 * ```ts
 * pointDays(parseEdtfDate('2020-02')?.point) // { first: '2020-02-01', last: '2020-02-29' }
 * ```
 */
export const pointDays = ({ iso, year, month, day }: EdtfPoint): { first: string; last: string } =>
  day
    ? { first: iso, last: iso }
    : month
      ? { first: `${iso}-01`, last: `${iso}-${daysIn(year, month)}` }
      : { first: `${iso}-01-01`, last: `${iso}-12-31` }

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
 * plain string comparisons order them), refusing an invalid text or an inverted range. A range
 * is read as the EDTF interval it also is, without qualifiers. @internal
 */
export const readRange: Check<readonly [string, string]> = (range, path, ctx) => {
  const period: Check<string> = (value, at) =>
    typeof value === 'string' && readPoint(value)?.iso === value
      ? value
      : fail(ctx, at, PERIOD, value)
  const { from = '..', to = '..' } =
    typeof range === 'string' ? {} : read(ctx, range, { from: period, to: period }, path)
  const text =
    typeof range !== 'string' ? `${from}/${to}` : range.includes('/') ? range : `${range}/${range}`
  if (text === '../..') return ['', '~']
  const parsed = /[?~%]/.test(text) ? undefined : parseEdtfDate(text)
  if (parsed?.type !== 'interval')
    return fail(ctx, path, `${PERIOD}, 'from/to' ('..' open) or { from?, to? }`, range)
  const { start, end } = parsed
  const days = [
    typeof start === 'string' ? '' : pointDays(start).first,
    typeof end === 'string' ? '~' : pointDays(end).last,
  ] as const
  if (days[0] > days[1])
    fail(
      ctx,
      path,
      `a range that ends on or after it starts (${days[0]} is after ${days[1]})`,
      range,
    )
  return days
}
