import { describe, expect, test } from 'vitest'
import { GeometrySchema, PositionSchema } from './geometry.js'
import { issuesOf } from './problem.js'

const square = [
  [46.3, 39.5],
  [47.2, 39.5],
  [47.2, 40.3],
  [46.3, 40.3],
  [46.3, 39.5],
]
const triangle = [
  [49.8, 40.3],
  [50.0, 40.3],
  [49.9, 40.5],
  [49.8, 40.3],
]
const LON = (got: number) => `longitude must be between -180 and 180 (got ${got})`
const LAT = (got: number) => `latitude must be between -90 and 90 (got ${got})`
const UNCLOSED = 'a polygon ring must be closed: its last position must equal its first'

describe('GeometrySchema: valid geometries', () => {
  test.each([
    ['a Point', { type: 'Point', coordinates: [49.88, 40.4] }],
    ['a Point with altitude', { type: 'Point', coordinates: [46.75, 39.82, 800] }],
    ['a Point on the limits', { type: 'Point', coordinates: [-180, 90] }],
    [
      'a MultiPoint',
      {
        type: 'MultiPoint',
        coordinates: [
          [46.75, 39.82],
          [46.76, 39.76],
        ],
      },
    ],
    [
      'a LineString',
      {
        type: 'LineString',
        coordinates: [
          [45.5, 39.2],
          [46.5, 39.0],
        ],
      },
    ],
    ['a MultiLineString', { type: 'MultiLineString', coordinates: [square.slice(0, 2), triangle] }],
    ['a Polygon', { type: 'Polygon', coordinates: [square] }],
    ['a Polygon with a hole', { type: 'Polygon', coordinates: [square, triangle] }],
    ['a MultiPolygon', { type: 'MultiPolygon', coordinates: [[square], [triangle]] }],
    [
      'a Point with a bbox',
      { type: 'Point', coordinates: [49.88, 40.4], bbox: [49.88, 40.4, 49.88, 40.4] },
    ],
    [
      'a Polygon with a 3D bbox',
      { type: 'Polygon', coordinates: [square], bbox: [46.3, 39.5, 0, 47.2, 40.3, 0] },
    ],
  ])('accepts %s unchanged', (_, geometry) => {
    expect(GeometrySchema.parse(geometry)).toEqual(geometry)
  })
})

