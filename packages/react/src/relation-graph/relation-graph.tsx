/** RelationGraph: the ties between actors that claims state, as a graph and as a table. */

import { createLookup, relationsOf, type StatedTie, tiesOf } from '@karabakh-aftermath/query'
import type { Claim, Relation } from '@karabakh-aftermath/schema'
import type { JSX } from 'react'
import { claimAnchor, href } from '../shared/anchors.js'
import { RELATION_MESSAGES } from '../shared/messages.js'
import type { Collections } from '../shared/model.js'
import { nameOf } from '../shared/names.js'
import { type BaseProps, type HeadingLevel, useFrame } from '../shared/props.js'
import { Names, Section, StatedBy, Table } from '../shared/ui.js'

/** Props of {@link RelationGraph}. */
export type RelationGraphProps = BaseProps &
  Collections & {
    /** The claims whose `relation`s are drawn. */
    claims: readonly Claim[]
    /** Only these predicates (default: all, e.g. `['ally-of', 'enemy-of', 'mediator-of']`). */
    predicates?: readonly Relation['predicate'][] | undefined
    /** The heading. Default "Relations between actors". */
    title?: string | undefined
    /** Level of the heading. Default 2. */
    headingLevel?: HeadingLevel | undefined
    /** Link each tie to its claim's card, for pages that also render a {@link ClaimList}. Default false. */
    linkClaims?: boolean | undefined
    /**
     * Where to draw the graph: `layoutRelations(props)` from
     * `@karabakh-aftermath/react/relation-graph/layout`, computed on the server or at build time.
     * Without it, only the table of ties is shown.
     */
    layout?: RelationLayout | undefined
  }

/** Where to draw each actor and tie: made by `layoutRelations` on the server, plain data. */
export type RelationLayout = {
  /** Size of the drawing, in SVG units (CSS pixels at its natural size). */
  width: number
  height: number
  /** Font sizes of the actors' names and of the ties, in the same units. */
  fontSize: { name: number; tie: number }
  /** Each actor: its box (top left, width, height) and its name, in one or two lines. */
  nodes: { id: string; lines: string[]; x: number; y: number; w: number; h: number }[]
  /** Each pair of actors: the line between them, its label's box and the ties it lists. */
  edges: {
    a: string
    b: string
    points: { x: number; y: number }[]
    label: { x: number; y: number; w: number; h: number }
    ties: { predicate: string; text: string }[]
  }[]
}

/** The ties the claims state, one per subject, predicate and object, optionally of some predicates. */
export const statedTies = (
  claims: readonly Claim[],
  predicates?: readonly Relation['predicate'][],
): StatedTie[] =>
  tiesOf(
    relationsOf(claims).filter((r) => !predicates || predicates.includes(r.predicate)),
    true,
  )

/** The baseline of line `i` of `count` lines centred in a box, at `size` units and 1.3 leading. */
const lineY = (box: { y: number; h: number }, count: number, i: number, size: number) =>
  Math.round((box.y + box.h / 2 + (i - (count - 1) / 2) * size * 1.3 + size * 0.35) * 10) / 10

/**
 * The ties between actors that the claims state (ally, enemy, mediator, security guarantor,
 * member…), as a table with who states each and, given a `layout`, as a graph in SVG: one box per
 * actor, one line per pair, labelled with its ties in words and an arrow for the direction of
 * each one-way tie. It ships no layout code: `layoutRelations` computes the layout on the server.
 * The graph never draws a label under 9 px: in a narrower box it scrolls, and below 40rem the
 * table alone lists the ties.
 *
 * @example
 * ```tsx
 * import { RelationGraph } from '@karabakh-aftermath/react/relation-graph'
 * import { layoutRelations } from '@karabakh-aftermath/react/relation-graph/layout'
 * <RelationGraph claims={claims} actors={actors} layout={layoutRelations({ claims, actors })} />
 * ```
 */
