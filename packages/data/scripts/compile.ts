// The content compiler's pipeline: parse → validate each record → anchor quotes and derive
// fields → resolve references and ids → check coverage. It never writes; `build.ts` emits.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  ActorInputSchema,
  ClaimInputSchema,
  type CollectionName,
  type Dataset,
  describeIssues,
  EventInputSchema,
  PlaceInputSchema,
  parseEdtf,
  type Quote,
  type QuoteInput,
  SourceInputSchema,
  TopicInputSchema,
  textSha256,
  validateDataset,
} from '@karabakh-aftermath/schema'
import { anchorQuote } from './anchor.ts'
import { countryCentroid, countryContains, naturalEarthCountries } from './geo.ts'
import { type LoadedRecord, loadContent } from './load.ts'
import type { Located } from './problem.ts'
import { coverageUnits, namedParts, type Sentence } from './source-text.ts'

const INPUT_SCHEMAS = {
  sources: SourceInputSchema,
  actors: ActorInputSchema,
  places: PlaceInputSchema,
  topics: TopicInputSchema,
  events: EventInputSchema,
  claims: ClaimInputSchema,
} as const

/** Sentence coverage: the body sentences and the image credit, and which no claim quotes. */
export type Coverage = { units: number; covered: number; uncovered: Sentence[] }

/** What a compilation produces: the dataset and its coverage, or the problems (and no dataset). */
export type Compilation = { dataset?: Dataset; coverage?: Coverage; problems: Located[] }

/** Paths of a content root: `content/` (YAML) and `sources/` (texts). */
export type ContentPaths = { root: string; content: string; sources: string }

/** Default paths: this package's `content/` and `sources/`. */
export const packagePaths = (root: string): ContentPaths => ({
  root,
  content: join(root, 'content'),
  sources: join(root, 'sources'),
})

type AnyRecord = Record<string, unknown> & { id: string }

