/** EDTF dates: the subset the model uses, validated with edtf.js, and their earliest/latest bounds. */
import edtf from 'edtf'
import { z } from 'zod'

// The subset of EDTF (ISO 8601-2) the model allows: a day, month or year, each optionally
// qualified as uncertain (?), approximate (~) or both (%), and intervals of two of them where
// either end may be open (`..`) or unknown (empty). Anything else (seasons, unspecified digits,
// sets) is refused even though edtf.js parses it, so every consumer can rely on the bounds.
const POINT = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?[?~%]?`
const SUBSET = new RegExp(`^(?:${POINT}|(?:${POINT}|\\.\\.|)/(?:${POINT}|\\.\\.|))$`)

/**
 * The earliest and latest calendar days an EDTF date may denote. `null` is an open or unknown
 * end (`2020-11/..` has no latest day). Days are ISO `YYYY-MM-DD` strings, so they sort as text.
 */
export type EdtfBounds = {
  /** First day the date may denote, or `null` when the start is open or unknown. */
  earliest: string | null
  /** Last day the date may denote, or `null` when the end is open or unknown. */
  latest: string | null
}

// edtf.js accepts 29 February of every year, rolling a common year's over to 1 March.
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
const hasFalseLeapDay = (value: string) =>
  [...value.matchAll(/(\d{4})-02-29/g)].some((m) => !isLeap(Number(m[1])))

const day = (ms: number | null | undefined): string | null =>
  ms == null || !Number.isFinite(ms) ? null : new Date(ms).toISOString().slice(0, 10)

/**
 * Parses an EDTF date of the model's subset and returns its bounds, or `undefined` when the
 * string is not a valid date of that subset. Qualifiers (`~`, `?`, `%`) keep the bounds of the
 * unqualified date: the uncertainty is in the string, not widened by guesswork.
 *
 * @example
 * ```ts
 * parseEdtf('2018')                  // { earliest: '2018-01-01', latest: '2018-12-31' }
 * parseEdtf('2020-09-27/2020-11-10') // { earliest: '2020-09-27', latest: '2020-11-10' }
 * parseEdtf('2020-11/..')            // { earliest: '2020-11-01', latest: null }
 * parseEdtf('2021-02-30')            // undefined
 * ```
 */
export function parseEdtf(value: string): EdtfBounds | undefined {
  if (!SUBSET.test(value) || hasFalseLeapDay(value)) return undefined
  try {
    // edtf.js cannot parse an open start (`../2020`); an unknown start (`/2020`) bounds the same.
    const parsed = edtf(value.replace(/^\.\.\//, '/'))
    const earliest = day(parsed.min)
    const latest = day(parsed.max)
    // An interval needs a known end, and cannot end before it starts.
    if (earliest === null && latest === null) return undefined
    if (earliest && latest && earliest > latest) return undefined
    return { earliest, latest }
  } catch {
    return undefined
  }
}

/**
 * An EDTF date string of the model's subset: `2021-06-20`, `2021-06`, `2018`, `2021-07~`,
 * `2020-09-27/2020-11-10`, `2020-11/..`, `1992/..`.
 */
export const EdtfSchema = z
  .string()
  .refine((v) => parseEdtf(v) !== undefined, {
    message:
      'must be an EDTF date: YYYY, YYYY-MM or YYYY-MM-DD (optionally with ~, ? or %), or an interval A/B where an end may be .. (open) or empty (unknown)',
  })
  .meta({
    description:
      'EDTF (ISO 8601-2) date of a subset: day, month or year precision with optional ?, ~ or % qualifier; intervals A/B with open (..) or unknown (empty) ends.',
    examples: ['2021-06-20', '2020-09-27/2020-11-10', '2018', '2020-11/..', '2021-07~'],
  })

/** The bounds of an EDTF date, as shipped on compiled events. */
export const EdtfBoundsSchema = z
  .strictObject({
    earliest: z.iso.date().nullable(),
    latest: z.iso.date().nullable(),
  })
  .meta({
    id: 'EdtfBounds',
    description: 'Earliest and latest day an EDTF date may denote; null is an open or unknown end.',
  })
