/** Topics: the themes a reader filters claims and events by. */
import { z } from 'zod'
import { IdSchema, ref } from './id.js'

/**
 * A theme a reader filters by (landmines, prisoners of war, mediation…).
 *
 * @example
 * ```ts
 * const t: Topic = { id: 'landmines', name: 'Landmines', description: 'Mines laid in the conflict and demining.' }
 * ```
 */
export const TopicSchema = z
  .strictObject({
    id: IdSchema,
    name: z.string().min(1),
    description: z.string().min(1),
    replacedBy: ref('topics').optional(),
  })
  .meta({ id: 'Topic', description: 'A theme a reader filters by.' })

/** A topic. Authored and shipped forms are the same. */
export type Topic = z.output<typeof TopicSchema>

/** A topic as authored in content files (the shipped form, defaults not yet filled). */
export type TopicInput = z.input<typeof TopicSchema>