/** Compiles the content below `paths` into a dataset, collecting every problem. */
export function compile(paths: ContentPaths): Compilation {
  const { records, problems } = loadContent(paths.content, paths.root)
  const where = new Map<string, LoadedRecord>()
  const located = (
    r: LoadedRecord,
    id: string,
    path: (string | number)[],
    message: string,
  ): Located => ({
    file: r.file,
    line: r.lineOf(path),
    collection: r.collection,
    id,
    path,
    message,
  })

  // 1. Shape: each record against its collection's authoring schema.
  const parsed: Record<CollectionName, { record: LoadedRecord; value: AnyRecord }[]> = {
    sources: [],
    actors: [],
    places: [],
    topics: [],
    events: [],
    claims: [],
  }
  // Records that failed: references to them are not reported again as missing.
  const failed = new Set<string>()
  records.forEach((record, i) => {
    const raw = record.value as { id?: unknown } | null
    const id = raw && typeof raw === 'object' && typeof raw.id === 'string' ? raw.id : `#${i}`
    const result = INPUT_SCHEMAS[record.collection].safeParse(record.value, { reportInput: true })
    if (!result.success) {
      failed.add(`${record.collection}/${id}`)
      for (const issue of describeIssues(result.error.issues))
        problems.push(located(record, id, issue.path, issue.message))
      return
    }
    const value = result.data as AnyRecord
    if (!where.has(`${record.collection}/${value.id}`))
      where.set(`${record.collection}/${value.id}`, record)
    parsed[record.collection].push({ record, value })
  })

  // 2. Sources: read the text, hash it, name its parts.
  const texts = new Map<string, string>()
  const sources = parsed.sources.flatMap(({ record, value }) => {
    const {
      textFile,
      parts: kinds,
      ...meta
    } = value as AnyRecord & { textFile: string; parts: Parameters<typeof namedParts>[1] }
    let text: string
    try {
      text = readFileSync(join(paths.sources, textFile), 'utf8')
    } catch {
      problems.push(
        located(
          record,
          value.id,
          ['textFile'],
          `names ${textFile}, which is not in ${paths.sources}`,
        ),
      )
      return []
    }
    const parts = namedParts(text, kinds)
    if ('error' in parts) {
      problems.push(located(record, value.id, ['parts'], parts.error))
      return []
    }
    texts.set(value.id, text)
    return [{ ...meta, text, textSha256: textSha256(text), parts }]
  })
  const defaultSource = texts.size === 1 ? [...texts.keys()][0] : undefined

  // 3. Quotes: anchor every authored quote in its text.
  const anchor = (
    record: LoadedRecord,
    id: string,
    path: (string | number)[],
    input: QuoteInput,
  ): Quote | undefined => {
    const result = anchorQuote(input, texts, defaultSource)
    if ('error' in result) {
      problems.push(located(record, id, path, result.error))
      return undefined
    }
    return result
  }
  const anchorAll = (record: LoadedRecord, id: string, inputs: QuoteInput[]) =>
    inputs.flatMap((q, i) => anchor(record, id, ['mentions', i], q) ?? [])
  const needsMention = (record: LoadedRecord, value: AnyRecord & { mentions: unknown[] }) => {
    if (value.mentions.length === 0)
      problems.push(
        located(
          record,
          value.id,
          ['mentions'],
          'needs at least one mention: the words of the source that name it (provenance)',
        ),
      )
  }

  const actors = parsed.actors.map(({ record, value }) => {
    const a = value as AnyRecord & { mentions: QuoteInput[] }
    needsMention(record, a)
    return { ...a, mentions: anchorAll(record, a.id, a.mentions) }
  })
  const topics = parsed.topics.map(({ value }) => value)
  const events = parsed.events.map(({ record, value }) => {
    const e = value as AnyRecord & { date: string; mentions: QuoteInput[] }
    return { ...e, bounds: parseEdtf(e.date), mentions: anchorAll(record, e.id, e.mentions) }
  })
  const claims = parsed.claims.flatMap(({ record, value }) => {
    const c = value as AnyRecord & { quote: QuoteInput }
    const quote = anchor(record, c.id, ['quote'], c.quote)
    if (!quote) failed.add(`claims/${c.id}`)
    return quote ? [{ ...c, quote }] : []
  })

  // 4. Places: country centroids from Natural Earth, and points checked against their country.
  const placeById = new Map(
    parsed.places.map(({ value }) => [
      value.id,
      value as AnyRecord & { within?: string; naturalEarth?: string },
    ]),
  )
  const countryOf = (id: string | undefined, seen = new Set<string>()): string | undefined => {
    const p = id ? placeById.get(id) : undefined
    if (!p || seen.has(p.id)) return undefined
    seen.add(p.id)
    return p.naturalEarth ?? countryOf(p.within, seen)
  }
  const places = parsed.places.map(({ record, value }) => {
    const p = value as AnyRecord & {
      naturalEarth?: string
      geometry?: { type: string; coordinates: unknown }
      within?: string
      mentions: QuoteInput[]
    }
    needsMention(record, p)
    const out: AnyRecord = { ...p, mentions: anchorAll(record, p.id, p.mentions) }
    if (p.naturalEarth && !naturalEarthCountries().has(p.naturalEarth)) {
      problems.push(
        located(
          record,
          p.id,
          ['naturalEarth'],
          `is not a country id in Natural Earth (world-atlas countries-50m)`,
        ),
      )
    } else if (p.naturalEarth && !p.geometry) {
      out.geometry = { type: 'Point', coordinates: countryCentroid(p.naturalEarth) }
      out.precision = 'centroid'
    }
    const country = p.naturalEarth ?? countryOf(p.within)
    if (p.geometry?.type === 'Point' && country) {
      const [lon, lat] = p.geometry.coordinates as [number, number]
      if (!countryContains(country, [lon, lat])) {
        const swapped = countryContains(country, [lat, lon])
        problems.push(
          located(
            record,
            p.id,
            ['geometry', 'coordinates'],
            swapped
              ? `looks like [latitude, longitude]: GeoJSON wants [longitude, latitude], i.e. [${lat}, ${lon}]`
              : `[${lon}, ${lat}] lies outside the Natural Earth outline of the country it is within (${country})`,
          ),
        )
      }
    }
    return out
  })

  const dataset = { sources, actors, places, topics, events, claims } as unknown as Dataset

  // 5. The compiled records against the shipped schemas, then ids and references over everything.
  const validation = validateDataset(dataset)
  for (const problem of validation.problems) {
    const target = /^refers to (\w+\/[a-z0-9-]+), which does not exist$/.exec(problem.message)?.[1]
    if (target && failed.has(target)) continue
    const record = where.get(`${problem.collection}/${problem.id}`)
    problems.push(
      record
        ? located(record, problem.id, problem.path, problem.message)
        : { file: '-', line: 0, ...problem },
    )
  }

  // 6. Coverage: every body sentence and the image credit quoted by at least one claim.
  // A claim that failed to compile would only add noise here: coverage waits until claims are valid.
  const coverage = measureCoverage(dataset)
  const claimsFailed = [...failed].some((key) => key.startsWith('claims/'))
  for (const s of claimsFailed ? [] : coverage.uncovered) {
    const record = where.get(`sources/${s.source}`)
    problems.push({
      file: record?.file ?? '-',
      line: record?.lineOf(['parts']) ?? 0,
      collection: 'sources',
      id: s.source,
      path: ['parts'],
      message: `coverage: sentence ${s.index} of ${s.anchor} is quoted by no claim: "${s.text.slice(0, 90)}${s.text.length > 90 ? '…' : ''}"`,
    })
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
  return problems.length || !validation.ok
    ? { coverage, problems }
    : { dataset: validation.dataset, coverage, problems }
}

/** Which coverage units (body sentences, image credit) overlap at least one claim quote. */
export function measureCoverage(dataset: Pick<Dataset, 'sources' | 'claims'>): Coverage {
  const uncovered: Sentence[] = []
  let units = 0
  for (const source of dataset.sources) {
    const quotes = dataset.claims.filter((c) => c.quote.source === source.id).map((c) => c.quote)
    for (const unit of coverageUnits(source.id, source.text, source.parts)) {
      units++
      if (!quotes.some((q) => q.start < unit.end && q.end > unit.start)) uncovered.push(unit)
    }
  }
  return { units, covered: units - uncovered.length, uncovered }
}
