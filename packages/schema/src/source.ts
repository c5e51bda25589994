/** Sources: the texts that records quote, with their metadata and the spans of their parts. */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { z } from 'zod'
import { EdtfSchema } from './edtf.js'
import { HttpUrlSchema, IdSchema, LanguageTagSchema, ref } from './id.js'
import { SOURCE_KINDS, SOURCE_PART_KINDS } from './vocabulary.js'

const sourceFields = {
  id: IdSchema,
  kind: z.enum(SOURCE_KINDS),
  title: z.string().min(1),
  authors: z.array(ref('actors')).min(1).describe('Actor ids of the authors.'),
  publisher: ref('actors').describe('Actor id of the publisher.'),
  published: EdtfSchema.describe('Publication date, EDTF, at the precision that can be supported.'),
  url: HttpUrlSchema.optional(),
  language: LanguageTagSchema,
  rights: z.string().min(1).describe('A plain statement of who owns the text.'),
  replacedBy: ref('sources').optional(),
}

/**
 * A span of a source text with its kind: the title, the image credit, each body paragraph…
 * `anchor` is stable (`body-3` is the third body paragraph) so citations can link to it.
 */
export const SourcePartSchema = z
  .strictObject({
    kind: z.enum(SOURCE_PART_KINDS),
    anchor: z
      .string()
      .regex(/^[a-z-]+-?\d*$/)
      .describe('Stable fragment id: title, image-credit, body-1 … body-9, disclaimer, …'),
    start: z.int().nonnegative(),
    end: z.int().positive(),
  })
  .meta({ id: 'SourcePart' })

/** A span of a source text: its kind, a stable anchor and its UTF-16 offsets. */
export type SourcePart = z.output<typeof SourcePartSchema>

/**
 * The SHA-256 of a text encoded as UTF-8, as lowercase hex: what a source's `textSha256` holds.
 * Synchronous and the same in Node and browsers.
 *
 * @example
 * ```ts
 * textSha256(source.text) === source.textSha256 // true for every shipped source
 * ```
 */
export function textSha256(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text)))
}

/**
 * A source as shipped: metadata, the verbatim text, its SHA-256 and the spans of its parts.
 *
 * @example
 * ```ts
 * const body = source.parts.filter((p) => p.kind === 'body').map((p) => source.text.slice(p.start, p.end))
 * ```
 */
export const SourceSchema = z
  .strictObject({
    ...sourceFields,
    text: z.string().min(1).describe('The text, verbatim.'),
    textSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256')
      .describe(
        'SHA-256 of the text encoded as UTF-8, so a quote holder can tell whether the text changed.',
      ),
    parts: z.array(SourcePartSchema).min(1),
  })
  .superRefine(
    (source, ctx) => {
      // Offsets into the text and its hash are what quote holders and the reader rely on: a part
      // past the end, parts out of order or a stale hash would render or verify the wrong text.
      const issue = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message })
      const { length } = source.text
      let previousEnd = 0
      const anchors = new Map<string, number>()
      for (const [i, part] of source.parts.entries()) {
        const at = (field: keyof SourcePart, message: string) => issue(['parts', i, field], message)
        if (part.end <= part.start) at('end', `must be greater than start (${part.start})`)
        if (part.end > length)
          at('end', `is past the end of the text, which is ${length} UTF-16 code units long`)
        if (part.start < previousEnd)
          at(
            'start',
            `overlaps the part before it, which ends at ${previousEnd}: parts follow the text in order`,
          )
        previousEnd = Math.max(previousEnd, part.end)
        // One pass: a source's parts are unbounded, so no rescan of them per part.
        const first = anchors.get(part.anchor)
        if (first === undefined) anchors.set(part.anchor, i)
        else at('anchor', `is also the anchor of parts[${first}]: anchors must be unique`)
      }
      const actual = textSha256(source.text)
      if (source.textSha256 !== actual)
        issue(
          ['textSha256'],
          `does not match the text, whose SHA-256 is ${actual}: the text changed after the hash was computed`,
        )
    },
    // Only on a well-formed source: checking the offsets of a missing text would repeat its problem.
    { when: (payload) => payload.issues.length === 0 },
  )
  .meta({
    id: 'Source',
    description: 'A source text with its metadata and the spans of its parts.',
  })

/** A source as shipped in the dataset. */
export type Source = z.output<typeof SourceSchema>

/**
 * A source as authored: metadata, the name of the text file beside the content, and one part
 * kind per block of the text (blocks are separated by blank lines).
 */
export const SourceInputSchema = z
  .strictObject({
    ...sourceFields,
    textFile: z
      .string()
      .regex(/^[\w.-]+\.txt$/, 'must be the name of a .txt file in packages/data/sources/'),
    parts: z
      .array(z.enum(SOURCE_PART_KINDS))
      .min(1)
      .describe('One part kind per block of the text, in order.'),
  })
  .meta({ id: 'SourceInput', description: 'A source as authored in content/sources/<id>.yaml.' })

/** A source as authored in content files. */
export type SourceInput = z.input<typeof SourceInputSchema>
