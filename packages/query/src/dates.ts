/**
 * Calendar days as integers and the ranges users pass: `'2018'`, `'2020-11'`, `'2021-06-20'`,
 * `'2018/2020-11'`, `'2020/..'` or `{ from?, to? }`. This is plain ISO day/month/year parsing,
 * not EDTF: the events already carry their EDTF `bounds` as ISO days, computed at build.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from './errors.js'

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

/** Smallest and largest day numbers, standing for an open or unknown end. @internal */
export const OPEN_START = -2147483648
/** @internal */
export const OPEN_END = 2147483647

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). @internal */
export function civilToDays(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31

const digits = (text: string, from: number, to: number): number => {
  let n = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48
    if (c < 0 || c > 9) return Number.NaN
    n = n * 10 + c
  }
  return n
}

/**
 * The first and last day numbers of an ISO period `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or
 * `undefined` when the text is not one (or not a real calendar day). @internal
 */
export function periodDays(text: string): { first: number; last: number } | undefined {
  const n = text.length
  if ((n !== 4 && n !== 7 && n !== 10) || (n > 4 && text[4] !== '-') || (n > 7 && text[7] !== '-'))
    return undefined
  const year = digits(text, 0, 4)
  if (Number.isNaN(year)) return undefined
  if (n === 4) return { first: civilToDays(year, 1, 1), last: civilToDays(year, 12, 31) }
  const month = digits(text, 5, 7)
  if (!(month >= 1 && month <= 12)) return undefined
  const dim = daysInMonth(year, month)
  if (n === 7) return { first: civilToDays(year, month, 1), last: civilToDays(year, month, dim) }
  const day = digits(text, 8, 10)
  if (!(day >= 1 && day <= dim)) return undefined
  const d = civilToDays(year, month, day)
  return { first: d, last: d }
}

/**
 * The day number of a dataset bound (`YYYY-MM-DD`), `open` for `null`, `NaN` when malformed.
 * @internal
 */
export function boundDay(value: string | null | undefined, open: number): number {
  if (value === null) return open
  if (typeof value !== 'string' || value.length !== 10 || value[4] !== '-' || value[7] !== '-')
    return Number.NaN
  const year = digits(value, 0, 4)
  const month = digits(value, 5, 7)
  const day = digits(value, 8, 10)
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return Number.NaN
  return civilToDays(year, month, day)
}

/** The ISO day `YYYY-MM-DD` of a day number. @internal */
export function dayToIso(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10)
}

const PERIOD = "an ISO day, month or year ('2021-06-20', '2020-11', '2018')"
const RANGE = `${PERIOD}, an interval 'from/to' of two of them (an open end written '..'), or { from?, to? }`

/**
 * Parses a user's range into inclusive day numbers (open ends are ±Infinity), refusing an
 * invalid text or an inverted range with an {@link InvalidArgumentError} naming the argument.
 * @internal
 */
export function parseRange(
  helper: string,
  argument: string,
  range: unknown,
): { from: number; to: number } {
  let from: unknown
  let to: unknown
  let fromPath = argument
  let toPath = argument
  if (typeof range === 'string') {
    const slash = range.indexOf('/')
    if (slash < 0) {
      const p = periodDays(range)
      if (!p) throw new InvalidArgumentError(helper, argument, RANGE, range)
      return { from: p.first, to: p.last }
    }
    const a = range.slice(0, slash)
    const b = range.slice(slash + 1)
    if (b.includes('/')) throw new InvalidArgumentError(helper, argument, RANGE, range)
    from = a === '' || a === '..' ? undefined : a
    to = b === '' || b === '..' ? undefined : b
  } else if (range !== null && typeof range === 'object' && !Array.isArray(range)) {
    const r = range as Record<string, unknown>
    for (const key of Object.keys(r)) {
      if (key !== 'from' && key !== 'to')
        throw new InvalidArgumentError(
          helper,
          `${argument}.${key}`,
          "absent: a range has only 'from' and 'to'",
          r[key],
        )
    }
    from = r.from
    to = r.to
    fromPath = `${argument}.from`
    toPath = `${argument}.to`
  } else {
    throw new InvalidArgumentError(helper, argument, RANGE, range)
  }
  let first = Number.NEGATIVE_INFINITY
  let last = Number.POSITIVE_INFINITY
  if (from !== undefined) {
    const p = typeof from === 'string' ? periodDays(from) : undefined
    if (!p) throw new InvalidArgumentError(helper, fromPath, PERIOD, from)
    first = p.first
  }
  if (to !== undefined) {
    const p = typeof to === 'string' ? periodDays(to) : undefined
    if (!p) throw new InvalidArgumentError(helper, toPath, PERIOD, to)
    last = p.last
  }
  if (first > last) {
    throw new InvalidArgumentError(
      helper,
      argument,
      `a range that ends on or after it starts (${dayToIso(first)} is after ${dayToIso(last)})`,
      range,
    )
  }
  return { from: first, to: last }
}