export function RelationGraph(props: RelationGraphProps): JSX.Element {
  const { claims, headingLevel = 2, lang, layout } = props
  const { uid, prefix, t, H } = useFrame(props, RELATION_MESSAGES, headingLevel, 'ka')
  const title = props.title ?? t.relationsTitle
  const claimHref = props.linkClaims
    ? (claimId: string) => href(claimAnchor(claimId, prefix), props.linkBase)
    : undefined
  const lookup = createLookup(props)
  const collator = new Intl.Collator(props.locale)
  const label = (a: string) => nameOf(lookup.actors, a, lang)
  const rows = statedTies(claims, props.predicates).sort(
    (x, y) =>
      collator.compare(label(x.subject), label(y.subject)) ||
      collator.compare(label(x.object), label(y.object)),
  )
  const name = (ids: string) => <Names ids={ids} records={lookup.actors} lang={lang} />

  return (
    <Section name="ka-relations" of={props} frame={{ uid, H }} title={t.relationsTitle}>
      {rows.length === 0 ? (
        <p>{t.noTies}</p>
      ) : (
        <>
          {layout && (
            <figure className="ka-relations__figure">
              <svg
                className="ka-relations__svg"
                viewBox={`0 0 ${layout.width} ${layout.height}`}
                // Drawn at its natural size, or narrower down to where the ties' text is 9 px.
                style={{
                  width: `${layout.width}px`,
                  minWidth: `${Math.ceil((layout.width * 9) / layout.fontSize.tie)}px`,
                }}
                role="img"
                aria-labelledby={`${uid}-svg-title ${uid}-svg-desc`}
              >
                <title id={`${uid}-svg-title`}>{title}</title>
                <desc id={`${uid}-svg-desc`}>
                  {t.graphDescription(rows.length, layout.nodes.length)}
                </desc>
                {layout.edges.map((e) => (
                  <polyline
                    key={`${e.a}-${e.b}`}
                    className="ka-rel__line"
                    points={e.points.map((p) => `${p.x},${p.y}`).join(' ')}
                    fill="none"
                    strokeWidth={1 + e.ties.length * 0.5}
                  />
                ))}
                {layout.nodes.map((n) => (
                  <g key={n.id} className="ka-rel__node" fontSize={layout.fontSize.name}>
                    <rect x={n.x} y={n.y} width={n.w} height={n.h} rx="4" />
                    <text className="ka-rel__name" textAnchor="middle">
                      {n.lines.map((l, i) => (
                        <tspan
                          key={l}
                          x={n.x + n.w / 2}
                          y={lineY(n, n.lines.length, i, layout.fontSize.name)}
                        >
                          {l}
                        </tspan>
                      ))}
                    </text>
                  </g>
                ))}
                {layout.edges.map(({ a, b, label: box, ties }) => (
                  <g key={`${a}-${b}`} className="ka-rel__tag" fontSize={layout.fontSize.tie}>
                    <rect x={box.x} y={box.y} width={box.w} height={box.h} rx="4" />
                    <text>
                      {ties.map((tie, i) => (
                        <tspan
                          key={tie.predicate}
                          className={`ka-rel--${tie.predicate}`}
                          x={box.x + 6}
                          y={lineY(box, ties.length, i, layout.fontSize.tie)}
                        >
                          {tie.text}
                        </tspan>
                      ))}
                    </text>
                  </g>
                ))}
              </svg>
              <figcaption className="ka-relations__legend ka-muted">{t.graphLegend}</figcaption>
            </figure>
          )}
          <Table
            name="ka-relations__table"
            caption={t.tiesCaption}
            columns={[t.actor, t.tie, t.actor, t.statedByColumn]}
          >
            {rows.map((tie) => (
              <tr key={`${tie.subject}-${tie.predicate}-${tie.object}`}>
                <td>{name(tie.subject)}</td>
                <td>
                  <em className={`ka-predicate ka-predicate--${tie.predicate}`}>
                    {t.predicates[tie.predicate] ?? tie.predicate}
                  </em>
                  {tie.symmetric && <span className="ka-relations__both">{t.bothWays}</span>}
                </td>
                <td>{name(tie.object)}</td>
                <td>
                  <StatedBy
                    claims={tie.claims}
                    actors={lookup.actors}
                    lang={lang}
                    claimHref={claimHref}
                    claimRef={t.claimRef}
                  />
                </td>
              </tr>
            ))}
          </Table>
        </>
      )}
    </Section>
  )
}
