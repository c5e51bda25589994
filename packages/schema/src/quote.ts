/** Quotes: anchors from a record to the exact words of a source (W3C Web Annotation selectors). */
import { z } from 'zod'
import { ref } from './id.js'

/**
 * An anchored quote: the exact words of a source and their position in it. It combines the
 * W3C Web Annotation TextQuoteSelector (`exact`, `prefix`, `suffix`) and TextPositionSelector
 * (`start`, `end`). Offsets count UTF-16 code units, as JavaScript strings index them, so
 * `source.text.slice(start, end) === exact`.
 *
 * @example
 * ```ts
 * const q: Quote = { source: 'rusi-2021-aftermath', exact: 'a new status quo has emerged', start: 264, end: 292 }
 * text.slice(q.start, q.end) === q.exact // true
 * ```
 */
export const QuoteSchema = z
  .strictObject({
    source: ref('sources').describe('Id of the source the words come from.'),
    exact: z.string().min(1).describe('The words, verbatim.'),
    start: z
      .int()
      .nonnegative()
      .describe('Offset of the first character in the source text, in UTF-16 code units.'),
    end: z
      .int()
      .positive()
      .describe(
        'Offset after the last character, in UTF-16 code units: text.slice(start, end) === exact.',
      ),
    prefix: z.string().optional().describe('Text just before, to re-anchor after edits.'),
    suffix: z.string().optional().describe('Text just after, to re-anchor after edits.'),
  })
  .refine((q) => q.end - q.start === q.exact.length, {
    message: 'end - start must equal the length of exact (UTF-16 code units)',
    path: ['end'],
  })
  .meta({ id: 'Quote', description: 'The exact words of a source and their UTF-16 offsets in it.' })

/** An anchored quote: exact words plus UTF-16 offsets into the source text. */
export type Quote = z.output<typeof QuoteSchema>

/**
 * A quote as a content author writes it: the exact words only (a string), or an object with
 * `prefix`/`suffix` to pick one of several occurrences. The compiler computes the offsets.
 *
 * @example
 * ```yaml
 * quote: "a new status quo has emerged"
 * quote: { exact: "Azerbaijan", prefix: "operational victory for " }
 * ```
 */
export const QuoteInputSchema = z
  .union([
    z.string().min(1),
    z.strictObject({
      source: ref('sources').optional().describe('Defaults to the dataset’s only source.'),
      exact: z.string().min(1),
      prefix: z.string().min(1).optional(),
      suffix: z.string().min(1).optional(),
    }),
  ])
  .meta({
    id: 'QuoteInput',
    description:
      'The exact words (offsets are computed at build), optionally with prefix/suffix to disambiguate.',
  })

/** A quote as authored in content files. */
export type QuoteInput = z.input<typeof QuoteInputSchema>
