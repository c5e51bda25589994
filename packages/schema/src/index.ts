/**
 * `@karabakh-aftermath/schema`: zod schemas and TypeScript types for the dataset of the RUSI
 * Commentary *The Aftermath of the Nagorno-Karabakh Conflict*: sources, actors, events, claims,
 * places and topics, their vocabularies, EDTF dates, GeoJSON geometry, places as GeoJSON
 * features, Web Annotations and citations, and `validateDataset`.
 *
 * @packageDocumentation
 */
export * from './actor.js'
export * from './citation.js'
export * from './claim.js'
export * from './dataset.js'
export * from './edtf.js'
export * from './event.js'
export * from './geometry.js'
export * from './id.js'
export * from './place.js'
export * from './place-feature.js'
export * from './problem.js'
export * from './quote.js'
export * from './source.js'
export * from './topic.js'
export * from './vocabulary.js'
export * from './web-annotation.js'
