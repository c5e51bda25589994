/** Plain-English EDTF dates for the pages: as precise as the date says, never more. */
import { type EdtfPoint, parseEdtfDate } from '@karabakh-aftermath/query'

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

function point(p: EdtfPoint): string {
  const month = p.month === undefined ? '' : `${MONTHS[p.month - 1]} `
  const text = `${p.day === undefined ? '' : `${p.day} `}${month}${p.iso.slice(0, 4)}`
  return `${p.approximate ? 'about ' : ''}${text}${p.uncertain ? ' (uncertain)' : ''}`
}

/**
 * An EDTF date of the model's subset in words, read by the core's `parseEdtfDate`; a string
 * outside the subset is shown as it is.
 *
 * @example
 * formatEdtf('2020-09-27/2020-11-10') // '27 September 2020 – 10 November 2020'
 * formatEdtf('1992/..')               // 'since 1992'
 * formatEdtf('2021-07~')              // 'about July 2021'
 */
export function formatEdtf(date: string): string {
  const parsed = parseEdtfDate(date)
  if (!parsed) return date
  if (parsed.type === 'point') return point(parsed.point)
  const { start, end } = parsed
  if (typeof start === 'string') {
    const until = `until ${point(end as EdtfPoint)}`
    return start === 'open' ? until : `${until} (start unknown)`
  }
  if (end === 'open') return `since ${point(start)}`
  if (end === 'unknown') return `from ${point(start)} (end unknown)`
  return `${point(start)} – ${point(end)}`
}
