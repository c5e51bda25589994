/** The registry of collections, the dataset as a whole, and `validateDataset`. */
import { z } from 'zod'
import { ActorInputSchema, ActorSchema } from './actor.js'
import { ClaimInputSchema, ClaimSchema } from './claim.js'
import { parseEdtf } from './edtf.js'
import { EventInputSchema, EventSchema } from './event.js'
import { type IdTypes, references, type WithIds } from './id.js'
import { PlaceInputSchema, PlaceSchema } from './place.js'
import { describeIssues, issuesOf, type Problem } from './problem.js'
import type { Quote } from './quote.js'
import { SourceInputSchema, SourceSchema } from './source.js'
import { TopicSchema } from './topic.js'
import { COLLECTIONS, type CollectionName } from './vocabulary.js'

/**
 * Every collection, once: its record schema as shipped (`schema`), as a content editor writes it
 * (`input`) and the name of its record type (`type`). The dataset schema, `validateDataset`, the
 * data compiler and its declarations are derived from it.
 *
 * @example
 * ```ts
 * COLLECTION_SCHEMAS.claims.schema.shape.claimant // the claimant's id schema
 * ```
 */
export const COLLECTION_SCHEMAS = {
  sources: { schema: SourceSchema, input: SourceInputSchema, type: 'Source' },
  actors: { schema: ActorSchema, input: ActorInputSchema, type: 'Actor' },
  places: { schema: PlaceSchema, input: PlaceInputSchema, type: 'Place' },
  topics: { schema: TopicSchema, input: TopicSchema, type: 'Topic' },
  events: { schema: EventSchema, input: EventInputSchema, type: 'Event' },
  claims: { schema: ClaimSchema, input: ClaimInputSchema, type: 'Claim' },
} as const satisfies Record<CollectionName, { schema: z.ZodObject; input: z.ZodType; type: string }>

type Schemas = typeof COLLECTION_SCHEMAS

/**
 * A record of collection `C` with its id and every reference typed by the id types `I`: the
 * data package ships `RecordWithIds<'claims', ShippedIds>` as `ShippedClaim`.
 */
export type RecordWithIds<C extends CollectionName, I extends IdTypes> = {
  [K in keyof WithIds<Schemas[C]['schema'], I>]: K extends 'id'
    ? I[C]
    : WithIds<Schemas[C]['schema'], I>[K]
}

/** A dataset whose every record and reference is typed by the id types `I`. */
export type DatasetWithIds<I extends IdTypes> = { [C in CollectionName]: RecordWithIds<C, I>[] }

const Count = z.int().nonnegative()
type Counts = { [C in CollectionName]: typeof Count }

/** Dataset-level metadata the data package ships beside the records (`dataset.json`'s `meta`). */
export const DatasetMetaSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    sources: z.array(z.object({ id: z.string(), title: z.string(), textSha256: z.string() })),
    counts: z.object(Object.fromEntries(COLLECTIONS.map((c) => [c, Count])) as Counts),
    coverage: z.object({ units: Count, covered: Count }),
  })
  .meta({ id: 'DatasetMeta', description: 'Package version, sources and their hashes, counts.' })

/** Dataset-level metadata: package version, sources with their text hashes, counts, coverage. */
export type DatasetMeta = z.output<typeof DatasetMetaSchema>

const arrays = Object.fromEntries(
  COLLECTIONS.map((c) => [c, z.array(COLLECTION_SCHEMAS[c].schema)]),
) as { [C in CollectionName]: z.ZodArray<Schemas[C]['schema']> }

/**
 * The whole dataset: one array of records per collection, and optionally its `meta` and a
 * `$schema` link.
 *
 * @example
 * ```ts
 * DatasetSchema.parse({ sources: [], actors: [], places: [], topics: [], events: [], claims: [] })
 * ```
 */
export const DatasetSchema = z
  .strictObject({
    ...arrays,
    meta: DatasetMetaSchema.optional(),
    $schema: z.string().optional(),
  })
  .meta({
    id: 'Dataset',
    description: 'The whole dataset: sources, actors, places, topics, events and claims.',
  })

/** The whole dataset. */
export type Dataset = { [C in CollectionName]: z.output<Schemas[C]['schema']>[] }

/** The result of {@link validateDataset}: the typed dataset, or every problem found. */
export type ValidationResult =
  | { ok: true; dataset: Dataset; problems: [] }
  | { ok: false; problems: Problem[] }

