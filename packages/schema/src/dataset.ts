/** The dataset as a whole, and `validateDataset`: shape first, then ids and references. */
import { z } from 'zod'
import { ActorSchema } from './actor.js'
import { ClaimSchema } from './claim.js'
import { parseEdtf } from './edtf.js'
import { type Event, EventSchema } from './event.js'
import { PlaceSchema } from './place.js'
import { describeIssues, type Problem } from './problem.js'
import { SourceSchema } from './source.js'
import { TopicSchema } from './topic.js'
import { COLLECTIONS, type CollectionName } from './vocabulary.js'

/** The record schema of each collection. */
export const RECORD_SCHEMAS = {
  sources: SourceSchema,
  actors: ActorSchema,
  places: PlaceSchema,
  topics: TopicSchema,
  events: EventSchema,
  claims: ClaimSchema,
} as const

/**
 * The whole dataset: one array of records per collection.
 *
 * @example
 * ```ts
 * DatasetSchema.parse({ sources: [], actors: [], places: [], topics: [], events: [], claims: [] })
 * ```
 */
export const DatasetSchema = z
  .object({
    sources: z.array(SourceSchema),
    actors: z.array(ActorSchema),
    places: z.array(PlaceSchema),
    topics: z.array(TopicSchema),
    events: z.array(EventSchema),
    claims: z.array(ClaimSchema),
  })
  .strict()
  .meta({
    id: 'Dataset',
    description: 'The whole dataset: sources, actors, places, topics, events and claims.',
  })

/** The whole dataset. */
export type Dataset = z.output<typeof DatasetSchema>

/** The result of {@link validateDataset}: the typed dataset, or every problem found. */
export type ValidationResult =
  | { ok: true; dataset: Dataset; problems: [] }
  | { ok: false; problems: Problem[] }

type AnyRecord = Record<string, unknown>
const idOf = (record: unknown, index: number) =>
  record && typeof record === 'object' && typeof (record as AnyRecord).id === 'string'
    ? ((record as AnyRecord).id as string)
    : `#${index}`

/**
 * Validates any value as a dataset and returns either the typed dataset or every problem found,
 * each with its collection, record id, field path and a plain-language message. It checks each
 * record's shape first, then, over everything, that ids are unique, that every reference
 * resolves and that every quote matches its source text at its offsets. Events without `bounds`
 * get them computed from their EDTF `date`.
 *
 * @example
 * ```ts
 * const result = validateDataset(JSON.parse(await readFile('my-dataset.json', 'utf8')))
 * if (!result.ok) for (const p of result.problems) console.error(formatProblem(p))
 * else console.log(result.dataset.claims.length)
 * ```
 */
export function validateDataset(input: unknown): ValidationResult {
  const problems: Problem[] = []
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      problems: [
        {
          collection: 'sources',
          id: '#dataset',
          path: [],
          message: 'the dataset must be an object with one list per collection',
        },
      ],
    }
  }
  const raw = input as AnyRecord
  const dataset: AnyRecord = {}
  const invalid: Partial<Record<CollectionName, Set<string>>> = {}
  for (const collection of COLLECTIONS) {
    const records = raw[collection]
    if (!Array.isArray(records)) {
      problems.push({
        collection,
        id: '#collection',
        path: [],
        message: `the dataset needs a list of ${collection} (got ${records === undefined ? 'nothing' : typeof records})`,
      })
      continue
    }
    const parsed: unknown[] = []
    records.forEach((record, index) => {
      const withBounds = collection === 'events' ? addBounds(record) : record
      const result = RECORD_SCHEMAS[collection].safeParse(withBounds, { reportInput: true })
      if (result.success) {
        parsed.push(result.data)
        if (collection === 'events') problems.push(...boundsProblems(result.data as Event))
      } else {
        const id = idOf(record, index)
        invalid[collection] ??= new Set()
        invalid[collection].add(id)
        for (const issue of describeIssues(result.error.issues))
          problems.push({ collection, id, ...issue })
      }
    })
    dataset[collection] = parsed
  }
  for (const key of Object.keys(raw)) {
    if (!(COLLECTIONS as readonly string[]).includes(key) && key !== '$schema' && key !== 'meta') {
      problems.push({
        collection: 'sources',
        id: '#dataset',
        path: [key],
        message: `is not a collection of the dataset (expected ${COLLECTIONS.join(', ')})`,
      })
    }
  }
  problems.push(...checkReferences(dataset as Dataset, invalid))
  return problems.length
    ? { ok: false, problems }
    : { ok: true, dataset: dataset as Dataset, problems: [] }
}

// Bounds given with an event must be the bounds of its date: queries trust them.
function boundsProblems(event: Event): Problem[] {
  const expected = parseEdtf(event.date)
  if (
    !expected ||
    (expected.earliest === event.bounds.earliest && expected.latest === event.bounds.latest)
  )
    return []
  return [
    {
      collection: 'events',
      id: event.id,
      path: ['bounds'],
      message: `do not match the date ${event.date} (expected earliest ${expected.earliest ?? 'null'}, latest ${expected.latest ?? 'null'}); omit bounds to have them computed`,
    },
  ]
}

function addBounds(record: unknown): unknown {
  if (!record || typeof record !== 'object') return record
  const r = record as AnyRecord
  if (r.bounds !== undefined) return record
  // A missing or invalid date is reported on `date`; placeholder bounds keep the record from
  // also reporting the bounds it could not get as missing.
  const bounds = typeof r.date === 'string' ? parseEdtf(r.date) : undefined
  return { ...r, bounds: bounds ?? { earliest: null, latest: null } }
}

