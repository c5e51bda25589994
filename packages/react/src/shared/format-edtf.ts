/**
 * Formats EDTF dates of the model's subset for people, honestly: no invented precision. The
 * date is read by the core's `parseEdtfDate`; only the `Intl` display is here.
 */
import { type EdtfPoint, parseEdtfDate, pointDays } from '@karabakh-aftermath/query'

/** The default English words: `c. 2021`, `2021?`, `Nov 2020 onwards`, `until 2020`, … */
export const EDTF_WORDS = {
  approximate: 'c. {date}',
  uncertain: '{date}?',
  openEnd: '{date} onwards',
  openStart: 'until {date}',
  unknownEnd: '{date} – end unknown',
  unknownStart: 'start unknown – {date}',
}

/** Words around formatted dates; `{date}` stands for the formatted date. Override to localise. */
export type EdtfWords = typeof EDTF_WORDS

const options = (p: EdtfPoint, month: 'short' | 'long'): Intl.DateTimeFormatOptions => ({
  timeZone: 'UTC',
  year: 'numeric',
  month: p.month === undefined ? undefined : month,
  day: p.day === undefined ? undefined : 'numeric',
})

// The point's first day, `YYYY-MM-DD`, which `Date` reads as UTC (years 0–99 too).
const toDate = (p: EdtfPoint) => new Date(pointDays(p).first)

const fill = (template: string, date: string) => template.replace('{date}', date)

function qualify(p: EdtfPoint, text: string, words: EdtfWords): string {
  const withQuestion = p.uncertain ? fill(words.uncertain, text) : text
  return p.approximate ? fill(words.approximate, withQuestion) : withQuestion
}

/** Options of {@link formatEdtf}. */
export type FormatEdtfOptions = {
  /** BCP 47 locale for `Intl.DateTimeFormat`. Default `en-GB`. */
  locale?: string | undefined
  /** Month names: `short` (Sep) or `long` (September). Default `short`. */
  month?: 'short' | 'long' | undefined
  /** Words for qualifiers and open or unknown ends. */
  words?: Partial<EdtfWords> | undefined
}

/**
 * Formats an EDTF date for reading, keeping its precision and uncertainty: `1992`,
 * `27 Sept – 10 Nov 2020`, `c. Jul 2021`, `Nov 2020 onwards`. Dates and month names come from
 * `Intl.DateTimeFormat` in the given locale; a string outside the subset is returned as it is.
 *
 * @example
 * ```ts
 * formatEdtf('2018')                   // '2018'
 * formatEdtf('2020-09/2020-11')        // 'Sept – Nov 2020'
 * formatEdtf('2021-07~')               // 'c. Jul 2021'
 * formatEdtf('2020-11/..')             // 'Nov 2020 onwards'
 * formatEdtf('2021-06-20', { locale: 'en-US', month: 'long' }) // 'June 20, 2021'
 * ```
 */
export function formatEdtf(value: string, options: FormatEdtfOptions = {}): string {
  // ICU versions differ in the spaces they put in dates (thin, narrow no-break): one plain
  // space everywhere, so a server's markup matches the browser's when it hydrates.
  return format(value, options).replace(/[\u2009\u202f]/g, ' ')
}

function format(
  value: string,
  { locale = 'en-GB', month = 'short', words: custom }: FormatEdtfOptions,
): string {
  const parsed = parseEdtfDate(value)
  if (!parsed) return value
  const words = { ...EDTF_WORDS, ...custom }
  const dtf = (p: EdtfPoint) => new Intl.DateTimeFormat(locale, options(p, month))
  const one = (p: EdtfPoint) => qualify(p, dtf(p).format(toDate(p)), words)
  if (parsed.type === 'point') return one(parsed.point)
  const { start, end } = parsed
  if (typeof start === 'string')
    return fill(start === 'open' ? words.openStart : words.unknownStart, one(end as EdtfPoint))
  if (typeof end === 'string')
    return fill(end === 'open' ? words.openEnd : words.unknownEnd, one(start))
  const plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain
  if (plain && start.iso.length === end.iso.length) {
    // formatRange shares what both ends have in common: "27 Sept – 10 Nov 2020".
    return dtf(start).formatRange(toDate(start), toDate(end))
  }
  return `${one(start)} – ${one(end)}`
}

/**
 * The value for an HTML `<time datetime>` attribute: the date without its qualifier when it is
 * a single point (`2021-07`), otherwise `undefined` (HTML has no syntax for these intervals).
 *
 * @example
 * ```ts
 * edtfDateTime('2021-07~') // '2021-07'
 * edtfDateTime('2020-09-27/2020-11-10') // undefined
 * ```
 */
export function edtfDateTime(value: string): string | undefined {
  const parsed = parseEdtfDate(value)
  return parsed?.type === 'point' ? parsed.point.iso : undefined
}