describe('GeometrySchema: coordinates out of range', () => {
  test.each([
    [{ type: 'Point', coordinates: [200, 40] }, ['coordinates', 0], LON(200)],
    [{ type: 'Point', coordinates: [-180.5, 40] }, ['coordinates', 0], LON(-180.5)],
    [{ type: 'Point', coordinates: [49.88, 91] }, ['coordinates', 1], LAT(91)],
    [{ type: 'Point', coordinates: [49.88, -90.01] }, ['coordinates', 1], LAT(-90.01)],
    // The example of the docs: a latitude out of range is reported on the latitude.
    [{ type: 'Point', coordinates: [40.4, 249.88] }, ['coordinates', 1], LAT(249.88)],
    [
      {
        type: 'MultiPoint',
        coordinates: [
          [0, 0],
          [0, 100],
        ],
      },
      ['coordinates', 1, 1],
      LAT(100),
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [181, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      ['coordinates', 0, 1, 0],
      LON(181),
    ],
    [
      {
        type: 'MultiPolygon',
        coordinates: [
          [triangle],
          [
            [
              [0, 0],
              [1, 0],
              [1, -95],
              [0, 0],
            ],
          ],
        ],
      },
      ['coordinates', 1, 0, 2, 1],
      LAT(-95),
    ],
  ])('refuses %j at the exact position', (geometry, path, message) => {
    expect(issuesOf(GeometrySchema, geometry)).toEqual([{ path, message }])
  })
})

describe('GeometrySchema: broken shapes', () => {
  test('refuses an unclosed ring', () => {
    expect(
      issuesOf(GeometrySchema, { type: 'Polygon', coordinates: [square.slice(0, 4)] }),
    ).toEqual([{ path: ['coordinates', 0], message: UNCLOSED }])
  })

  test('refuses an unclosed ring inside a MultiPolygon', () => {
    const open = [...triangle.slice(0, 3), [49.8, 40.31]]
    expect(
      issuesOf(GeometrySchema, { type: 'MultiPolygon', coordinates: [[square], [open]] }),
    ).toEqual([{ path: ['coordinates', 1, 0], message: UNCLOSED }])
  })

  test('refuses a ring with fewer than four positions', () => {
    const ring = [
      [0, 0],
      [1, 0],
      [0, 0],
    ]
    expect(issuesOf(GeometrySchema, { type: 'Polygon', coordinates: [ring] })).toEqual([
      {
        path: ['coordinates', 0],
        message: expect.stringMatching(/^a polygon ring needs at least four positions/),
      },
    ])
  })

  test('refuses a polygon without rings and a line with one position', () => {
    expect(issuesOf(GeometrySchema, { type: 'Polygon', coordinates: [] })).toEqual([
      { path: ['coordinates'], message: 'must not be empty' },
    ])
    expect(issuesOf(GeometrySchema, { type: 'LineString', coordinates: [[0, 0]] })).toEqual([
      {
        path: ['coordinates'],
        message: expect.stringMatching(/^a line needs at least two positions/),
      },
    ])
  })

  test('refuses an unknown type, naming it', () => {
    expect(issuesOf(GeometrySchema, { type: 'Circle', coordinates: [0, 0], radius: 1 })).toEqual([
      { path: ['type'], message: 'is not one of the allowed forms (unknown type "Circle")' },
    ])
  })

  test('refuses a GeometryCollection and a Feature: only bare geometries', () => {
    for (const type of ['GeometryCollection', 'Feature', 'point']) {
      expect(issuesOf(GeometrySchema, { type, coordinates: [0, 0] })).toEqual([
        { path: ['type'], message: `is not one of the allowed forms (unknown type "${type}")` },
      ])
    }
  })

  test('refuses a position with one number or a string', () => {
    expect(issuesOf(GeometrySchema, { type: 'Point', coordinates: [49.88] })).toEqual([
      { path: ['coordinates'], message: 'must have at least 2 items' },
    ])
    expect(
      GeometrySchema.safeParse({ type: 'Point', coordinates: ['49.88', '40.4'] }).success,
    ).toBe(false)
  })

  test('refuses unknown members such as crs or properties', () => {
    expect(
      issuesOf(GeometrySchema, { type: 'Point', coordinates: [0, 0], crs: 'EPSG:4326' }),
    ).toEqual([
      { path: [], message: 'has unknown field crs (check the spelling against the data model)' },
    ])
  })

  test('refuses a bbox that is neither 4 nor 6 numbers', () => {
    for (const bbox of [
      [0, 0],
      [0, 0, 1],
      [0, 0, 1, 1, 2],
    ]) {
      expect(GeometrySchema.safeParse({ type: 'Point', coordinates: [0, 0], bbox }).success).toBe(
        false,
      )
    }
  })

  test('refuses what is not a geometry object', () => {
    expect(GeometrySchema.safeParse('POINT(49.88 40.4)').success).toBe(false)
    expect(GeometrySchema.safeParse(null).success).toBe(false)
    expect(GeometrySchema.safeParse({ coordinates: [0, 0] }).success).toBe(false)
  })
})

describe('PositionSchema', () => {
  test('accepts two or three numbers, longitude first', () => {
    expect(PositionSchema.parse([49.88, 40.4])).toEqual([49.88, 40.4])
    expect(PositionSchema.parse([49.88, 40.4, -28])).toEqual([49.88, 40.4, -28])
  })

  test('refuses four numbers', () => {
    expect(PositionSchema.safeParse([1, 2, 3, 4]).success).toBe(false)
  })
})
