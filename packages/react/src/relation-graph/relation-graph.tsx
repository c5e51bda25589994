/** RelationGraph: the ties between actors that claims state, as a graph and as a table. */

import { createLookup, relationsOf, type StatedTie, tiesOf } from '@karabakh-aftermath/query'
import type { Claim, Relation } from '@karabakh-aftermath/schema'
import { RELATION_PREDICATE_LABELS } from '@karabakh-aftermath/schema/vocabulary'
import type { JSX } from 'react'
import { claimAnchor, href } from '../shared/anchors.js'
import type { Collections } from '../shared/model.js'
import { nameOf } from '../shared/names.js'
import {
  type BaseProps,
  type HeadingLevel,
  headingTag,
  rootProps,
  useIds,
} from '../shared/props.js'
import { type Box, clip, overlap, round } from '../shared/svg.js'
import { NameText, StatedBy } from '../shared/ui.js'

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
    /** The `id` of the root element. */
    id?: string | undefined
    /** Link each tie to its claim's card, for pages that also render a {@link ClaimList}. Default false. */
    linkClaims?: boolean | undefined
  }

/** One drawn tie: a pair of actors and a predicate, with every claim that states it. */
type Tie = StatedTie

const W = 760
const H = 540
const R = 200
/** Short words for the lines of the graph; the table gives the full predicate. */
const SHORT: Record<string, string> = {
  'ally-of': 'ally',
  'enemy-of': 'enemy',
  'member-of': 'member',
  'mediator-of': 'mediator',
  'security-guarantor-of': 'guarantor',
  'leader-of': 'leader',
  'cultural-affinity-with': 'affinity',
  'close-relations-with': 'close ties',
  'military-supporter-of': 'military support',
  'influence-over': 'influence',
}
type Placed = { x: number; y: number; angle: number }
const ARROWS = ['→', '↘', '↓', '↙', '←', '↖', '↑', '↗']
/** The arrow closest to a direction on screen (y grows downwards). */
const arrow = (dx: number, dy: number) =>
  ARROWS[(Math.round(Math.atan2(dy, dx) / (Math.PI / 4)) + 8) % 8] as string

/**
 * Places nodes on a circle, the most connected first, each the golden angle from the last, so
 * the busiest actors end up far apart and the ties between them long enough to label.
 */
function circleLayout(nodes: readonly string[]): Map<string, Placed> {
  const n = nodes.length
  const free = Array.from({ length: n }, (_, i) => i)
  const out = new Map<string, Placed>()
  nodes.forEach((id, i) => {
    const want = Math.round((i * n * 0.381966) % n)
    // The free slot nearest to the golden-angle slot.
    let at = 0
    for (let j = 1; j < free.length; j++)
      if (Math.abs((free[j] as number) - want) < Math.abs((free[at] as number) - want)) at = j
    const slot = free.splice(at, 1)[0] as number
    const angle = -Math.PI / 2 + (2 * Math.PI * slot) / Math.max(n, 1)
    out.set(id, { x: W / 2 + R * Math.cos(angle), y: H / 2 + R * Math.sin(angle), angle })
  })
  return out
}

/**
 * The ties between actors that the claims state (ally, enemy, mediator, security guarantor,
 * member…), drawn as a graph in SVG (actors on a circle, one line per pair, labelled with its ties
 * in words and an arrow for the direction of each one-way tie), and the same ties in a table
 * with who states each. Works as a Server Component (the layout is computed in render).
 *
 * @example
 * ```tsx
 * import { RelationGraph } from '@karabakh-aftermath/react/relation-graph'
 * <RelationGraph claims={claims} actors={actors} />
 * ```
 */
