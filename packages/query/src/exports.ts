/**
 * `@karabakh-aftermath/query/exports`: the dataset in the formats other tools read. GeoJSON for
 * maps (`toFeatureCollection`), W3C Web Annotations for annotation tools (`toWebAnnotations`),
 * and citations for reference managers (`toCsl`, then `toBibTeX`, `toRis` or
 * `citationMetaTags`). Each builds on the schema's zod-free mapping, the one the data package's
 * `places.geojson` and `annotations.jsonld` and the docs app's citations are built with, so a
 * file and the helper never disagree. A separate entry, so the root stays small.
 *
 * @example
 * ```ts
 * import { toFeatureCollection, toWebAnnotations, toCsl, toBibTeX } from '@karabakh-aftermath/query/exports'
 * const map = toFeatureCollection(dataset.places)
 * const annotations = toWebAnnotations(dataset, { baseUrl: 'https://example.org/' })
 * const bibtex = toBibTeX(toCsl(dataset.sources[0], { actors: dataset.actors }))
 * ```
 *
 * @packageDocumentation
 */
export * from '@karabakh-aftermath/schema/citation'
export * from '@karabakh-aftermath/schema/web-annotation'
export {
  type FeatureCollectionOptions,
  type PlaceFeature,
  type PlaceFeatureCollection,
  type PlaceFeatureProperties,
  type PlaceGeometry,
  toFeatureCollection,
} from './geojson.js'
