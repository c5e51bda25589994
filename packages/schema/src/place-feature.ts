/**
 * `placeFeature(place)`: a place as a GeoJSON Feature (RFC 7946, `[longitude, latitude]`). The one
 * mapping from the model to GeoJSON: the data package builds `places.geojson` with it and the
 * query package's `toFeatureCollection` uses it, so the file and the helper never disagree.
 * Zod-free: import it from `@karabakh-aftermath/schema/place-feature` in a browser bundle.
 *
 * @module
 */
import type { GeoJSON } from './geometry.js'
import type { Place } from './place.js'

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
 * name, every name with its language and users, geometry precision, the place it lies in, whether
 * (and how) it is contested, and its Wikidata id. Absent values are `null`, so they survive
 * `JSON.stringify`.
 *
 * @example
 * ```ts
 * const p: PlaceFeatureProperties = { id: 'agdam', kind: 'town', name: 'Ağdam', names: [],
 *   precision: 'approximate', within: 'azerbaijan', contested: false, contestedNote: null,
 *   wikidata: null }
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
  /** Its Wikidata item (`Q…`). */
  readonly wikidata: string | null
}

/**
 * A place as a GeoJSON Feature whose `id` is the place's id. `G` is `null` for a place without a
 * geometry (RFC 7946 §3.2: a feature may have a `null` geometry).
 *
 * @example
 * ```ts
 * const f: PlaceFeature = placeFeature(place)
 * f.properties.contested
 * ```
 */
export type PlaceFeature<
  P extends Place = Place,
  G extends PlaceGeometry | null = PlaceGeometry | null,
> = GeoJSON.Feature<G, PlaceFeatureProperties<P>> & { id: P['id'] }

/**
 * Turns one place into a GeoJSON Feature. A place without a geometry (a border, a buffer zone: no
 * geometry is ever invented) gets a `null` geometry; leave such features out if your map cannot
 * take them.
 *
 * @example
 * ```ts
 * import { placeFeature } from '@karabakh-aftermath/schema/place-feature'
 * const fc = { type: 'FeatureCollection', features: places.map(placeFeature) }
 * ```
 */
export function placeFeature<P extends Place>(place: P): PlaceFeature<P> {
  // Absent values become `null`, which `JSON.stringify` keeps. A literal, so that a property
  // added to `PlaceFeatureProperties` and not here is a type error.
  return {
    type: 'Feature',
    id: place.id,
    geometry: (place.geometry ?? null) as PlaceGeometry | null,
    properties: {
      id: place.id,
      kind: place.kind,
      name: place.name,
      names: place.names,
      precision: place.precision ?? null,
      within: place.within ?? null,
      contested: place.contested,
      contestedNote: place.contestedNote ?? null,
      wikidata: place.wikidata ?? null,
    },
  }
}