type AnyRecord = Record<string, unknown>
type Path = (string | number)[]
/** A problem of the dataset as a whole (reported under `sources`, the first collection). */
const whole = (path: Path, message: string): Problem => {
  return { code: 'invalid', collection: 'sources', id: '#dataset', path, message }
}
/** The dataset is not one: its only problem. */
const unreadable = (message: string) => ({ ok: false as const, problems: [whole([], message)] })
const isObject = (v: unknown): v is AnyRecord => !!v && typeof v === 'object' && !Array.isArray(v)
const idOf = (record: unknown, index: number) =>
  isObject(record) && typeof record.id === 'string' && record.id.length <= 200
    ? record.id
    : `#${index}`

/**
 * Checks one record against its collection's schema, shipped or as authored (`form`), and
 * returns the parsed record or its problems. It never throws, whatever the value.
 *
 * @example
 * ```ts
 * checkRecord('topics', { id: 'landmines' }, 0).problems // name and description are required
 * ```
 */
export function checkRecord(
  collection: CollectionName,
  value: unknown,
  index: number,
  form: 'schema' | 'input' = 'schema',
): { ok: true; data: AnyRecord } | { ok: false; problems: Problem[] } {
  const id = idOf(value, index)
  const invalid = (issues: { path: Path; message: string }[]) => ({
    ok: false as const,
    problems: issues.map((i): Problem => ({ code: 'invalid', collection, id, index, ...i })),
  })
  try {
    const record = form === 'schema' && collection === 'events' ? addBounds(value) : value
    const schema: z.ZodType = COLLECTION_SCHEMAS[collection][form]
    const result = schema.safeParse(record, { reportInput: true })
    if (result.success) return { ok: true, data: result.data as AnyRecord }
    return invalid(describeIssues(result.error.issues))
  } catch (error) {
    // A value zod cannot walk (a cycle through a getter, a stack overflow on deep nesting).
    return invalid([{ path: [], message: `cannot be read: ${(error as Error).name}` }])
  }
}

/**
 * Validates any value as a dataset and returns either the typed dataset or every problem found,
 * each with a `code`, its collection, record id and index, field path and a plain-language
 * message. It checks each record's shape first, then, over everything, that ids are unique,
 * that every reference resolves and that every quote matches its source text at its offsets.
 * Events without `bounds` get them computed from their EDTF `date`. It never throws.
 *
 * @example
 * ```ts
 * const result = validateDataset(JSON.parse(await readFile('my-dataset.json', 'utf8')))
 * if (!result.ok) for (const p of result.problems) console.error(formatProblem(p))
 * else console.log(result.dataset.claims.length)
 * ```
 */
export function validateDataset(input: unknown): ValidationResult {
  try {
    return validate(input)
  } catch (error) {
    // Only a hostile value gets here (a getter or proxy that throws): say so rather than throw.
    return unreadable(`the dataset cannot be read: ${(error as Error)?.name ?? 'error'}`)
  }
}

function validate(input: unknown): ValidationResult {
  const problems: Problem[] = []
  if (!isObject(input))
    return unreadable('the dataset must be an object with one list per collection')
  const dataset = {} as Record<CollectionName, AnyRecord[]>
  const invalid = {} as Record<CollectionName, Set<string>>
  // Where each valid record is in the input: problems give that index, not the one among the valid.
  const positions = {} as Record<CollectionName, number[]>
  for (const collection of COLLECTIONS) {
    const records = input[collection]
    dataset[collection] = []
    invalid[collection] = new Set()
    positions[collection] = []
    if (!Array.isArray(records)) {
      const got = records === undefined ? 'nothing' : typeof records
      const message = `the dataset needs a list of ${collection} (got ${got})`
      problems.push({ code: 'invalid', collection, id: '#collection', path: [], message })
      continue
    }
    for (let index = 0; index < records.length; index++) {
      const result = checkRecord(collection, records[index], index)
      if (result.ok) {
        dataset[collection].push(result.data)
        positions[collection].push(index)
      } else {
        invalid[collection].add(idOf(records[index], index))
        for (const p of result.problems) problems.push(p)
      }
    }
  }
  const notACollection = `is not a collection of the dataset (expected ${COLLECTIONS.join(', ')})`
  for (const key of Object.keys(input)) {
    if (key === 'meta' || key === '$schema')
      for (const i of issuesOf(DatasetSchema.shape[key], input[key]))
        problems.push(whole([key, ...i.path], i.message))
    else if (!(COLLECTIONS as readonly string[]).includes(key))
      problems.push(whole([key.slice(0, 60)], notACollection))
  }
  checkReferences(dataset, positions, invalid, problems)
  return problems.length
    ? { ok: false, problems }
    : { ok: true, dataset: dataset as unknown as Dataset, problems: [] }
}

