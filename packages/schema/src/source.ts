/** Sources: the texts that records quote, with their metadata and the spans of their parts. */
import { z } from 'zod'
import { EdtfSchema } from './edtf.js'
import { HttpUrlSchema, IdSchema, LanguageTagSchema } from './id.js'
import { SOURCE_KINDS, SOURCE_PART_KINDS } from './vocabulary.js'

const sourceFields = {
  id: IdSchema,
  kind: z.enum(SOURCE_KINDS),
  title: z.string().min(1),
  authors: z.array(IdSchema).min(1).meta({ description: 'Actor ids of the authors.' }),
  publisher: IdSchema.meta({ description: 'Actor id of the publisher.' }),
  published: EdtfSchema.meta({
    description: 'Publication date, EDTF, at the precision that can be supported.',
  }),
  url: HttpUrlSchema.optional(),
  language: z.string().min(2).meta({ description: 'BCP 47 language tag of the text.' }),
  rights: z.string().min(1).meta({ description: 'A plain statement of who owns the text.' }),
  replacedBy: IdSchema.optional(),
}

/**
 * A span of a source text with its kind: the title, the image credit, each body paragraph…
 * `anchor` is stable (`body-3` is the third body paragraph) so citations can link to it.
 */
export const SourcePartSchema = z
  .object({
    kind: z.enum(SOURCE_PART_KINDS),
    anchor: z
      .string()
      .regex(/^[a-z-]+-?\d*$/)
      .meta({
        description: 'Stable fragment id: title, image-credit, body-1 … body-9, disclaimer, …',
      }),
    start: z.int().nonnegative(),
    end: z.int().positive(),
  })
  .strict()
  .meta({ id: 'SourcePart' })

/** A span of a source text: its kind, a stable anchor and its UTF-16 offsets. */
export type SourcePart = z.output<typeof SourcePartSchema>

/**
 * A source as shipped: metadata, the verbatim text, its SHA-256 and the spans of its parts.
 *
 * @example
 * ```ts
 * const body = source.parts.filter((p) => p.kind === 'body').map((p) => source.text.slice(p.start, p.end))
 * ```
 */
export const SourceSchema = z
  .object({
    ...sourceFields,
    language: LanguageTagSchema,
    text: z.string().min(1).meta({ description: 'The text, verbatim.' }),
    textSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256')
      .meta({
        description:
          'SHA-256 of the text encoded as UTF-8, so a quote holder can tell whether the text changed.',
      }),
    parts: z.array(SourcePartSchema).min(1),
  })
  .strict()
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
  .object({
    ...sourceFields,
    language: LanguageTagSchema,
    textFile: z
      .string()
      .regex(/^[\w.-]+\.txt$/, 'must be the name of a .txt file in packages/data/sources/'),
    parts: z
      .array(z.enum(SOURCE_PART_KINDS))
      .min(1)
      .meta({ description: 'One part kind per block of the text, in order.' }),
  })
  .strict()
  .meta({ id: 'SourceInput', description: 'A source as authored in content/sources/<id>.yaml.' })

/** A source as authored in content files. */
export type SourceInput = z.input<typeof SourceInputSchema>
