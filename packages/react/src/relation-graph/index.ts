/** `@karabakh-aftermath/react/relation-graph`: the ties between actors, as a graph and a table. */
export { RelationGraph, type RelationGraphProps, type RelationLayout } from './relation-graph.js'
