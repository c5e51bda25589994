// Precomputes the regional map at build: projects the Natural Earth 1:50m outlines of Armenia,
// Azerbaijan, Georgia, Iran and Turkey (and the land around them) with one fixed conic
// equal-area projection, clips them to the map's frame and writes SVG path strings and the
// projection constants to src/place-map/region.generated.ts, so the runtime projects only points.
//
// Run: node scripts/build-region.ts (a unit test checks that the generated file is up to date).
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { GeoJSON } from '@karabakh-aftermath/schema'
import { geoConicEqualArea, geoConicEqualAreaRaw, geoGraticule, geoPath } from 'd3-geo'
import { round } from '../src/shared/svg.ts'

const require = createRequire(import.meta.url)
const topojson = require('topojson-client') as typeof import('topojson-client')

type Feature<G extends GeoJSON.Geometry | null = GeoJSON.Geometry> = GeoJSON.Feature<G>
type Polygon = GeoJSON.Polygon
type MultiPolygon = GeoJSON.MultiPolygon
type Topology = Parameters<typeof topojson.feature>[0]

/** ISO 3166-1 numeric codes, as world-atlas ids them, of the five countries of the region. */
export const REGION_COUNTRIES = ['051', '031', '268', '364', '792'] as const

/** The map's frame: a longitude/latitude box around the South Caucasus. */
const FRAME = { west: 39.4, east: 51.4, south: 36.9, north: 43.9 }
/** Standard parallels and central meridian of the conic equal-area projection. */
const PARALLELS: [number, number] = [38, 42]
const CENTRAL_MERIDIAN = 45.4
const WIDTH = 800
const DIGITS = 1

const target = fileURLToPath(new URL('../src/place-map/region.generated.ts', import.meta.url))

/**
 * Rewrites an absolute SVG path (d3's `M x,y L x,y … Z`) with relative moves in whole units (one
 * unit is a pixel or less on screen), which are shorter and compress better; deltas come from
 * the rounded absolute points, so no error accumulates.
 */
export function relativePath(d: string): string {
  const pair = (x: number, y: number) => `${x}${y < 0 ? '' : ','}${y}`
  let out = ''
  let px = 0
  let py = 0
  let start: [number, number] = [0, 0]
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === 'Z') {
      out += 'z'
      ;[px, py] = start
      continue
    }
    const [x = 0, y = 0] = (args ?? '').split(',').map((v) => Math.round(Number(v)))
    if (cmd === 'M') {
      out += `m${pair(x - px, y - py)}`
      start = [x, y]
    } else out += `${out.endsWith('z') || /m[^a-z]*$/.test(out) ? 'l' : ' '}${pair(x - px, y - py)}`
    px = x
    py = y
  }
  return out.replace(/ (-)/g, '$1')
}

/** Builds the generated module's source text. */
export function generate(): string {
  const atlas = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology
  const countriesObject = atlas.objects.countries
  if (!countriesObject) throw new Error('world-atlas countries-50m has no countries object')
  const countries = topojson.feature(
    atlas,
    countriesObject,
  ) as unknown as GeoJSON.FeatureCollection<GeoJSON.Geometry, { name: string }>
  const landObject = atlas.objects.land
  if (!landObject) throw new Error('world-atlas countries-50m has no land object')
  const land = topojson.feature(atlas, landObject) as unknown as Feature

  // The frame's outline, densified every half degree so it follows the curved parallels.
  const { west, east, south, north } = FRAME
  const frame = geoGraticule()
    .extent([
      [west, south],
      [east, north],
    ])
    .precision(0.5)
    .outline()
  const fitted = geoConicEqualArea()
    .parallels(PARALLELS)
    .rotate([-CENTRAL_MERIDIAN, 0])
    .fitWidth(WIDTH, frame)
  const [[, y0], [, y1]] = geoPath(fitted).bounds(frame)
  const height = Math.ceil(y1 - y0)
  fitted.translate([fitted.translate()[0], fitted.translate()[1] - y0])
  const projection = fitted.clipExtent([
    [0, 0],
    [WIDTH, height],
  ])
  const path = geoPath(projection).digits(DIGITS)

  // The projection as constants: screen = [dx + k·x, dy − k·y] where [x, y] is the raw conic
  // equal-area projection of the point rotated by the central meridian (what d3 does inside).
  const k = projection.scale()
  const raw = geoConicEqualAreaRaw((PARALLELS[0] * Math.PI) / 180, (PARALLELS[1] * Math.PI) / 180)
  const probe: [number, number] = [45, 40]
  const projected = projection(probe)
  if (!projected) throw new Error('probe point does not project')
  const [rx, ry] = raw(((probe[0] - CENTRAL_MERIDIAN) * Math.PI) / 180, (probe[1] * Math.PI) / 180)
  const dx = projected[0] - k * rx
  const dy = projected[1] + k * ry

  const largestPart = (geometry: Polygon | MultiPolygon): Polygon => {
    if (geometry.type === 'Polygon') return geometry
    const parts = geometry.coordinates.map((coordinates) => ({
      type: 'Polygon' as const,
      coordinates,
    }))
    return parts.reduce((best, part) => (path.area(part) > path.area(best) ? part : best))
  }
  const rows = REGION_COUNTRIES.map((id) => {
    const country = countries.features.find((f) => String(f.id) === id)
    if (!country) throw new Error(`world-atlas has no country ${id}`)
    const absolute = path(country)
    const d = absolute && relativePath(absolute)
    if (!d) throw new Error(`country ${id} does not intersect the frame`)
    const [lx, ly] = path.centroid(largestPart(country.geometry as Polygon | MultiPolygon))
    return { id, name: country.properties.name, label: [round(lx), round(ly)], d }
  })
  const landPath = relativePath(path(land) ?? '')

  const lines = [
    '// Generated by scripts/build-region.ts from world-atlas countries-50m (Natural Earth 1:50m,',
    '// public domain). Do not edit: run `node scripts/build-region.ts` to regenerate.',
    '',
    '/** The map frame and the fixed projection (d3 geoConicEqualArea) that drew the outlines. */',
    'export const REGION_FRAME = {',
    `  width: ${WIDTH},`,
    `  height: ${height},`,
    `  bounds: { west: ${FRAME.west}, east: ${FRAME.east}, south: ${FRAME.south}, north: ${FRAME.north} },`,
    `  parallels: [${PARALLELS[0]}, ${PARALLELS[1]}],`,
    `  centralMeridian: ${CENTRAL_MERIDIAN},`,
    `  scale: ${k},`,
    `  dx: ${dx},`,
    `  dy: ${dy},`,
    '} as const',
    '',
    '/** The five countries of the region, clipped to the frame, with a label point inside each. */',
    'export const REGION_COUNTRIES: readonly {',
    '  id: string',
    '  name: string',
    '  label: readonly [number, number]',
    '  d: string',
    '}[] = JSON.parse(',
    `  '${JSON.stringify(rows).replaceAll("'", "\\'")}',`,
    ')',
    '',
    '/** All land within the frame (Natural Earth land), drawn beneath the five countries. */',
    'export const REGION_LAND =',
    `  '${landPath}'`,
    '',
  ]
  return lines.join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(target, generate())
  console.log(`region: wrote ${target}`)
}
