import { describe, expect, test } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import type { Place } from './place.js'
import { PlaceInputSchema, PlaceSchema } from './place.js'
import { issuesOf } from './problem.js'

const validPlace = () =>
  structuredClone(fixture.places.find((p) => p.id === 'nagorno-karabakh') as Place)

const NEEDS_PRECISION = 'a place with a geometry needs a precision (exact, approximate or centroid)'
const NEEDS_NOTE = 'a contested place needs a contestedNote saying who contests what'

const minimal = { id: 'lachin-corridor', kind: 'corridor', name: 'Lachin corridor' }

describe('PlaceSchema', () => {
  test('accepts a valid place unchanged', () => {
    const place = validPlace()
    expect(PlaceSchema.parse(place)).toEqual(place)
  })

  test('accepts a place without geometry (none is invented) and fills the defaults', () => {
    expect(PlaceSchema.parse(minimal)).toEqual({
      ...minimal,
      names: [],
      contested: false,
      citations: [],
      mentions: [],
    })
  })

  test('refuses a geometry without a precision', () => {
    const { precision: _precision, ...place } = validPlace()
    expect(issuesOf(PlaceSchema, place)).toEqual([
      { path: ['precision'], message: NEEDS_PRECISION },
    ])
  })

  test('accepts a precision without geometry', () => {
    expect(PlaceSchema.safeParse({ ...minimal, precision: 'approximate' }).success).toBe(true)
  })

  test('refuses an unknown precision', () => {
    expect(issuesOf(PlaceSchema, { ...validPlace(), precision: 'rough' })).toEqual([
      {
        path: ['precision'],
        message: 'must be one of: exact, approximate, centroid (got "rough")',
      },
    ])
  })

  test('refuses a contested place without a contestedNote', () => {
    const { contestedNote: _note, ...place } = validPlace()
    expect(issuesOf(PlaceSchema, place)).toEqual([{ path: ['contestedNote'], message: NEEDS_NOTE }])
    expect(issuesOf(PlaceSchema, { ...minimal, contested: true })).toEqual([
      { path: ['contestedNote'], message: NEEDS_NOTE },
    ])
  })

  test('reports both rules at once', () => {
    const { contestedNote: _note, precision: _precision, ...place } = validPlace()
    expect(issuesOf(PlaceSchema, place)).toEqual([
      { path: ['precision'], message: NEEDS_PRECISION },
      { path: ['contestedNote'], message: NEEDS_NOTE },
    ])
  })

  test('refuses an empty contestedNote and a contested flag that is not a boolean', () => {
    expect(issuesOf(PlaceSchema, { ...validPlace(), contestedNote: '' })).toEqual([
      { path: ['contestedNote'], message: 'must not be empty' },
      { path: ['contestedNote'], message: NEEDS_NOTE },
    ])
    expect(issuesOf(PlaceSchema, { ...validPlace(), contested: 'yes' })).toEqual([
      { path: ['contested'], message: 'must be a boolean (got string)' },
    ])
  })

  test('refuses a geometry with latitude first, at the coordinate', () => {
    const geometry = { type: 'Point', coordinates: [39.82, 146.75] }
    expect(issuesOf(PlaceSchema, { ...validPlace(), geometry })).toEqual([
      {
        path: ['geometry', 'coordinates', 1],
        message: 'latitude must be between -90 and 90 (got 146.75)',
      },
    ])
  })

  test('refuses a naturalEarth id that is not three digits', () => {
    expect(
      PlaceSchema.safeParse({ ...minimal, kind: 'country', naturalEarth: '031' }).success,
    ).toBe(true)
    expect(issuesOf(PlaceSchema, { ...minimal, kind: 'country', naturalEarth: '31' })).toEqual([
      {
        path: ['naturalEarth'],
        message:
          'must be a three-digit ISO 3166-1 numeric code as world-atlas uses it, such as "031"',
      },
    ])
  })

  test('refuses a citation with a javascript: URL', () => {
    const citations = [{ title: 'Map', url: 'javascript:alert(1)' }]
    expect(issuesOf(PlaceSchema, { ...validPlace(), citations })).toEqual([
      { path: ['citations', 0, 'url'], message: 'must be an http: or https: URL' },
    ])
  })

  test('refuses within that is not an id, and unknown fields', () => {
    expect(issuesOf(PlaceSchema, { ...validPlace(), within: 'Nagorno Karabakh' })).toEqual([
      {
        path: ['within'],
        message: 'must be lowercase kebab-case (letters, digits and single hyphens)',
      },
    ])
    expect(issuesOf(PlaceSchema, { ...validPlace(), coordinates: [46.75, 39.82] })).toEqual([
      {
        path: [],
        message: 'has unknown field coordinates (check the spelling against the data model)',
      },
    ])
  })
})

describe('PlaceInputSchema', () => {
  test('accepts authored mentions and the same rules apply', () => {
    const input = { ...validPlace(), mentions: ['Stepanakert'] }
    expect(PlaceInputSchema.parse(input)).toEqual(input)
    const { precision: _precision, contestedNote: _note, ...broken } = input
    expect(issuesOf(PlaceInputSchema, broken)).toEqual([
      { path: ['precision'], message: NEEDS_PRECISION },
      { path: ['contestedNote'], message: NEEDS_NOTE },
    ])
  })

  test('accepts a country given by naturalEarth instead of a geometry', () => {
    expect(
      PlaceInputSchema.safeParse({
        id: 'azerbaijan',
        kind: 'country',
        name: 'Azerbaijan',
        naturalEarth: '031',
      }).success,
    ).toBe(true)
  })
})
