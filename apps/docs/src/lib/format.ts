/** Plain-English EDTF dates for the pages: as precise as the date says, never more. */

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

function point(value: string): string {
  const qualifier = value.match(/[?~%]$/)?.[0]
  const bare = qualifier ? value.slice(0, -1) : value
  const [y, m, d] = bare.split('-')
  const text = d
    ? `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`
    : m
      ? `${MONTHS[Number(m) - 1]} ${y}`
      : (y ?? bare)
  if (qualifier === '~') return `about ${text}`
  if (qualifier === '?') return `${text} (uncertain)`
  if (qualifier === '%') return `about ${text} (uncertain)`
  return text
}

/**
 * An EDTF date of the model's subset in words.
 *
 * @example
 * formatEdtf('2020-09-27/2020-11-10') // '27 September 2020 – 10 November 2020'
 * formatEdtf('1992/..')               // 'since 1992'
 * formatEdtf('2021-07~')              // 'about July 2021'
 */
export function formatEdtf(date: string): string {
  if (!date.includes('/')) return point(date)
  const [start = '', end = ''] = date.split('/')
  if (end === '..') return `since ${point(start)}`
  if (end === '') return `from ${point(start)} (end unknown)`
  if (start === '..') return `until ${point(end)}`
  if (start === '') return `until ${point(end)} (start unknown)`
  return `${point(start)} – ${point(end)}`
}
