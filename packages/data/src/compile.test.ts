import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { validateDataset } from '@karabakh-aftermath/schema'
import { describe, expect, it } from 'vitest'
import { buildDataset } from './emit.ts'
import { formatLocated, type Located } from './problem.ts'

const FIXTURE = join(import.meta.dirname, 'fixtures/valid')
const PKG = { name: '@karabakh-aftermath/data', version: '0.0.0-test' }

/** Copies the valid fixture, applies edits, and builds into a dist that already holds a previous build. */
function buildWith(edits: Record<string, (text: string) => string | Uint8Array> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'ka-data-'))
  cpSync(FIXTURE, root, { recursive: true })
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(root, file)
    writeFileSync(path, edit(existsSync(path) ? readFileSync(path, 'utf8') : ''))
  }
  const dist = join(root, 'dist')
  mkdirSync(dist)
  writeFileSync(join(dist, 'previous-build.txt'), 'intact')
  const result = buildDataset(root, dist, PKG)
  return { root, dist, result }
}

/** Builds with one edit and returns the problems, asserting that nothing was written. */
function problemsOf(edits: Record<string, (text: string) => string | Uint8Array>): Located[] {
  const { dist, result, root } = buildWith(edits)
  expect(result.ok).toBe(false)
  expect(readFileSync(join(dist, 'previous-build.txt'), 'utf8')).toBe('intact')
  expect(existsSync(join(dist, 'index.js'))).toBe(false)
  expect(existsSync(`${dist}.next`)).toBe(false)
  expect(root).toBeTruthy()
  return result.ok ? [] : result.problems
}

const replace = (from: string | RegExp, to: string) => (text: string) => {
  const out = text.replace(from, to)
  if (out === text) throw new Error(`fixture edit did not apply: ${from}`)
  return out
}

describe('pnpm build (src/build.ts)', () => {
  it('prints every problem and the summary through a pipe, and exits 1', {
    timeout: 60_000,
  }, () => {
    const { root } = buildWith({
      'content/topics/topics.yaml': () =>
        Array.from({ length: 2000 }, (_, i) => `- id: t${i}\n  name: T\n`).join(''),
    })
    const run = spawnSync(process.execPath, [join(import.meta.dirname, 'build.ts'), root], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    })
    expect(run.status).toBe(1)
    const lines = run.stderr.trimEnd().split('\n')
    expect(lines.filter((l) => l.includes('description: is required'))).toHaveLength(2000)
    expect(lines.at(-1)).toMatch(/^\d+ problems: nothing was written/)
  })
})

