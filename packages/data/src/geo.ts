// Country outlines from Natural Earth (through world-atlas): centroids for country records and a
// containment check that catches coordinates written [latitude, longitude].
import { createRequire } from 'node:module'
import { geoBounds, geoCentroid, geoContains } from 'd3-geo'
import type { Feature, Geometry } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection as Outlines, Topology } from 'topojson-specification'

const require = createRequire(import.meta.url)

let countries: Map<string, Feature<Geometry>> | undefined

/** Natural Earth 1:50m country outlines by ISO 3166-1 numeric id, loaded once. */
export function naturalEarthCountries(): Map<string, Feature<Geometry>> {
  if (countries) return countries
  const topology = require('world-atlas/countries-50m.json') as Topology<{ countries: Outlines }>
  const { features } = feature(topology, topology.objects.countries)
  countries = new Map(features.filter((f) => f.id !== undefined).map((f) => [String(f.id), f]))
  return countries
}

/** The centroid of a country outline, rounded to two decimals (a country needs no more). */
export function countryCentroid(id: string): [number, number] | undefined {
  const outline = naturalEarthCountries().get(id)
  if (!outline) return undefined
  const [lon, lat] = geoCentroid(outline)
  return [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100]
}

/** Whether a `[longitude, latitude]` point lies within a country's outline. */
export function countryContains(id: string, point: readonly [number, number]): boolean {
  const outline = naturalEarthCountries().get(id)
  return !!outline && geoContains(outline, [point[0], point[1]])
}

// The region the dataset covers: the bounds of Armenia and Azerbaijan (ISO 3166-1 051, 031) in
// Natural Earth, where a place in no country (Nagorno-Karabakh) must lie.
let region: [[number, number], [number, number]] | undefined

/** Whether a `[longitude, latitude]` point lies within the bounds of Armenia and Azerbaijan. */
export function inRegion(point: readonly [number, number]): boolean {
  region ??= geoBounds({
    type: 'FeatureCollection',
    features: ['051', '031'].flatMap((id) => naturalEarthCountries().get(id) ?? []),
  })
  const [[west, south], [east, north]] = region
  return point[0] >= west && point[0] <= east && point[1] >= south && point[1] <= north
}
