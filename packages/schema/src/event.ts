/** Events: what happened, when (EDTF, keeping the uncertainty), who took part and where. */
import { z } from 'zod'
import { EdtfBoundsSchema, EdtfSchema } from './edtf.js'
import { CitationSchema, IdSchema, ref } from './id.js'
import { QuoteInputSchema, QuoteSchema } from './quote.js'
import { BASES, EVENT_KINDS, PARTICIPANT_ROLES } from './vocabulary.js'

/** An actor's part in an event. */
export const ParticipantSchema = z
  .strictObject({ actor: ref('actors'), role: z.enum(PARTICIPANT_ROLES) })
  .meta({ id: 'Participant' })

/** An actor's part in an event. */
export type Participant = z.output<typeof ParticipantSchema>

const eventFields = {
  id: IdSchema,
  kind: z.enum(EVENT_KINDS),
  title: z.string().min(1),
  summary: z.string().min(1).describe('One neutral sentence.'),
  date: EdtfSchema,
  participants: z.array(ParticipantSchema).default([]),
  places: z.array(ref('places')).default([]),
  topics: z.array(ref('topics')).default([]),
  basis: z
    .enum(BASES)
    .describe(
      'source: the text supports every field; context: something comes from a cited document.',
    ),
  citations: z.array(CitationSchema).default([]),
  replacedBy: ref('events').optional(),
}

type EventLike = { basis: 'source' | 'context'; citations: unknown[]; mentions: unknown[] }
const eventRules = <S extends z.ZodObject & z.ZodType<EventLike>>(schema: S) =>
  schema
    .refine((e) => e.basis !== 'context' || e.citations.length > 0, {
      message: 'a context event must cite at least one public document (citations)',
      path: ['citations'],
    })
    .refine((e) => e.basis !== 'source' || e.mentions.length > 0, {
      message: 'an event based on the source must quote it at least once (mentions)',
      path: ['mentions'],
    })

/**
 * An event as shipped. `date` is EDTF and keeps its uncertainty; `bounds` are the earliest and
 * latest days it may denote (computed at build) for sorting and range queries.
 *
 * @example
 * ```ts
 * const e: Event = { id: 'war-2020', kind: 'war', date: '2020-09-27/2020-11-10',
 *   bounds: { earliest: '2020-09-27', latest: '2020-11-10' }, basis: 'context', … }
 * ```
 */
export const EventSchema = eventRules(
  z.strictObject({
    ...eventFields,
    bounds: EdtfBoundsSchema,
    mentions: z.array(QuoteSchema).default([]),
  }),
).meta({
  id: 'Event',
  description: 'An event with an EDTF date, participants, places and provenance.',
})

/** An event as shipped in the dataset. */
export type Event = z.output<typeof EventSchema>

/** An event as authored: no bounds (computed), mentions as exact words. */
export const EventInputSchema = eventRules(
  z.strictObject({ ...eventFields, mentions: z.array(QuoteInputSchema).default([]) }),
).meta({ id: 'EventInput' })

/** An event as authored in content files. */
export type EventInput = z.input<typeof EventInputSchema>