describe('the content compiler on valid content', () => {
  const { dist, result } = buildWith()

  it('builds, replacing the previous output', () => {
    expect(result).toMatchObject({
      ok: true,
      meta: {
        counts: { sources: 1, actors: 4, places: 2, topics: 1, events: 1, claims: 3 },
        coverage: { units: 3, covered: 3 },
      },
    })
    expect(existsSync(join(dist, 'previous-build.txt'))).toBe(false)
  })

  it('anchors quotes with UTF-16 offsets that slice the source text', () => {
    const dataset = JSON.parse(readFileSync(join(dist, 'dataset.json'), 'utf8'))
    const text: string = dataset.sources[0].text
    for (const claim of dataset.claims)
      expect(text.slice(claim.quote.start, claim.quote.end)).toBe(claim.quote.exact)
    expect(dataset.claims[1].quote).toMatchObject({
      start: 80,
      end: 116,
      prefix: expect.stringContaining('Courtesy of Someone'),
    })
  })

  it('ships records that pass validateDataset, with derived bounds, centroids and part spans', () => {
    const dataset = JSON.parse(readFileSync(join(dist, 'dataset.json'), 'utf8'))
    expect(validateDataset(dataset).ok).toBe(true)
    expect(dataset.events[0].bounds).toEqual({ earliest: '2020-09-27', latest: '2020-11-10' })
    expect(dataset.places[0]).toMatchObject({ precision: 'centroid', geometry: { type: 'Point' } })
    expect(dataset.sources[0].parts.map((p: { anchor: string }) => p.anchor)).toEqual([
      'title',
      'image-credit',
      'body',
      'author-note',
    ])
    expect(dataset.sources[0].textSha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('writes GeoJSON, CSV with RFC 4180 escaping, and literal id unions', () => {
    const geo = JSON.parse(readFileSync(join(dist, 'places.geojson'), 'utf8'))
    expect(geo.type).toBe('FeatureCollection')
    expect(geo.features[1]).toMatchObject({
      type: 'Feature',
      id: 'baku',
      geometry: { type: 'Point', coordinates: [49.88, 40.4] },
    })
    const csv = readFileSync(join(dist, 'csv/events.csv'), 'utf8')
    expect(csv.split('\r\n')[0]).toBe(
      'id,kind,title,summary,date,participants,places,topics,basis,citations,replacedBy,boundsEarliest,boundsLatest,mentions',
    )
    expect(csv).toContain('"[{""actor"":""azerbaijan"",""role"":""belligerent""},')
    expect(readFileSync(join(dist, 'ids.d.ts'), 'utf8')).toContain(
      'export type ClaimId = "photo-credit" | "war-fought" | "border-unstable"',
    )
  })
})

describe('bad content fails with file:line collection/id field: reason and writes nothing', () => {
  const TOPIC = '- id: border\n  name: Border\n  description: The border between the two states.\n'
  const laughs = Array.from({ length: 8 }, (_, i) =>
    i ? `  l${i}: &l${i} [${`*l${i - 1},`.repeat(9)}*l${i - 1}]\n` : '  l0: &l0 [lol]\n',
  ).join('')
  const cases: [string, Record<string, (t: string) => string | Uint8Array>, RegExp][] = [
    [
      'a YAML alias bomb (billion laughs)',
      { 'content/topics/topics.yaml': (t) => t + laughs },
      /^content\/topics\/topics\.yaml:1 topics\/-: cannot be read: Excessive alias count/,
    ],
    [
      'a recursive YAML alias',
      { 'content/topics/topics.yaml': (t) => `${t}  loop: &a [*a]\n` },
      /^content\/topics\/topics\.yaml:4 topics\/-: has an alias \(\*a\) inside its own anchor$/,
    ],
    [
      'an unknown YAML tag (a warning of the parser)',
      { 'content/topics/topics.yaml': replace('name: Border', 'name: !!js/function Border') },
      /^content\/topics\/topics\.yaml:2 topics\/-: is not valid YAML: Unresolved tag/,
    ],
    [
      'a second YAML document',
      { 'content/topics/topics.yaml': (t) => `${t}---\n${t}` },
      /^content\/topics\/topics\.yaml:4 topics\/-: is not valid YAML: Source contains multiple documents/,
    ],
    [
      'a byte that is not UTF-8',
      {
        'content/topics/topics.yaml': (t) => {
          const [before = '', after = ''] = t.split('states')
          return Buffer.concat([Buffer.from(before), Buffer.from([0xff]), Buffer.from(after)])
        },
      },
      /^content\/topics\/topics\.yaml:3 topics\/-: is not valid UTF-8/,
    ],
    [
      'a byte that is not UTF-8 in a source text',
      { 'sources/test.txt': (t) => Buffer.concat([Buffer.from(t), Buffer.from([0xc3, 0x28])]) },
      /^content\/sources\/test\.yaml:\d+ sources\/test-source textFile: names test\.txt, whose line \d+ is not valid UTF-8$/,
    ],
    [
      'a file that is not YAML among the content',
      { 'content/topics/notes.txt': () => TOPIC },
      /^content\/topics\/notes\.txt:1 topics\/-: is not a \.yaml file/,
    ],
    [
      'swapped coordinates on a place in no country',
      {
        'content/places/places.yaml': (t) =>
          `${t}- id: karabakh\n  kind: region\n  name: Karabakh\n  geometry: { type: Point, coordinates: [39.82, 46.75] }\n  precision: approximate\n  mentions: ["Baku"]\n`,
      },
      /^content\/places\/places\.yaml:\d+ places\/karabakh geometry\.coordinates: looks like \[latitude, longitude\]: GeoJSON wants \[longitude, latitude\], i\.e\. \[46\.75, 39\.82\]$/,
    ],
    [
      'malformed YAML',
      { 'content/topics/topics.yaml': replace('name: Border', 'name: [Border') },
      /^content\/topics\/topics\.yaml:\d+ topics\/-: is not valid YAML/,
    ],
    [
      'a missing required field',
      {
        'content/actors/actors.yaml': replace(
          '  description: A state in the South Caucasus.\n  mentions: ["Armenia"]',
          '  mentions: ["Armenia"]',
        ),
      },
      /^content\/actors\/actors\.yaml:20 actors\/armenia description: is required$/,
    ],
    [
      'a wrong enum value',
      { 'content/claims/claims.yaml': replace('term: likely', 'term: probable') },
      /^content\/claims\/claims\.yaml:19 claims\/border-unstable likelihood\.term: must be one of: remote, highly-unlikely, unlikely, realistic-possibility, likely, highly-likely, almost-certain \(got "probable"\)$/,
    ],
    [
      'a bad EDTF date',
      { 'content/events/events.yaml': replace('2020-09-27/2020-11-10', '2020-02-30') },
      /^content\/events\/events\.yaml:5 events\/war date: must be an EDTF date/,
    ],
    [
      'a coordinate out of range',
      { 'content/places/places.yaml': replace('[49.88, 40.4]', '[49.88, 140.4]') },
      /^content\/places\/places\.yaml:9 places\/baku geometry\.coordinates\[1\]: latitude must be between -90 and 90 \(got 140\.4\)$/,
    ],
    [
      'a coordinate in lat/lon order',
      { 'content/places/places.yaml': replace('[49.88, 40.4]', '[40.4, 49.88]') },
      /^content\/places\/places\.yaml:9 places\/baku geometry\.coordinates: looks like \[latitude, longitude\]: GeoJSON wants \[longitude, latitude\], i\.e\. \[49\.88, 40\.4\]$/,
    ],
    [
      'a duplicate id',
      {
        'content/topics/topics.yaml': (t) =>
          `${t}- id: border\n  name: Border again\n  description: A duplicate.\n`,
      },
      /^content\/topics\/topics\.yaml:4 topics\/border id: is also the id of topics\[0\]: ids must be unique \(the first is at content\/topics\/topics\.yaml:1\)$/,
    ],
    [
      'a reference to a missing record',
      {
        'content/claims/claims.yaml': replace(
          'claimant: ann-author\n  likelihood',
          'claimant: anne-author\n  likelihood',
        ),
      },
      /^content\/claims\/claims\.yaml:18 claims\/border-unstable claimant: refers to actors\/anne-author, which does not exist$/,
    ],
    [
      'a quote not in the source',
      {
        'content/claims/claims.yaml': replace(
          '"Azerbaijan and Armenia fought a war."',
          '"Azerbaijan and Armenia fought a long war."',
        ),
      },
      /^content\/claims\/claims\.yaml:9 claims\/war-fought quote: is not in the source text: "Azerbaijan and Armenia fought a long war\."$/,
    ],
    [
      'an ambiguous quote',
      { 'content/actors/actors.yaml': replace('mentions: ["Armenia"]', 'mentions: ["a"]') },
      /^content\/actors\/actors\.yaml:\d+ actors\/armenia mentions\[0\]: occurs \d+ times in the source: add a prefix or suffix that makes it unique/,
    ],
    [
      'a context record without a citation',
      { 'content/events/events.yaml': replace(/ {2}citations:\n.*\n/, '') },
      /^content\/events\/events\.yaml:\d+ events\/war citations: a context event must cite at least one public document/,
    ],
    [
      'coverage below 100%',
      {
        'content/claims/claims.yaml': (t) =>
          t
            .slice(0, t.indexOf('- id: border-unstable'))
            .replace('  supports: [border-unstable]\n', ''),
      },
      /^content\/sources\/test\.yaml:10 sources\/test-source parts: coverage: sentence 2 of body is quoted by no claim: "The border is likely to remain unstable\."$/,
    ],
  ]

  for (const [name, edits, expected] of cases) {
    it(name, () => {
      const lines = problemsOf(edits).map(formatLocated)
      expect(
        lines.some((l) => expected.test(l)),
        `expected a line matching ${expected}, got:\n${lines.join('\n')}`,
      ).toBe(true)
    })
  }

  it('reports a file that cannot be parsed, not the references that only miss its records', () => {
    const problems = problemsOf({
      'content/actors/actors.yaml': replace('name: Ann Author', 'name: [Ann Author'),
    })
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.filter((p) => p.code !== 'unreadable-file')).toEqual([])
  })

  it('reports the only source failing once, not every quote that needed it', () => {
    const lines = problemsOf({
      'content/sources/test.yaml': replace('textFile: test.txt', 'textFile: missing.txt'),
    }).map(formatLocated)
    expect(lines).toEqual([
      expect.stringMatching(
        /^content\/sources\/test\.yaml:\d+ sources\/test-source textFile: names missing\.txt, which is not in /,
      ),
    ])
  })

  it('reads .YAML and .yml files, whatever the case', () => {
    const { result } = buildWith({
      'content/topics/topics.yaml': () => '',
      'content/topics/border.YAML': () => TOPIC,
    })
    expect(result).toMatchObject({ ok: true, meta: { counts: { topics: 1 } } })
  })

  it('reports every problem at once', () => {
    const lines = problemsOf({
      'content/claims/claims.yaml': replace('term: likely', 'term: probable'),
      'content/events/events.yaml': replace('2020-09-27/2020-11-10', '2020-02-30'),
    }).map(formatLocated)
    expect(
      lines.filter((l) => l.includes('likelihood.term') || l.includes('events/war date')).length,
    ).toBe(2)
  })

  it('points at straight quotes typed for curly ones', () => {
    const { result } = buildWith({
      'sources/test.txt': replace('fought a war.', 'fought Armenia’s war.'),
      'content/claims/claims.yaml': replace(
        '"Azerbaijan and Armenia fought a war."',
        `"Azerbaijan and Armenia fought Armenia's war."`,
      ),
      'content/events/events.yaml': replace('["fought a war"]', '["fought Armenia’s war"]'),
      'content/actors/actors.yaml': replace('mentions: ["Armenia"]', 'mentions: ["Armenia and"]'),
    })
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.problems.map(formatLocated)).toContain(
      `content/claims/claims.yaml:9 claims/war-fought quote: is not in the source text (it does with straight quotes: copy the curly ’ ‘ ’ from the source): "Azerbaijan and Armenia fought Armenia's war."`,
    )
  })
})
