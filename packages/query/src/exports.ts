/**
 * `@karabakh-aftermath/query/exports`: the dataset in the formats other tools read. W3C Web
 * Annotations for annotation tools (`toWebAnnotations`), and citations for reference managers
 * (`toCsl`, then `toBibTeX`, `toRis` or `citationMetaTags`). Each is the schema's zod-free mapping,
 * the one the data package's `annotations.jsonld` and the docs app's citations are built with, so
 * a file and the helper never disagree. A separate entry, so the root stays small.
 *
 * @example
 * ```ts
 * import { toWebAnnotations, toCsl, toBibTeX } from '@karabakh-aftermath/query/exports'
 * const annotations = toWebAnnotations(dataset, { baseUrl: 'https://example.org/' })
 * const bibtex = toBibTeX(toCsl(dataset.sources[0], { actors: dataset.actors }))
 * ```
 *
 * @packageDocumentation
 */
export * from '@karabakh-aftermath/schema/citation'
export * from '@karabakh-aftermath/schema/web-annotation'
