// The content compiler's pipeline: parse → validate each record → anchor quotes and derive
// fields → resolve references and ids → check coverage. It never writes; `build.ts` emits.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  COLLECTIONS,
  type CollectionName,
  checkRecord,
  type Dataset,
  type Place,
  parseEdtf,
  type QuoteInput,
  type SourceInput,
  textSha256,
  validateDataset,
} from '@karabakh-aftermath/schema'
import { anchorQuote } from './anchor.ts'
import { countryCentroid, countryContains, inRegion, naturalEarthCountries } from './geo.ts'
import { decodeUtf8, type LoadedRecord, loadContent } from './load.ts'
import type { Located } from './problem.ts'
import { coverageUnits, namedParts, type Sentence } from './source-text.ts'

/** Sentence coverage: the body sentences and the image credit, and which no claim quotes. */
export type Coverage = { units: number; covered: number; uncovered: Sentence[] }

/** What a compilation produces: the dataset and its coverage, or the problems (and no dataset). */
export type Compilation = { dataset?: Dataset; coverage?: Coverage; problems: Located[] }

type AnyRecord = Record<string, unknown> & { id: string }
type Path = (string | number)[]
type SourceFields = AnyRecord & Pick<SourceInput, 'textFile' | 'parts'>
type PlaceFields = AnyRecord & Pick<Place, 'naturalEarth' | 'geometry' | 'within'>
type Report = (r: LoadedRecord, id: string, path: Path, code: Code, message: string) => void
type Code = Located['code']
type Compiled = { record: LoadedRecord; value: AnyRecord }
const NO_MENTION = 'needs at least one mention: the words of the source that name it (provenance)'

