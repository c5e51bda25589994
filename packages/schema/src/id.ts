/** Record ids and the shared small types every collection uses. */
import { z } from 'zod'

/**
 * A record id: lowercase kebab-case, unique within its collection, stable once released.
 *
 * @example
 * ```ts
 * IdSchema.parse('nick-reynolds') // 'nick-reynolds'
 * IdSchema.safeParse('Nick_Reynolds').success // false
 * ```
 */
export const IdSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lowercase kebab-case (letters, digits and single hyphens)',
  )
  .meta({
    description:
      'Lowercase kebab-case id, unique within its collection and never changed once released.',
  })

/** A URL that a browser may follow: only `http:` and `https:` are allowed. */
export const HttpUrlSchema = z
  .url({ protocol: /^https?$/, error: 'must be an http: or https: URL' })
  .meta({ description: 'An http: or https: URL.' })

/** A calendar day, `YYYY-MM-DD`. */
export const IsoDaySchema = z.iso.date({ error: 'must be a calendar day written YYYY-MM-DD' })

/**
 * A public document cited for a fact that the source text does not contain.
 *
 * @example
 * ```ts
 * const c: Citation = { title: 'OSCE Minsk Group', url: 'https://en.wikipedia.org/wiki/OSCE_Minsk_Group', publisher: 'Wikipedia' }
 * ```
 */
export const CitationSchema = z
  .object({
    title: z.string().min(1).meta({ description: 'The title as the cited page gives it.' }),
    url: HttpUrlSchema,
    publisher: z.string().min(1).optional(),
    accessed: IsoDaySchema.optional().meta({ description: 'The day the document was consulted.' }),
  })
  .strict()
  .meta({
    id: 'Citation',
    description: 'A public document cited for context that the source does not contain.',
  })

/** A public document cited for a context fact. */
export type Citation = z.output<typeof CitationSchema>

/** A BCP 47 language tag such as `en`, `hy`, `az`, `hy-Latn` or `en-GB`. */
export const LanguageTagSchema = z
  .string()
  .regex(
    /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/,
    'must be a BCP 47 language tag such as en, hy, az-Latn or en-GB',
  )
  .meta({ description: 'BCP 47 language tag.' })

/**
 * One name of an actor or place, in one language, with the actors whose usage it is.
 *
 * @example
 * ```ts
 * const khankendi: Name = { text: 'Xankəndi', lang: 'az', usedBy: ['azerbaijan'] }
 * ```
 */
export const NameSchema = z
  .object({
    text: z.string().min(1),
    lang: LanguageTagSchema,
    usedBy: z
      .array(IdSchema)
      .optional()
      .meta({ description: 'Actor ids whose usage this name is, where it is one side’s usage.' }),
  })
  .strict()
  .meta({ id: 'Name', description: 'A name as written, its BCP 47 language, and who uses it.' })

/** One name of an actor or place, in one language. */
export type Name = z.output<typeof NameSchema>

/** A Wikidata item id such as `Q227`. */
export const WikidataIdSchema = z
  .string()
  .regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id such as Q227')
