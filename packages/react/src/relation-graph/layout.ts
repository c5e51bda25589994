/**
 * `@karabakh-aftermath/react/relation-graph/layout`: where {@link RelationGraph} draws each actor
 * and tie, laid out by `@dagrejs/dagre`. Server only (or at build time): the layout library stays
 * out of every browser bundle, and the component only draws the result.
 */

import { type EdgeLabel, Graph, type GraphLabel, layout, type NodeLabel } from '@dagrejs/dagre'
import { createLookup } from '@karabakh-aftermath/query'
import type { Relation } from '@karabakh-aftermath/schema'
import { messagesOf, RELATION_MESSAGES } from '../shared/messages.js'
import { nameOf } from '../shared/names.js'
import { type Box, centredBox, round } from '../shared/svg.js'
import { type RelationGraphProps, type RelationLayout, statedTies } from './relation-graph.js'

export type { RelationLayout } from './relation-graph.js'

/** The inputs of a layout: the same props as the {@link RelationGraph} that draws it. */
export type RelationLayoutInput = Pick<
  RelationGraphProps,
  'claims' | 'actors' | 'predicates' | 'lang' | 'messages'
>

/** Font sizes in SVG units (CSS pixels when the graph is drawn at its natural size). */
const NAME = 13
const TAG = 12
/** Line height, in ems, and the padding inside a box, in units. */
const LEAD = 1.3
const PAD = 6
/** A name longer than this wraps onto two lines. */
const WRAP = 20
const ARROWS = ['→', '↘', '↓', '↙', '←', '↖', '↑', '↗']

/**
 * A generous width of a line of text in the components' sans-serif font (weight 600), measured
 * on the server where no font is at hand: wide enough that the drawn text stays inside its box.
 */
const textWidth = (text: string, size: number) =>
  [...text].reduce((w, c) => w + (WIDTHS.find(([re]) => re.test(c))?.[1] ?? 0.64), 0) * size
/** Widths in ems by kind of character; any other character counts 0.64 em. */
const WIDTHS: [RegExp, number][] = [
  [/[ijlI.,'’ ()|]/, 0.34],
  [/[mwMW←-↙]/, 1],
  [/[A-Z]/, 0.78],
]

/** A long name on two lines, split at the space nearest its middle. */
function wrap(name: string): string[] {
  if (name.length <= WRAP || !name.includes(' ')) return [name]
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index)
  const at = spaces.reduce((a, b) =>
    Math.abs(b - name.length / 2) < Math.abs(a - name.length / 2) ? b : a,
  )
  return [name.slice(0, at), name.slice(at + 1)]
}

/** A box around lines of text: its width and height in units. */
const box = (lines: readonly string[], size: number) => ({
  width: Math.ceil(Math.max(...lines.map((l) => textWidth(l, size))) + 2 * PAD),
  height: Math.ceil(lines.length * size * LEAD + PAD),
})

/**
 * Lays out the ties that the claims state: one node per actor (its name, on two lines when
 * long), one edge per pair of actors, labelled with each tie in short words and an arrow for the
 * direction of a one-way tie. Dagre places the nodes in layers and the labels beside them, so no
 * label overlaps another or a node. Deterministic: the same input gives the same layout.
 *
 * @example
 * ```tsx
 * import { dataset } from '@karabakh-aftermath/data'
 * import { RelationGraph } from '@karabakh-aftermath/react/relation-graph'
 * import { layoutRelations } from '@karabakh-aftermath/react/relation-graph/layout'
 *
 * <RelationGraph {...dataset} layout={layoutRelations(dataset)} />
 * ```
 */
export function layoutRelations(input: RelationLayoutInput): RelationLayout {
  const actors = createLookup(input).actors
  const ties = statedTies(input.claims, input.predicates)
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: false })
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 36, edgesep: 16, marginx: 4, marginy: 4 })
  g.setDefaultEdgeLabel(() => ({}))
  const ids = new Set(ties.flatMap((t) => [t.subject, t.object]))
  const names = new Map([...ids].map((id) => [id, wrap(nameOf(actors, id, input.lang))]))
  for (const [id, lines] of names) g.setNode(id, box(lines, NAME))
  // One edge per pair of actors, drawn from the subject of its first tie.
  const pairs = new Map<string, { a: string; b: string; ties: typeof ties }>()
  for (const t of ties) {
    const key = [t.subject, t.object].sort().join('\u0000')
    const pair = pairs.get(key) ?? { a: t.subject, b: t.object, ties: [] }
    pair.ties.push(t)
    pairs.set(key, pair)
  }
  const { tieWords, predicates } = messagesOf(RELATION_MESSAGES, input.messages)
  const words = (p: Relation['predicate']) => tieWords[p] ?? predicates[p]
  for (const { a, b, ties } of pairs.values()) {
    // Room for the widest arrow: the direction is known only once the nodes are placed. Centred
    // on its line, the label's box hides the line where it passes.
    const label = box(
      ties.map((t) => `${words(t.predicate)} ↔`),
      TAG,
    )
    g.setEdge(a, b, { ...label, labelpos: 'c' })
  }
  layout(g)
  // After `layout`, every node and edge label has its place and size.
  type Placed = { x: number; y: number; width: number; height: number }
  const at = (id: string) => g.node(id) as Placed
  // Dagre places a box by its centre; the drawing wants its top left corner.
  const topLeft = (p: Placed): Box => {
    const centred = centredBox(p.x, p.y, p.width, p.height)
    return { ...centred, x: round(centred.x), y: round(centred.y) }
  }
  const nodes = [...names].map(([id, lines]) => ({ id, lines, ...topLeft(at(id)) }))
  const edges = [...pairs.values()].map(({ a, b, ties }) => {
    const e = g.edge(a, b) as EdgeLabel & Placed
    return {
      a,
      b,
      points: (e.points ?? []).map((p) => ({ x: round(p.x), y: round(p.y) })),
      label: topLeft(e),
      ties: ties.map((t) => {
        const dx = at(t.object).x - at(t.subject).x
        const dy = at(t.object).y - at(t.subject).y
        const arrow = t.symmetric
          ? '↔'
          : ARROWS[(Math.round(Math.atan2(dy, dx) / (Math.PI / 4)) + 8) % 8]
        return { predicate: t.predicate, text: `${words(t.predicate)} ${arrow}` }
      }),
    }
  })
  const { width = 0, height = 0 } = g.graph()
  return {
    width: Math.ceil(width),
    height: Math.ceil(height),
    fontSize: { name: NAME, tie: TAG },
    nodes,
    edges,
  }
}
