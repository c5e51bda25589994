/**
 * `@karabakh-aftermath/react`: React components that render the analysis of the RUSI
 * Commentary *The Aftermath of the Nagorno-Karabakh Conflict*: a timeline, claim and quote
 * cards, actors, a map, the relations between actors, an annotated reader, and `Analysis`, all
 * of them composed. Each takes plain records as props, needs no provider and renders semantic
 * HTML; import `@karabakh-aftermath/react/styles.css` for the default look.
 *
 * @packageDocumentation
 */
export * from './actor-card/index.js'
export * from './actor-list/index.js'
export * from './analysis/index.js'
export * from './citation/index.js'
export * from './claim-card/index.js'
export * from './claim-list/index.js'
export * from './place-map/index.js'
export * from './quote/index.js'
export * from './relation-graph/index.js'
export * from './source-reader/index.js'
export * from './timeline/index.js'
export * from './utils.js'
