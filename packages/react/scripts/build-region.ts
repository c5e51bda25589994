// Precomputes the regional map at build: projects the Natural Earth 1:50m outlines of Armenia,
// Azerbaijan, Georgia, Iran and Turkey (and the land around them) with one fixed conic
// equal-area projection, clips them to the map's frame and writes SVG path strings and the
// projection constants to src/place-map/region.generated.ts, so the runtime projects only points.
//
// Run: node scripts/build-region.ts (a unit test checks that the generated file is up to date).
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { GeoJSON } from '@karabakh-aftermath/schema'
import { geoConicEqualArea, geoConicEqualAreaRaw, geoGraticule, geoPath } from 'd3-geo'
import { round } from '../src/shared/svg.ts'

const require = createRequire(import.meta.url)
const topojson = require('topojson-client') as typeof import('topojson-client')

type Countries = GeoJSON.FeatureCollection<GeoJSON.Geometry, { name: string }>
type Polygonal = GeoJSON.Polygon | GeoJSON.MultiPolygon
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
  // The previous point, and the start of the current ring, where `Z` returns.
  let [px, py, sx, sy] = [0, 0, 0, 0]
  for (const [, cmd, args = ''] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    const [x = sx, y = sy] = cmd === 'Z' ? [] : args.split(',').map((v) => Math.round(Number(v)))
    if (cmd === 'M') [sx, sy] = [x, y]
    // A line after a move or a close needs its `l`; after another line, a space will do.
    const op = cmd === 'M' ? 'm' : /[mz][^a-z]*$/.test(out) ? 'l' : ' '
    out += cmd === 'Z' ? 'z' : `${op}${pair(x - px, y - py)}`
    ;[px, py] = [x, y]
  }
  return out.replace(/ (-)/g, '$1')
}

/** Builds the generated module's source text. */
export function generate(): string {
  const atlas = require('world-atlas/countries-50m.json') as Topology
  const { countries: countriesObject, land: landObject } = atlas.objects
  if (!countriesObject || !landObject) throw new Error('world-atlas countries-50m has changed')
  const countries = topojson.feature(atlas, countriesObject) as unknown as Countries
  const land = topojson.feature(atlas, landObject) as unknown as GeoJSON.Feature

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
  // equal-area projection of the point rotated by the central meridian. d3 puts the raw
  // projection of its centre at the translation, so dx and dy offset it from there.
  const k = projection.scale()
  const raw = geoConicEqualAreaRaw((PARALLELS[0] * Math.PI) / 180, (PARALLELS[1] * Math.PI) / 180)
  const [lambda0, phi0] = projection.center()
  const [cx, cy] = raw((lambda0 * Math.PI) / 180, (phi0 * Math.PI) / 180)
  const [tx, ty] = projection.translate()
  const [dx, dy] = [tx - k * cx, ty + k * cy]

  const largestPart = (g: Polygonal) =>
    (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
      .map((coordinates): GeoJSON.Polygon => ({ type: 'Polygon', coordinates }))
      .reduce((best, part) => (path.area(part) > path.area(best) ? part : best))
  const rows = REGION_COUNTRIES.map((id) => {
    const country = countries.features.find((f) => String(f.id) === id)
    if (!country) throw new Error(`world-atlas has no country ${id}`)
    const absolute = path(country)
    const d = absolute && relativePath(absolute)
    if (!d) throw new Error(`country ${id} does not intersect the frame`)
    const [lx, ly] = path.centroid(largestPart(country.geometry as Polygonal))
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
