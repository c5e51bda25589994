/** Topics: the themes a reader filters claims and events by. */
import { z } from 'zod'
import { IdSchema } from './id.js'

/**
 * A theme a reader filters by (landmines, prisoners of war, mediation…).
 *
 * @example
 * ```ts
 * const t: Topic = { id: 'landmines', name: 'Landmines', description: 'Mines laid in the conflict and demining.' }
 * ```
 */
export const TopicSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    description: z.string().min(1),
    replacedBy: IdSchema.optional(),
  })
  .strict()
  .meta({ id: 'Topic', description: 'A theme a reader filters by.' })

/** A topic. Authored and shipped forms are the same. */
export type Topic = z.output<typeof TopicSchema>

/** A topic as authored (identical to the shipped form). */
export const TopicInputSchema = TopicSchema
/** A topic as authored in content files. */
export type TopicInput = z.input<typeof TopicInputSchema>
