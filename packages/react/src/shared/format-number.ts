/** Numbers through `Intl.NumberFormat`: quantities of claims and the likelihood bands' ranges. */
import type { Quantity } from '@karabakh-aftermath/schema'

/**
 * Formats a claim's quantity in a locale: `53.9%`, `700,000–1,000,000 land mines`. A unit of
 * `percent` is shown as a percentage; any other unit is written after the number.
 *
 * @example
 * ```ts
 * formatQuantity({ value: 53.9, unit: 'percent' }, 'en-GB') // '53.9%'
 * formatQuantity({ low: 700000, high: 1000000, unit: 'land mines' }, 'en-GB') // '700,000–1,000,000 land mines'
 * ```
 */
export function formatQuantity(q: Quantity, locale = 'en-GB'): string {
  const percent = q.unit === 'percent'
  const style = percent ? 'percent' : 'decimal'
  const nf = new Intl.NumberFormat(locale, { style, maximumFractionDigits: 2 })
  const scale = percent ? 0.01 : 1
  const text =
    'value' in q ? nf.format(q.value * scale) : nf.formatRange(q.low * scale, q.high * scale)
  return percent ? text : `${text} ${q.unit}`
}

/**
 * Formats a probability range as percentages: `55–75%`.
 *
 * @example
 * ```ts
 * formatProbability(0.55, 0.75, 'en-GB') // '55–75%'
 * ```
 */
export function formatProbability(min: number, max: number, locale = 'en-GB'): string {
  return new Intl.NumberFormat(locale, { style: 'percent' }).formatRange(min, max)
}