/** Compiles a content root (YAML in `content/`, texts in `sources/`), collecting every problem. */
export function compile(root: string): Compilation {
  const sourcesDir = join(root, 'sources')
  const { records, problems } = loadContent(join(root, 'content'), root)
  const report: Report = ({ file, collection, lineOf }, id, path, code, message) => {
    problems.push({ code, file, line: lineOf(path), collection, id, path, message })
  }

  // 1. Shape: each record against its collection's authoring schema. References to records that
  // failed, or to any record of a collection one of whose files could not be read, are not
  // reported again as missing: they only stem from the first problem.
  const failed = new Set<string>()
  const unreadable = new Set(problems.map((p) => p.collection))
  const hasFailed = (c: CollectionName, id?: string) =>
    unreadable.has(c) ||
    (id ? failed.has(`${c}/${id}`) : [...failed].some((key) => key.startsWith(`${c}/`)))
  const parsed = {} as Record<CollectionName, Compiled[]>
  for (const c of COLLECTIONS) parsed[c] = []
  for (const [index, record] of records.entries()) {
    const result = checkRecord(record.collection, record.value, index, 'input')
    if (result.ok) parsed[record.collection].push({ record, value: result.data as AnyRecord })
    else
      for (const p of result.problems) {
        failed.add(`${record.collection}/${p.id}`)
        report(record, p.id, p.path, p.code, p.message)
      }
  }

  // 2. Sources: read the text, hash it, name its parts.
  const texts = new Map<string, string>()
  const sources = parsed.sources.flatMap(({ record, value }): Compiled[] => {
    const { textFile, parts: kinds, ...meta } = value as SourceFields
    const fail = (path: string[], message: string) => {
      failed.add(`sources/${value.id}`)
      report(record, value.id, path, 'source-text', message)
      return []
    }
    let bytes: Uint8Array
    try {
      bytes = readFileSync(join(sourcesDir, textFile))
    } catch {
      return fail(['textFile'], `names ${textFile}, which is not in ${sourcesDir}`)
    }
    const decoded = decodeUtf8(bytes)
    if ('line' in decoded)
      return fail(['textFile'], `names ${textFile}, whose line ${decoded.line} is not valid UTF-8`)
    const parts = namedParts(decoded.text, kinds)
    if ('error' in parts) return fail(['parts'], parts.error)
    const { text } = decoded
    texts.set(value.id, text)
    return [{ record, value: { ...meta, text, textSha256: textSha256(text), parts } }]
  })
  const defaultSource = texts.size === 1 ? [...texts.keys()][0] : undefined

  // 3. Quotes: anchor every authored quote in its text.
  const anchor = (record: LoadedRecord, id: string, path: Path, input: QuoteInput) => {
    const result = anchorQuote(input, texts, defaultSource)
    if (!('error' in result)) return result
    // Quotes cannot be anchored in a source that failed: their problems would only repeat it.
    if (!hasFailed('sources')) report(record, id, path, 'anchor', result.error)
    return undefined
  }
  const withMentions = ({ record, value }: Compiled, extra: Record<string, unknown> = {}) => {
    const mentions = value.mentions as QuoteInput[]
    if (record.collection !== 'events' && mentions.length === 0)
      report(record, value.id, ['mentions'], 'provenance', NO_MENTION)
    const quotes = mentions.flatMap((q, i) => anchor(record, value.id, ['mentions', i], q) ?? [])
    return { record, value: { ...value, ...extra, mentions: quotes } }
  }

  const compiled: Record<CollectionName, Compiled[]> = {
    sources,
    actors: parsed.actors.map((c) => withMentions(c)),
    places: placesOf(parsed.places, report).map((c) => withMentions(c)),
    topics: parsed.topics,
    events: parsed.events.map((c) =>
      withMentions(c, { bounds: parseEdtf(c.value.date as string) }),
    ),
    claims: parsed.claims.flatMap(({ record, value }) => {
      const quote = anchor(record, value.id, ['quote'], value.quote as QuoteInput)
      if (!quote) failed.add(`claims/${value.id}`)
      return quote ? [{ record, value: { ...value, quote } }] : []
    }),
  }
  const dataset = Object.fromEntries(
    COLLECTIONS.map((c) => [c, compiled[c].map((x) => x.value)]),
  ) as unknown as Dataset

  // 4. The compiled records against the shipped schemas, then ids and references over everything.
  const validation = validateDataset(dataset)
  for (const problem of validation.problems) {
    const { other } = problem
    if (problem.code === 'missing-reference' && other && hasFailed(other.collection, other.id))
      continue
    const recordAt = (index = -1) => compiled[problem.collection][index]?.record
    const record = recordAt(problem.index)
    const first = problem.code === 'duplicate-id' ? recordAt(other?.index) : undefined
    const at = first ? ` (the first is at ${first.file}:${first.lineOf([])})` : ''
    // A problem of no record (of the dataset as a whole) has no file to point at.
    if (record) report(record, problem.id, problem.path, problem.code, problem.message + at)
    else problems.push({ ...problem, file: '-', line: 0 })
  }

  // 5. Coverage: every body sentence and the image credit quoted by at least one claim.
  // A claim that failed to compile would only add noise here: coverage waits until claims are valid.
  const coverage = measureCoverage(dataset)
  for (const s of hasFailed('claims') ? [] : coverage.uncovered) {
    // Every source of the dataset was compiled from a record.
    const record = compiled.sources.find((c) => c.value.id === s.source)?.record as LoadedRecord
    const text = `${s.text.slice(0, 90)}${s.text.length > 90 ? '…' : ''}`
    const message = `coverage: sentence ${s.index} of ${s.anchor} is quoted by no claim: "${text}"`
    report(record, s.source, ['parts'], 'coverage', message)
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
  return problems.length || !validation.ok
    ? { coverage, problems }
    : { dataset: validation.dataset, coverage, problems }
}

// Places: country centroids from Natural Earth, and points checked against their country, or,
// for a place in no country, against the region the dataset covers (catches [lat, lon]).
function placesOf(places: Compiled[], report: Report): Compiled[] {
  const byId = new Map(places.map(({ value }) => [value.id, value as PlaceFields]))
  const countryOf = (id: string | undefined, seen = new Set<string>()): string | undefined => {
    const p = id ? byId.get(id) : undefined
    if (!p || seen.has(p.id)) return undefined
    seen.add(p.id)
    return p.naturalEarth ?? countryOf(p.within, seen)
  }
  return places.map(({ record, value }) => {
    const p = value as PlaceFields
    const out: AnyRecord = { ...p }
    const problem = (path: Path, message: string) => report(record, p.id, path, 'geometry', message)
    if (p.naturalEarth && !naturalEarthCountries().has(p.naturalEarth))
      problem(['naturalEarth'], 'is not a country id in Natural Earth (world-atlas countries-50m)')
    else if (p.naturalEarth && !p.geometry) {
      out.geometry = { type: 'Point', coordinates: countryCentroid(p.naturalEarth) }
      out.precision = 'centroid'
    }
    if (p.geometry?.type !== 'Point') return { record, value: out }
    const [lon, lat] = p.geometry.coordinates as [number, number]
    const country = p.naturalEarth ?? countryOf(p.within)
    const fits = (point: [number, number]) =>
      country ? countryContains(country, point) : inRegion(point)
    if (!fits([lon, lat]))
      problem(
        ['geometry', 'coordinates'],
        fits([lat, lon])
          ? `looks like [latitude, longitude]: GeoJSON wants [longitude, latitude], i.e. [${lat}, ${lon}]`
          : country
            ? `[${lon}, ${lat}] lies outside the Natural Earth outline of the country it is within (${country})`
            : `[${lon}, ${lat}] lies outside the region the dataset covers (the bounds of Armenia and Azerbaijan): a place in no country must lie there`,
      )
    return { record, value: out }
  })
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
