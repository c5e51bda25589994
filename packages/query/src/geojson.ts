/**
 * `toFeatureCollection(places)`: any selection of places as a GeoJSON FeatureCollection (RFC
 * 7946, `[longitude, latitude]`), ready for MapLibre, Leaflet or d3-geo. Each feature is the
 * schema's `placeFeature`, the mapping the data package's `places.geojson` is built with.
 *
 * @module
 */
import type { GeoJSON, Place } from '@karabakh-aftermath/schema'
import {
  type PlaceFeature,
  type PlaceFeatureProperties,
  type PlaceGeometry,
  placeFeature,
} from '@karabakh-aftermath/schema/place-feature'
import { bool, type Check, type Ctx, fail, read } from './args.js'
import type { IdOf, QueryableDataset, RecordOf } from './types.js'

export type { PlaceFeature, PlaceFeatureProperties, PlaceGeometry }

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
  readonly features: PlaceFeature<P, G>[]
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
 * import { toFeatureCollection } from '@karabakh-aftermath/query/exports'
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
  // No dataset: places are given as records.
  return featureCollection({ helper: 'toFeatureCollection' } as Ctx, places, options)
}

/**
 * The `toFeatureCollection` of `/shipped`, bound to a dataset: places given as records or ids.
 *
 * @example
 * ```ts
 * import { toFeatureCollection } from '@karabakh-aftermath/query/shipped'
 * const toGeoJson: FeatureCollectionHelper<ShippedDataset> = toFeatureCollection
 * toGeoJson(['baku', 'agdam'])
 * ```
 */
export type FeatureCollectionHelper<D extends QueryableDataset> = {
  /** The places (records or ids) as a FeatureCollection, leaving out those without geometry. */
  (
    places: readonly (RecordOf<D, 'places'> | IdOf<D, 'places'>)[],
    options?: { readonly includeUnlocated?: false | undefined },
  ): PlaceFeatureCollection<RecordOf<D, 'places'>>
  /** The places as a FeatureCollection, places without geometry having a `null` geometry. */
  (
    places: readonly (RecordOf<D, 'places'> | IdOf<D, 'places'>)[],
    options: FeatureCollectionOptions,
  ): PlaceFeatureCollection<RecordOf<D, 'places'>, PlaceGeometry | null>
}

/**
 * The implementation of {@link toFeatureCollection}: `ids` resolves a place given by id (the
 * query's helper takes ids of its dataset). @internal
 */
export function featureCollection<P extends Place>(
  ctx: Ctx,
  places: unknown,
  options: unknown,
  ids?: Check<P>,
): PlaceFeatureCollection<P, PlaceGeometry | null> {
  if (!Array.isArray(places)) fail(ctx, 'places', 'an array of places', places)
  const { includeUnlocated } = read(ctx, options, { includeUnlocated: bool })
  const byId = new Map<string, P>()
  ;(places as unknown[]).forEach((value, i) => {
    const path = `places[${i}]`
    const place = (typeof value === 'string' && ids ? ids(value, path, ctx) : value) as P
    if (typeof place?.id !== 'string') fail(ctx, path, 'a place record (with an id)', place)
    if (!byId.has(place.id)) byId.set(place.id, place)
  })
  const features = [...byId.values()]
    .filter((p) => includeUnlocated || p.geometry)
    .map(placeFeature)
  return { type: 'FeatureCollection', features }
}
