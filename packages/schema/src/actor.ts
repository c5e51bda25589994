/** Actors: states, governments, people, organisations, forces and groups the source names. */
import { z } from 'zod'
import { IdSchema, NameSchema, ref, WikidataIdSchema } from './id.js'
import { QuoteInputSchema, QuoteSchema } from './quote.js'
import { ACTOR_KINDS } from './vocabulary.js'

const actorFields = {
  id: IdSchema,
  kind: z.enum(ACTOR_KINDS),
  name: z.string().min(1).describe('English display name, chosen by the naming policy.'),
  names: z.array(NameSchema).default([]).describe('Names in other languages or usages.'),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().min(1).describe('One neutral sentence.'),
  wikidata: WikidataIdSchema.optional().describe('Wikidata QID, only when certain.'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as AZ')
    .optional(),
  memberOf: z.array(ref('actors')).default([]).describe('Actor ids this actor belongs to.'),
  replacedBy: ref('actors').optional().describe('The id that replaces this one, when renamed.'),
}

/**
 * An actor as shipped: a state, government, person, organisation, armed force, party, group…
 *
 * @example
 * ```ts
 * const pashinyan: Actor = {
 *   id: 'nikol-pashinyan', kind: 'person', name: 'Nikol Pashinyan', names: [], aliases: ['Pashinyan'],
 *   description: 'Prime Minister of Armenia.', wikidata: 'Q7035479', country: 'AM', memberOf: [], mentions: [],
 * }
 * ```
 */
export const ActorSchema = z
  .strictObject({ ...actorFields, mentions: z.array(QuoteSchema).default([]) })
  .meta({ id: 'Actor', description: 'A state, government, person, organisation, force or group.' })

/** An actor as shipped in the dataset. */
export type Actor = z.output<typeof ActorSchema>

/** An actor as authored: mentions are exact words, offsets are computed at build. */
export const ActorInputSchema = ActorSchema.extend({
  mentions: z.array(QuoteInputSchema).default([]),
}).meta({ id: 'ActorInput' })

/** An actor as authored in content files. */
export type ActorInput = z.input<typeof ActorInputSchema>
