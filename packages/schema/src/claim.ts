/** Claims: one assertion each, with who makes it, how sure, about what, and the exact words. */
import { z } from 'zod'
import { IdSchema, ref } from './id.js'
import { QuoteInputSchema, QuoteSchema } from './quote.js'
import { CLAIM_KINDS, LIKELIHOOD_TERMS, RELATION_PREDICATES } from './vocabulary.js'

/** The hedge of a claim: the exact cue words and the PHIA band they map to. */
export const LikelihoodSchema = z
  .strictObject({
    term: z.enum(LIKELIHOOD_TERMS).describe('Band of the UK PHIA probability yardstick.'),
    cue: z
      .string()
      .min(1)
      .describe('The exact hedge words in the quote, e.g. "likely to", "a dim prospect".'),
  })
  .meta({ id: 'Likelihood' })

/** The hedge of a claim. */
export type Likelihood = z.output<typeof LikelihoodSchema>

/** A number a claim carries: a `value`, or a `low`–`high` range, with a unit. */
export const QuantitySchema = z
  .union([
    z.strictObject({ value: z.number(), unit: z.string().min(1) }),
    z
      .strictObject({ low: z.number(), high: z.number(), unit: z.string().min(1) })
      .refine((q) => q.low <= q.high, { message: 'low must not exceed high', path: ['high'] }),
  ])
  .meta({ id: 'Quantity', description: '{ value, unit } or { low, high, unit }.' })

/** A number a claim carries. */
export type Quantity = z.output<typeof QuantitySchema>

/** A tie between two actors that a claim states. */
export const RelationSchema = z
  .strictObject({
    subject: ref('actors'),
    predicate: z.enum(RELATION_PREDICATES),
    object: ref('actors'),
  })
  .meta({ id: 'Relation' })

/** A tie between two actors. */
export type Relation = z.output<typeof RelationSchema>

/** What a claim is about, by id. */
export const AboutSchema = z
  .strictObject({
    actors: z.array(ref('actors')).default([]),
    events: z.array(ref('events')).default([]),
    places: z.array(ref('places')).default([]),
  })
  .meta({ id: 'About' })

const claimFields = {
  id: IdSchema,
  statement: z
    .string()
    .min(1)
    .describe('A neutral one-sentence paraphrase that keeps who says it and the hedge.'),
  kind: z.enum(CLAIM_KINDS),
  claimant: ref('actors').describe('Actor id whose claim it is (the author for his own).'),
  reportedBy: ref('actors')
    .optional()
    .describe('Actor id who reports it, when the claimant is someone else.'),
  about: AboutSchema.default({ actors: [], events: [], places: [] }),
  likelihood: LikelihoodSchema.optional(),
  quantity: QuantitySchema.optional(),
  relation: RelationSchema.optional(),
  disputes: z.array(ref('claims')).default([]).describe('Claim ids this claim contradicts.'),
  supports: z.array(ref('claims')).default([]).describe('Claim ids this claim argues for.'),
  topics: z.array(ref('topics')).default([]),
  replacedBy: ref('claims').optional(),
}

type ClaimLike = { quote: string | { exact: string }; likelihood?: { cue: string } | undefined }
const exactOf = (q: ClaimLike['quote']) => (typeof q === 'string' ? q : q.exact)
// Whole words only, so that the cue "likely" is not found inside "unlikely".
const containsWords = (text: string, words: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'iu',
  ).test(text)
const claimRules = <S extends z.ZodObject & z.ZodType<ClaimLike>>(schema: S) =>
  schema.refine((c) => !c.likelihood || containsWords(exactOf(c.quote), c.likelihood.cue), {
    message: 'the likelihood cue must be words that appear in the quote',
    path: ['likelihood', 'cue'],
  })

/**
 * A claim as shipped: one assertion, its exact quote, its kind, whose it is, what it is about,
 * and its hedge, number, relation and links to other claims.
 *
 * @example
 * ```ts
 * const c: Claim = { id: 'border-likely-unstable', kind: 'forecast', claimant: 'nick-reynolds',
 *   likelihood: { term: 'likely', cue: 'likely to' }, … }
 * ```
 */
export const ClaimSchema = claimRules(z.strictObject({ ...claimFields, quote: QuoteSchema })).meta({
  id: 'Claim',
  description: 'One assertion with its exact quote, kind, claimant and hedge.',
})

/** A claim as shipped in the dataset. */
export type Claim = z.output<typeof ClaimSchema>

/** A claim as authored: the quote as exact words. */
export const ClaimInputSchema = claimRules(
  z.strictObject({ ...claimFields, quote: QuoteInputSchema }),
).meta({ id: 'ClaimInput' })

/** A claim as authored in content files. */
export type ClaimInput = z.input<typeof ClaimInputSchema>
