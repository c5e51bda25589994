// The emitted package (dist/, built from content/): what a reader of the article expects to find,
// and entries that bundle alone.

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { validateDataset } from '@karabakh-aftermath/schema'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { dataset, meta } from '../dist/index.js'
import { measureCoverage } from './compile.ts'

const byId = <T extends { id: string }>(records: readonly T[], id: string) =>
  records.find((r) => r.id === id)

describe('the shipped dataset', () => {
  it('passes validateDataset, as JSON and as modules', () => {
    expect(validateDataset(dataset).problems).toEqual([])
    const json = JSON.parse(readFileSync(new URL('../dist/dataset.json', import.meta.url), 'utf8'))
    expect(validateDataset(json).ok).toBe(true)
    expect(json.meta).toEqual(meta)
  })

  it('holds the source verbatim, byte for byte', () => {
    const shared = readFileSync(
      new URL(
        '../sources/rusi-2021-aftermath-of-the-nagorno-karabakh-conflict.txt',
        import.meta.url,
      ),
      'utf8',
    )
    const [source] = dataset.sources
    expect(source?.text).toBe(shared)
    expect(source?.parts.filter((p) => p.kind === 'body')).toHaveLength(9)
    expect(source?.text).toContain('Ağdam')
  })

  it('quotes every body sentence and the image credit (coverage 100%)', () => {
    const coverage = measureCoverage(dataset)
    expect(coverage.units).toBe(46)
    expect(coverage.uncovered).toEqual([])
    expect(meta.coverage).toEqual({ units: 46, covered: 46 })
  })

  it('gives every record provenance', () => {
    for (const a of dataset.actors) expect(a.mentions.length, `actors/${a.id}`).toBeGreaterThan(0)
    for (const p of dataset.places) expect(p.mentions.length, `places/${p.id}`).toBeGreaterThan(0)
    for (const e of dataset.events) {
      if (e.basis === 'context') expect(e.citations.length, `events/${e.id}`).toBeGreaterThan(0)
      else expect(e.mentions.length, `events/${e.id}`).toBeGreaterThan(0)
    }
  })

  it('keeps every hedge: each likelihood cue is in its quote', () => {
    const hedged = dataset.claims.filter((c) => c.likelihood)
    expect(hedged.length).toBeGreaterThan(10)
    for (const c of hedged)
      expect(c.quote.exact.toLowerCase()).toContain(c.likelihood?.cue.toLowerCase())
  })

  it('attributes the prisoners-of-war claims to the two parties, disputing each other', () => {
    const pow = dataset.claims.filter(
      (c) => c.disputes.length > 0 && ['armenia', 'azerbaijan'].includes(c.claimant),
    )
    const claimants = new Set(pow.map((c) => c.claimant))
    expect(claimants).toEqual(new Set(['armenia', 'azerbaijan']))
    for (const c of pow) {
      expect(c.reportedBy).toBe('nick-reynolds')
      for (const other of c.disputes) expect(byId(dataset.claims, other)?.disputes).toContain(c.id)
    }
  })

  it('carries the numbers of the text as quantities', () => {
    const quantities = dataset.claims.flatMap((c) => (c.quantity ? [c.quantity] : []))
    expect(quantities).toContainEqual(expect.objectContaining({ value: 53.9, unit: 'percent' }))
    expect(quantities).toContainEqual(expect.objectContaining({ low: 700000, high: 1000000 }))
  })

  it('dates the war and the election from cited context, and nothing else without a citation', () => {
    const war = dataset.events.find((e) => e.kind === 'war' && e.date === '2020-09-27/2020-11-10')
    expect(war?.basis).toBe('context')
    expect(war?.bounds).toEqual({ earliest: '2020-09-27', latest: '2020-11-10' })
    const election = dataset.events.find((e) => e.kind === 'election' && e.date === '2021-06-20')
    expect(election?.citations.length).toBeGreaterThan(0)
  })

  it('ships the places as valid RFC 7946 GeoJSON, [longitude, latitude]', () => {
    const geo = JSON.parse(readFileSync(new URL('../dist/places.geojson', import.meta.url), 'utf8'))
    expect(geo.type).toBe('FeatureCollection')
    expect(geo.features).toHaveLength(dataset.places.length)
    const baku = geo.features.find((f: { id: string }) => f.id === 'baku')
    expect(baku.geometry.coordinates[0]).toBeCloseTo(49.88, 1)
    expect(baku.geometry.coordinates[1]).toBeCloseTo(40.4, 1)
  })

  it('ships one CSV per collection, with a row per record', () => {
    for (const [collection, records] of Object.entries(dataset)) {
      const csv = readFileSync(new URL(`../dist/csv/${collection}.csv`, import.meta.url), 'utf8')
      expect(csv.endsWith('\r\n')).toBe(true)
      // Rows = records + header; quoted fields may hold line breaks, so count record starts instead.
      expect(csv.split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter(Boolean)).toHaveLength(
        records.length + 1,
      )
    }
  })
})

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const COLLECTIONS = ['sources', 'actors', 'places', 'topics', 'events', 'claims'] as const

async function bundle(entry: string) {
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(dist + entry)}`, resolveDir: dist },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
  })
  const code = result.outputFiles[0]?.text ?? ''
  return {
    code,
    inputs: Object.keys(result.metafile.inputs).map((p) => p.split('/').pop()),
    gzip: gzipSync(code, { level: 9 }).length,
  }
}

describe('per-collection entries', () => {
  for (const collection of COLLECTIONS) {
    it(`${collection} bundles alone`, async () => {
      const { inputs } = await bundle(`${collection}.js`)
      expect(inputs.filter((f) => f !== '<stdin>')).toEqual([`${collection}.js`])
    })
  }

  it('the claims entry is a fraction of the whole dataset', async () => {
    const claims = await bundle('claims.js')
    const all = await bundle('index.js')
    expect(claims.gzip).toBeLessThan(all.gzip)
    expect(claims.code).not.toContain('"textSha256"')
    console.log(`gzip: claims ${claims.gzip} B, whole dataset ${all.gzip} B`)
  })
})