export function RelationGraph(props: RelationGraphProps): JSX.Element {
  const {
    claims,
    predicates,
    title = 'Relations between actors',
    headingLevel = 2,
    id,
    linkClaims,
    lang,
    className,
    theme,
    linkBase,
  } = props
  const { uid: base } = useIds(undefined)
  const claimHref = linkClaims
    ? (claimId: string) => href(claimAnchor(claimId, props.idPrefix ?? 'ka'), linkBase)
    : undefined
  const lookup = createLookup(props)
  const collator = new Intl.Collator(props.locale)
  // A tie that holds both ways is one tie, shown as the first claim states it.
  const list = tiesOf(
    relationsOf(claims).filter((r) => !predicates || predicates.includes(r.predicate)),
    true,
  )
  const label = (a: string) => nameOf(lookup.actors, a, lang)
  const pairs = new Map<string, { a: string; b: string; ties: Tie[] }>()
  for (const t of list) {
    const [a, b] = t.subject < t.object ? [t.subject, t.object] : [t.object, t.subject]
    const key = `${a}\u0000${b}`
    const pair = pairs.get(key)
    if (pair) pair.ties.push(t)
    else pairs.set(key, { a, b, ties: [t] })
  }
  const degree = new Map<string, number>()
  for (const p of pairs.values())
    for (const a of [p.a, p.b]) degree.set(a, (degree.get(a) ?? 0) + p.ties.length)
  const nodes = [...degree.keys()].sort(
    (a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1),
  )
  const position = circleLayout(nodes)
  const taken: Box[] = []
  for (const [a, p] of position) {
    const w = clip(label(a), 28).length * 7.4
    const { x, y } = p
    taken.push({ x: x - 7, y: y - 7, w: 14, h: 14 })
    const right = Math.cos(p.angle) > 0.2
    const left = Math.cos(p.angle) < -0.2
    taken.push({
      x: right ? x + 12 : left ? x - 12 - w : x - w / 2,
      y: y + Math.sin(p.angle) * 16 - 8,
      w,
      h: 16,
    })
  }
  const tags = [...pairs.values()].map((pair) => {
    const a = position.get(pair.a) as Placed
    const b = position.get(pair.b) as Placed
    const lines = pair.ties.map((t) => {
      const from = position.get(t.subject) as Placed
      const to = position.get(t.object) as Placed
      const words = SHORT[t.predicate] ?? RELATION_PREDICATE_LABELS[t.predicate] ?? t.predicate
      return {
        predicate: t.predicate,
        text: `${words} ${t.symmetric ? '↔' : arrow(to.x - from.x, to.y - from.y)}`,
      }
    })
    const w = Math.max(...lines.map((l) => l.text.length)) * 6.3 + 10
    const h = lines.length * 14 + 6
    let best: Box = { x: 0, y: 0, w, h }
    let bestCost = Number.POSITIVE_INFINITY
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78]) {
      const box = { x: a.x + (b.x - a.x) * t - w / 2, y: a.y + (b.y - a.y) * t - h / 2, w, h }
      const cost = taken.reduce((sum, o) => sum + overlap(box, o), 0)
      if (cost < bestCost) {
        best = box
        bestCost = cost
      }
      if (cost === 0) break
    }
    taken.push(best)
    return { pair, a, b, lines, box: best }
  })
  const H1 = headingTag(headingLevel)
  const titleId = `${base}-title`
  const rows = [...list].sort(
    (x, y) =>
      collator.compare(label(x.subject), label(y.subject)) ||
      collator.compare(label(x.object), label(y.object)),
  )

  return (
    <section {...rootProps('ka-relations', { className, theme })} id={id} aria-labelledby={titleId}>
      <H1 id={titleId} className="ka-section-title">
        {title}
      </H1>
      {list.length === 0 ? (
        <p>No claim states a tie between actors.</p>
      ) : (
        <>
          <figure className="ka-relations__figure">
            <svg
              className="ka-relations__svg"
              viewBox={`0 0 ${W} ${H}`}
              role="img"
              aria-labelledby={`${base}-svg-title ${base}-svg-desc`}
              fontSize="13"
            >
              <title id={`${base}-svg-title`}>{title}</title>
              <desc
                id={`${base}-svg-desc`}
              >{`${list.length} ties between ${nodes.length} actors, listed in the table below.`}</desc>
              {tags.map(({ pair, a, b }) => (
                <line
                  key={`${pair.a}-${pair.b}`}
                  className="ka-rel__line"
                  x1={round(a.x)}
                  y1={round(a.y)}
                  x2={round(b.x)}
                  y2={round(b.y)}
                  stroke="currentColor"
                  strokeOpacity="0.55"
                  strokeWidth={1 + pair.ties.length * 0.6}
                />
              ))}
              {nodes.map((a) => {
                const p = position.get(a) as Placed
                const right = Math.cos(p.angle) > 0.2
                const left = Math.cos(p.angle) < -0.2
                return (
                  <g key={a} className="ka-rel__node">
                    <circle cx={round(p.x)} cy={round(p.y)} r="6" fill="currentColor" />
                    <text
                      className="ka-rel__name"
                      x={round(right ? p.x + 12 : left ? p.x - 12 : p.x)}
                      y={round(p.y + Math.sin(p.angle) * 16)}
                      dy="0.35em"
                      textAnchor={right ? 'start' : left ? 'end' : 'middle'}
                    >
                      {clip(label(a), 28)}
                    </text>
                  </g>
                )
              })}
              {tags.map(({ pair, lines, box }) => (
                <g key={`${pair.a}-${pair.b}`} className="ka-rel__tag">
                  <rect
                    x={round(box.x)}
                    y={round(box.y)}
                    width={round(box.w)}
                    height={round(box.h)}
                    rx="4"
                    fill="#fff"
                    stroke="currentColor"
                    strokeOpacity="0.4"
                  />
                  <text fontSize="11">
                    {lines.map((l, i) => (
                      <tspan
                        key={l.predicate}
                        className={`ka-rel--${l.predicate}`}
                        x={round(box.x + 5)}
                        y={round(box.y + 14 + i * 14)}
                      >
                        {l.text}
                      </tspan>
                    ))}
                  </text>
                </g>
              ))}
            </svg>
            <figcaption className="ka-relations__legend">
              Each line joins two actors; its label lists the ties that claims state between them.
              An arrow points from the actor a tie is stated of to the other (“Turkey ally →” reads
              “Turkey is an ally of …”); ↔ marks a tie that holds both ways.
            </figcaption>
          </figure>
          <div className="ka-table">
            <table className="ka-relations__table">
              <caption>Ties between actors stated in the claims</caption>
              <thead>
                <tr>
                  <th scope="col">Actor</th>
                  <th scope="col">Tie</th>
                  <th scope="col">Actor</th>
                  <th scope="col">Stated by</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((t) => (
                  <tr key={`${t.subject}-${t.predicate}-${t.object}`}>
                    <td>
                      <NameText record={lookup.actors.get(t.subject)} id={t.subject} lang={lang} />
                    </td>
                    <td>
                      <em className={`ka-predicate ka-predicate--${t.predicate}`}>
                        {RELATION_PREDICATE_LABELS[t.predicate] ?? t.predicate}
                      </em>
                      {t.symmetric && <span className="ka-relations__both"> (both ways)</span>}
                    </td>
                    <td>
                      <NameText record={lookup.actors.get(t.object)} id={t.object} lang={lang} />
                    </td>
                    <td>
                      <StatedBy
                        claims={t.claims}
                        actors={lookup.actors}
                        lang={lang}
                        claimHref={claimHref}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
