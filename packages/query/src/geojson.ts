/**
 * `toFeatureCollection(places)`: any selection of places as a GeoJSON FeatureCollection (RFC
 * 7946, `[longitude, latitude]`), ready for MapLibre, Leaflet or d3-geo.
 *
 * @module
 */
import type { GeoJSON, Place } from '@karabakh-aftermath/schema'
import { readBoolean, readOptions } from './args.js'
import { InvalidArgumentError } from './errors.js'

/**
 * The geometry of a place, as GeoJSON.
 *
 * @example
 * ```ts
 * const point: PlaceGeometry = { type: 'Point', coordinates: [49.88, 40.4] }
 * ```
 */
export type PlaceGeometry = NonNullable<Place['geometry']> & GeoJSON.Geometry

/**
 * The properties each feature carries: the place's id (also the feature's `id`), kind, display
 * name, every name with its language and users, geometry precision, the place it lies in, and
 * whether (and how) it is contested. Absent values are `null`, so they survive `JSON.stringify`.
 *
 * @example
 * ```ts
 * const p: PlaceFeatureProperties = { id: 'agdam', kind: 'town', name: 'Ağdam', names: [],
 *   precision: 'approximate', within: 'azerbaijan', contested: false, contestedNote: null }
 * ```
 */
export type PlaceFeatureProperties<P extends Place = Place> = {
  /** The place's id. */
  readonly id: P['id']
  /** Its kind: `country`, `city`, `site`… */
  readonly kind: Place['kind']
  /** Its display name. */
  readonly name: string
  /** Its names in every language, with the actors whose usage each is. */
  readonly names: Place['names']
  /** How precise the geometry is. */
  readonly precision: NonNullable<Place['precision']> | null
  /** The id of the place it lies in. */
  readonly within: string | null
  /** Whether the place is contested. */
  readonly contested: boolean
  /** Who contests what, when contested. */
  readonly contestedNote: string | null
}

/**
 * A GeoJSON FeatureCollection of places. With `includeUnlocated`, places without a geometry are
 * features whose `geometry` is `null` (RFC 7946 §3.2); otherwise they are left out.
 *
 * @example
 * ```ts
 * const fc: PlaceFeatureCollection = toFeatureCollection(dataset.places)
 * map.addSource('places', { type: 'geojson', data: fc })
 * ```
 */
export type PlaceFeatureCollection<
  P extends Place = Place,
  G extends PlaceGeometry | null = PlaceGeometry,
> = GeoJSON.FeatureCollection<G, PlaceFeatureProperties<P>> & {
  readonly features: (GeoJSON.Feature<G, PlaceFeatureProperties<P>> & { id: P['id'] })[]
}

/**
 * Options of {@link toFeatureCollection}.
 *
 * @example
 * ```ts
 * toFeatureCollection(places, { includeUnlocated: true })
 * ```
 */
export type FeatureCollectionOptions = {
  /** Keep places without a geometry, as features with a `null` geometry (default `false`). */
  readonly includeUnlocated?: boolean | undefined
}

/**
 * Turns any selection of places into a GeoJSON FeatureCollection, one feature per place (the
 * first, when a place is listed twice), in the order given. Places without a geometry (a border,
 * a buffer zone: no geometry is ever invented) are left out unless `includeUnlocated` is set.
 *
 * @example
 * ```ts
 * import { toFeatureCollection } from '@karabakh-aftermath/query'
 * const fc = toFeatureCollection(dataset.places.filter((p) => p.contested))
 * JSON.stringify(fc) // { "type": "FeatureCollection", "features": [{ "type": "Feature", "id": "nagorno-karabakh", … }] }
 * ```
 */
export function toFeatureCollection<P extends Place>(
  places: readonly P[],
  options?: { readonly includeUnlocated?: false | undefined },
): PlaceFeatureCollection<P>
/**
 * Turns any selection of places into a GeoJSON FeatureCollection, keeping places without a
 * geometry as features with a `null` geometry.
 *
 * @example
 * ```ts
 * toFeatureCollection(dataset.places, { includeUnlocated: true }).features.filter((f) => !f.geometry)
 * ```
 */
export function toFeatureCollection<P extends Place>(
  places: readonly P[],
  options: FeatureCollectionOptions,
): PlaceFeatureCollection<P, PlaceGeometry | null>
export function toFeatureCollection<P extends Place>(
  places: readonly P[],
  options?: FeatureCollectionOptions,
): PlaceFeatureCollection<P, PlaceGeometry | null> {
  return featureCollection('toFeatureCollection', places, options)
}

/** The implementation of {@link toFeatureCollection}, naming the helper in errors. @internal */
export function featureCollection<P extends Place>(
  helper: string,
  places: unknown,
  options: unknown,
): PlaceFeatureCollection<P, PlaceGeometry | null> {
  if (!Array.isArray(places))
    throw new InvalidArgumentError(helper, 'places', 'an array of places', places)
  const o = readOptions(helper, options, ['includeUnlocated'])
  const includeUnlocated = readBoolean(helper, 'includeUnlocated', o.includeUnlocated) ?? false
  const seen = new Set<string>()
  const features: PlaceFeatureCollection<P, PlaceGeometry | null>['features'] = []
  places.forEach((place: unknown, i) => {
    if (!place || typeof place !== 'object' || typeof (place as { id?: unknown }).id !== 'string')
      throw new InvalidArgumentError(helper, `places[${i}]`, 'a place record (with an id)', place)
    const p = place as P
    if (seen.has(p.id)) return
    seen.add(p.id)
    if (!p.geometry && !includeUnlocated) return
    features.push({
      type: 'Feature',
      id: p.id,
      geometry: (p.geometry ?? null) as PlaceGeometry | null,
      properties: {
        id: p.id,
        kind: p.kind,
        name: p.name,
        names: p.names,
        precision: p.precision ?? null,
        within: p.within ?? null,
        contested: p.contested,
        contestedNote: p.contestedNote ?? null,
      },
    })
  })
  return { type: 'FeatureCollection', features }
}