/**
 * The second pass of validation, over records whose shape is valid: unique ids per collection,
 * references that resolve to a record of the right collection, claims that do not support or
 * dispute themselves, and quotes whose offsets match their source text. `invalid` holds the ids
 * of records that exist but failed their shape check: references to them are not reported as
 * references to records that do not exist.
 *
 * @example
 * ```ts
 * checkReferences({ ...dataset, claims: [{ ...claim, claimant: 'nobody' }] })
 * // [{ collection: 'claims', id: claim.id, path: ['claimant'], message: 'refers to actors/nobody, which does not exist' }]
 * ```
 */
export function checkReferences(
  dataset: Partial<Dataset>,
  invalid: Partial<Record<CollectionName, ReadonlySet<string>>> = {},
): Problem[] {
  const problems: Problem[] = []
  const ids = {} as Record<CollectionName, Set<string>>
  for (const collection of COLLECTIONS) {
    const seen = new Set<string>()
    for (const record of dataset[collection] ?? []) {
      if (seen.has(record.id))
        problems.push({
          collection,
          id: record.id,
          path: ['id'],
          message: `is used by more than one record of ${collection}: ids must be unique`,
        })
      seen.add(record.id)
    }
    ids[collection] = seen
  }
  const sourceText = new Map((dataset.sources ?? []).map((s) => [s.id, s.text]))

  const ref = (
    collection: CollectionName,
    id: string,
    path: (string | number)[],
    target: CollectionName,
    value: string | undefined,
  ) => {
    if (value !== undefined && !ids[target].has(value) && !invalid[target]?.has(value))
      problems.push({
        collection,
        id,
        path,
        message: `refers to ${target}/${value}, which does not exist`,
      })
  }
  const refs = (
    collection: CollectionName,
    id: string,
    path: (string | number)[],
    target: CollectionName,
    values: readonly string[],
  ) => {
    for (const [i, v] of values.entries()) ref(collection, id, [...path, i], target, v)
  }
  const quote = (
    collection: CollectionName,
    id: string,
    path: (string | number)[],
    q: { source: string; exact: string; start: number; end: number },
  ) => {
    const text = sourceText.get(q.source)
    if (text === undefined) {
      ref(collection, id, [...path, 'source'], 'sources', q.source)
      return
    }
    if (text.slice(q.start, q.end) !== q.exact)
      problems.push({
        collection,
        id,
        path: [...path, 'exact'],
        message: `does not match the source text at ${q.start}–${q.end}`,
      })
  }
  const names = (
    collection: CollectionName,
    id: string,
    list: readonly { usedBy?: string[] | undefined }[],
  ) => {
    for (const [i, n] of list.entries())
      refs(collection, id, ['names', i, 'usedBy'], 'actors', n.usedBy ?? [])
  }

  for (const s of dataset.sources ?? []) {
    refs('sources', s.id, ['authors'], 'actors', s.authors)
    ref('sources', s.id, ['publisher'], 'actors', s.publisher)
    ref('sources', s.id, ['replacedBy'], 'sources', s.replacedBy)
  }
  for (const a of dataset.actors ?? []) {
    refs('actors', a.id, ['memberOf'], 'actors', a.memberOf)
    ref('actors', a.id, ['replacedBy'], 'actors', a.replacedBy)
    names('actors', a.id, a.names)
    for (const [i, q] of a.mentions.entries()) quote('actors', a.id, ['mentions', i], q)
  }
  for (const p of dataset.places ?? []) {
    ref('places', p.id, ['within'], 'places', p.within)
    if (p.within === p.id)
      problems.push({
        collection: 'places',
        id: p.id,
        path: ['within'],
        message: 'a place cannot lie within itself',
      })
    ref('places', p.id, ['replacedBy'], 'places', p.replacedBy)
    names('places', p.id, p.names)
    for (const [i, q] of p.mentions.entries()) quote('places', p.id, ['mentions', i], q)
  }
  for (const t of dataset.topics ?? []) ref('topics', t.id, ['replacedBy'], 'topics', t.replacedBy)
  for (const e of dataset.events ?? []) {
    for (const [i, p] of e.participants.entries())
      ref('events', e.id, ['participants', i, 'actor'], 'actors', p.actor)
    refs('events', e.id, ['places'], 'places', e.places)
    refs('events', e.id, ['topics'], 'topics', e.topics)
    ref('events', e.id, ['replacedBy'], 'events', e.replacedBy)
    for (const [i, q] of e.mentions.entries()) quote('events', e.id, ['mentions', i], q)
  }
  for (const c of dataset.claims ?? []) {
    ref('claims', c.id, ['claimant'], 'actors', c.claimant)
    ref('claims', c.id, ['reportedBy'], 'actors', c.reportedBy)
    refs('claims', c.id, ['about', 'actors'], 'actors', c.about.actors)
    refs('claims', c.id, ['about', 'events'], 'events', c.about.events)
    refs('claims', c.id, ['about', 'places'], 'places', c.about.places)
    if (c.relation) {
      ref('claims', c.id, ['relation', 'subject'], 'actors', c.relation.subject)
      ref('claims', c.id, ['relation', 'object'], 'actors', c.relation.object)
    }
    refs('claims', c.id, ['disputes'], 'claims', c.disputes)
    refs('claims', c.id, ['supports'], 'claims', c.supports)
    refs('claims', c.id, ['topics'], 'topics', c.topics)
    ref('claims', c.id, ['replacedBy'], 'claims', c.replacedBy)
    for (const field of ['disputes', 'supports'] as const) {
      const self = c[field].indexOf(c.id)
      if (self >= 0)
        problems.push({
          collection: 'claims',
          id: c.id,
          path: [field, self],
          message: `a claim cannot ${field === 'disputes' ? 'dispute' : 'support'} itself`,
        })
    }
    quote('claims', c.id, ['quote'], c.quote)
  }
  return problems
}
