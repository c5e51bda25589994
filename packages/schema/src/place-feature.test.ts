import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import type { Place } from './place.js'
import { PlaceSchema } from './place.js'
import { placeFeature } from './place-feature.js'

const validPlace = () => structuredClone(fixture.places.find((p) => p.id === 'baku') as Place)

describe('placeFeature', () => {
  test('maps every property a map needs, with the geometry as authored, longitude first', () => {
    const place = PlaceSchema.parse(validPlace())
    expect(placeFeature(place)).toEqual({
      type: 'Feature',
      id: 'baku',
      geometry: { type: 'Point', coordinates: [49.88, 40.4] },
      properties: {
        id: 'baku',
        kind: 'city',
        name: 'Baku',
        names: place.names,
        precision: 'approximate',
        within: 'azerbaijan',
        contested: false,
        contestedNote: null,
        wikidata: 'Q9248',
      },
    })
  })

  test('gives a place without geometry a null geometry and absent values as null, so JSON keeps them', () => {
    const place = PlaceSchema.parse({
      id: 'lachin-corridor',
      kind: 'corridor',
      name: 'Lachin corridor',
    })
    const feature = placeFeature(place)
    expect(feature.geometry).toBeNull()
    expect(feature.properties).toEqual({
      id: 'lachin-corridor',
      kind: 'corridor',
      name: 'Lachin corridor',
      names: [],
      precision: null,
      within: null,
      contested: false,
      contestedNote: null,
      wikidata: null,
    })
    expect(JSON.parse(JSON.stringify(feature))).toEqual(feature)
  })

  test('imports types only, so the zod-free entry stays zod-free', () => {
    const source = readFileSync(new URL('./place-feature.ts', import.meta.url), 'utf8')
    const imports = source.match(/^import .*$/gm) ?? []
    expect(imports.length).toBeGreaterThan(0)
    for (const line of imports) expect(line).toMatch(/^import type /)
  })
})
