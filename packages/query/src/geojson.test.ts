import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dataset } from '@karabakh-aftermath/data'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import { createQuery } from './create-query.js'
import { InvalidArgumentError, NotFoundError } from './errors.js'
import { toFeatureCollection } from './geojson.js'
import * as shipped from './shipped.js'

const { q } = shipped

describe('toFeatureCollection', () => {
  it('turns the shipped places into RFC 7946 features, longitude first, leaving out those without geometry', () => {
    const fc = toFeatureCollection(dataset.places)
    expect(fc.type).toBe('FeatureCollection')
    expect(fc.features.map((f) => f.id)).toEqual(
      dataset.places.filter((p) => p.geometry).map((p) => p.id),
    )
    const baku = fc.features.find((f) => f.id === 'baku')
    if (baku?.geometry.type !== 'Point') throw new Error('Baku should be a point')
    const [lon, lat] = baku.geometry.coordinates as [number, number]
    expect(lon).toBeGreaterThan(49) // Baku is near 49.9° E, 40.4° N
    expect(lat).toBeGreaterThan(40)
    expect(lat).toBeLessThan(41)
    expect(baku?.properties).toMatchObject({
      id: 'baku',
      kind: 'city',
      name: 'Baku',
      within: expect.any(String),
    })
  })

  it('keeps places without geometry as null-geometry features on request, and survives JSON', () => {
    const fc = toFeatureCollection(dataset.places, { includeUnlocated: true })
    expect(fc.features).toHaveLength(dataset.places.length)
    expect(fc.features.find((f) => f.id === 'buffer-zone')?.geometry).toBeNull()
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc)
  })

  it('takes any selection: ids through the query, deduplicated, in the order given', () => {
    // The shipped events' places are typed place ids: they go in as they are.
    const selection = q.timeline({ range: '2021' }).flatMap((e) => e.places)
    expect(selection.length).toBeGreaterThan(0)
    const fc = shipped.toFeatureCollection(selection)
    expect(new Set(fc.features.map((f) => f.id)).size).toBe(fc.features.length)
    expect(
      shipped.toFeatureCollection(['baku', 'agdam', 'baku']).features.map((f) => f.id),
    ).toEqual(['baku', 'agdam'])
    expect(
      shipped.toFeatureCollection([q.getPlaceOrThrow('agdam'), 'baku']).features.map((f) => f.id),
    ).toEqual(['agdam', 'baku'])
    expect(shipped.toFeatureCollection([]).features).toEqual([])
  })

  it('marks contested places', () => {
    const nk = createQuery(fixture).getPlaceOrThrow('nagorno-karabakh')
    expect(toFeatureCollection([nk]).features[0]?.properties).toMatchObject({
      id: 'nagorno-karabakh',
      kind: 'region',
      names: nk.names,
      contested: true,
      contestedNote: nk.contestedNote,
    })
  })

  it('gives the same features as the shipped places.geojson: one mapping serves both', () => {
    const file = createRequire(import.meta.url).resolve('@karabakh-aftermath/data/places.geojson')
    const shipped = JSON.parse(readFileSync(file, 'utf8'))
    expect(toFeatureCollection(dataset.places, { includeUnlocated: true })).toEqual(shipped)
    expect(
      shipped.features.some((f: { properties: { wikidata: unknown } }) => f.properties.wikidata),
    ).toBe(true)
  })

  it('refuses bad arguments', () => {
    expect(() => toFeatureCollection('baku' as never)).toThrow(
      'toFeatureCollection: places must be an array of places (got "baku")',
    )
    expect(() => toFeatureCollection([42] as never)).toThrow(InvalidArgumentError)
    expect(() => toFeatureCollection([], { includeUnlocated: 'yes' } as never)).toThrow(
      'includeUnlocated must be true or false',
    )
    expect(() => shipped.toFeatureCollection(['bakuu' as never])).toThrow(NotFoundError)
  })
})
