/** Record ids, references to them, and the shared small types every collection uses. */
import { z } from 'zod'
import type { CollectionName } from './vocabulary.js'

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
  .describe(
    'Lowercase kebab-case id, unique within its collection and never changed once released.',
  )

/**
 * The registry that marks an id field as a reference: its metadata names the collection the id
 * refers to. `validateDataset`'s reference check, the typed records of {@link WithIds} and the
 * data package's CSV columns all read it, so a reference is declared once, with {@link ref}.
 */
export const references = z.registry<{ collection: CollectionName }>()

/**
 * An id schema that refers to a record of `collection`. Type-only marker: the collection it
 * carries is what {@link WithIds} maps to that collection's id type.
 */
export type RefSchema<C extends CollectionName> = typeof IdSchema & { readonly '~ref': C }

/**
 * Declares a reference: the id of a record of `collection`, in the spirit of Astro's
 * `reference('authors')`. Metadata added later with `.meta()` keeps the reference (zod's
 * registries inherit through clones).
 *
 * @example
 * ```ts
 * const PatronSchema = z.object({ id: IdSchema, patron: ref('actors') })
 * type Shipped = WithIds<typeof PatronSchema, { actors: 'russia' } & IdTypes> // { patron: 'russia', … }
 * ```
 */
export const ref = <C extends CollectionName>(collection: C): RefSchema<C> =>
  IdSchema.describe(`Id of a record of ${collection}.`).register(references, {
    collection,
  }) as RefSchema<C>

/**
 * The id type of each collection: `string` for any dataset, a union of literal ids for a
 * shipped one.
 */
export type IdTypes = { readonly [C in CollectionName]: string }

/**
 * The output type of a schema with every reference typed by its collection's ids in `I`: given
 * the shipped id unions, `WithIds<typeof ClaimSchema, ShippedIds>['claimant']` is the union of
 * shipped actor ids. With `string` for every collection it is `z.output` of the schema.
 */
export type WithIds<S, I extends IdTypes> =
  S extends RefSchema<infer C>
    ? I[C]
    : S extends z.ZodOptional<infer T>
      ? WithIds<T, I> | undefined
      : S extends z.ZodDefault<infer T>
        ? WithIds<T, I>
        : S extends z.ZodArray<infer T>
          ? WithIds<T, I>[]
          : S extends z.ZodObject<infer Shape>
            ? // Mapped over the output's keys, so a field zod makes optional stays optional.
              { [K in keyof z.output<S>]: K extends keyof Shape ? WithIds<Shape[K], I> : never }
            : z.output<S>

/** A URL that a browser may follow: only `http:` and `https:`, written in ASCII (percent-encoded). */
export const HttpUrlSchema = z
  .url({ protocol: /^https?$/, error: 'must be an http: or https: URL' })
  // JSON Schema's `uri` format refuses non-ASCII (an IRI), so the build must refuse it too.
  .refine((url) => /^[\x21-\x7e]+$/.test(url), {
    message: 'must be ASCII: percent-encode other characters (ğ is %C4%9F)',
    when: (payload) => payload.issues.length === 0,
  })
  .describe('An http: or https: URL, in ASCII (other characters percent-encoded).')

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
  .strictObject({
    title: z.string().min(1).describe('The title as the cited page gives it.'),
    url: HttpUrlSchema,
    publisher: z.string().min(1).optional(),
    accessed: IsoDaySchema.optional().describe('The day the document was consulted.'),
  })
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
  .describe('BCP 47 language tag.')

/**
 * One name of an actor or place, in one language, with the actors whose usage it is.
 *
 * @example
 * ```ts
 * const khankendi: Name = { text: 'Xankəndi', lang: 'az', usedBy: ['azerbaijan'] }
 * ```
 */
export const NameSchema = z
  .strictObject({
    text: z.string().min(1),
    lang: LanguageTagSchema,
    usedBy: z
      .array(ref('actors'))
      .optional()
      .describe('Actor ids whose usage this name is, where it is one side’s usage.'),
  })
  .meta({ id: 'Name', description: 'A name as written, its BCP 47 language, and who uses it.' })

/** One name of an actor or place, in one language. */
export type Name = z.output<typeof NameSchema>

/** A Wikidata item id such as `Q227`. */
export const WikidataIdSchema = z
  .string()
  .regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id such as Q227')