function addBounds(record: unknown): unknown {
  if (!isObject(record) || record.bounds !== undefined) return record
  // A missing or invalid date is reported on `date`; placeholder bounds keep the record from
  // also reporting the bounds it could not get as missing.
  const bounds = typeof record.date === 'string' ? parseEdtf(record.date) : undefined
  return { ...record, bounds: bounds ?? { earliest: null, latest: null } }
}

type Reference = { path: Path; collection: CollectionName; id: string }
// The parts of a schema's definition a walk goes through: a wrapper's inner type, items, fields.
type SchemaDef = { innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> }
type Other = NonNullable<Problem['other']>

/**
 * The references of a parsed value, found by walking its schema: every field declared with
 * `ref(collection)`, however deep, with its path. The value has passed the schema, so the walk
 * is as deep as the schema and no deeper.
 */
export function referencesOf(
  schema: z.ZodType,
  value: unknown,
  path: Path = [],
  out: Reference[] = [],
): Reference[] {
  const target = references.get(schema)
  if (target && typeof value === 'string') out.push({ path, ...target, id: value })
  const def = schema._zod.def as SchemaDef
  if (def.innerType) referencesOf(def.innerType, value, path, out)
  else if (def.element && Array.isArray(value))
    for (const [i, v] of value.entries()) referencesOf(def.element, v, [...path, i], out)
  else if (def.shape && isObject(value))
    for (const [key, field] of Object.entries(def.shape))
      if (value[key] !== undefined) referencesOf(field, value[key], [...path, key], out)
  return out
}

// The second pass, over records whose shape is valid: unique ids, references that resolve
// (declared by `ref` in the schemas), no self-support or self-containment, quotes that match
// their source text. References to records that exist but failed their shape check (`invalid`)
// are not reported as missing.
function checkReferences(
  dataset: Record<CollectionName, AnyRecord[]>,
  positions: Record<CollectionName, readonly number[]>,
  invalid: Record<CollectionName, ReadonlySet<string>>,
  problems: Problem[],
): void {
  // Each id's first index: the entries reversed, so that the first of a repeated id is kept.
  const first = {} as Record<CollectionName, Map<string, number>>
  for (const c of COLLECTIONS)
    first[c] = new Map(
      dataset[c].map((r, i) => [r.id as string, positions[c][i] as number] as const).reverse(),
    )
  const texts = new Map(dataset.sources.map((s) => [s.id as string, s.text as string]))
  for (const collection of COLLECTIONS) {
    const schema = COLLECTION_SCHEMAS[collection].schema
    dataset[collection].forEach((record, i) => {
      const index = positions[collection][i] as number
      const id = record.id as string
      const problem = (code: Problem['code'], path: Path, message: string, other?: Other) =>
        problems.push({ code, collection, id, path, message, index, ...(other && { other }) })
      const at = first[collection].get(id) as number
      if (at !== index) {
        const message = `is also the id of ${collection}[${at}]: ids must be unique`
        problem('duplicate-id', ['id'], message, { collection, id, index: at })
      }
      for (const { path, ...to } of referencesOf(schema, record)) {
        const missing = `refers to ${to.collection}/${to.id}, which does not exist`
        if (!first[to.collection].has(to.id) && !invalid[to.collection].has(to.id))
          problem('missing-reference', path, missing, to)
        // A record's own fields (not a name's usedBy) cannot point at the record itself.
        else if (to.id === id && to.collection === collection && path.length <= 2)
          problem('self-reference', path, `refers to the record itself (${collection}/${id})`)
        if (to.collection === 'sources' && path.at(-1) === 'source') {
          const quote = quoteAt(record, path.slice(0, -1))
          const text = texts.get(to.id)
          const message = `does not match the source text at ${quote.start}–${quote.end}`
          if (text !== undefined && text.slice(quote.start, quote.end) !== quote.exact)
            problem('quote-mismatch', [...path.slice(0, -1), 'exact'], message)
        }
      }
      if (collection === 'events') {
        // Bounds given with an event must be the bounds of its date: queries trust them.
        const { date, bounds } = record as { date: string; bounds: AnyRecord }
        const expected = parseEdtf(date)
        if (expected && (['earliest', 'latest'] as const).some((k) => expected[k] !== bounds[k]))
          problem(
            'bounds-mismatch',
            ['bounds'],
            `do not match the date ${date} (expected earliest ${expected.earliest ?? 'null'}, latest ${expected.latest ?? 'null'}); omit bounds to have them computed`,
          )
      }
    })
  }
}

const quoteAt = (record: AnyRecord, path: Path) =>
  path.reduce<unknown>((v, k) => (v as AnyRecord)[k], record) as Quote
