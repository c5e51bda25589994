'use client'
/** Analysis: the whole analysis in one embed, opening on its argument, each part one key away. */
import { sortClaims } from '@karabakh-aftermath/query'
import type { Claim, Dataset } from '@karabakh-aftermath/schema'
import { type JSX, type KeyboardEvent, useEffect, useRef, useState } from 'react'
import { ActorList } from '../actor-list/actor-list.js'
import { ClaimCard } from '../claim-card/claim-card.js'
import { ClaimList } from '../claim-list/claim-list.js'
import { PlaceMap } from '../place-map/place-map.js'
import { RelationGraph, type RelationLayout } from '../relation-graph/relation-graph.js'
import { claimAnchor, href } from '../shared/anchors.js'
import { keyTarget } from '../shared/keys.js'
import { ANALYSIS_MESSAGES } from '../shared/messages.js'
import { type BaseProps, below, type HeadingLevel, rootProps, useFrame } from '../shared/props.js'
import { ClaimLine } from '../shared/ui.js'
import { SourceReader } from '../source-reader/source-reader.js'
import { Timeline } from '../timeline/timeline.js'

const ALL = ['reader', 'timeline', 'claims', 'actors', 'relations', 'map'] as const
/** The sections of an {@link Analysis}, in the order of its tabs. */
export type AnalysisSection = (typeof ALL)[number]

/** Props of {@link Analysis}. */
export type AnalysisProps<D extends Dataset = Dataset> = BaseProps & {
  /** The dataset: the `dataset` export of `@karabakh-aftermath/data`, or your own. */
  dataset: D
  /** Id of the source to read (with the shipped data, a shipped source id). Default: the first. */
  source?: NoInfer<D['sources'][number]['id']> | undefined
  /** The sections to offer, in order, after the overview. Default: all. */
  sections?: readonly AnalysisSection[] | undefined
  /** The section open at first. Default: none (the overview: the thesis and key judgements). */
  defaultSection?: AnalysisSection | undefined
  /** Level of the headings. Default 2. */
  headingLevel?: HeadingLevel | undefined
  /** The relation graph's layout, from `layoutRelations(dataset)` on the server; without it the relations show as a table. */
  relationLayout?: RelationLayout | undefined
}

/** Which section holds an anchor, by the anchor's kind (`<prefix>-claim-…` is in the claims). */
const HOLDS: Record<string, AnalysisSection> = {
  claim: 'claims',
  actor: 'actors',
  event: 'timeline',
  place: 'map',
}

/**
 * The claims the text argues for most: those at least {@link KEY} others `support`, most
 * supported first. The first is the thesis the rest of the argument builds to.
 */
function keyJudgements(claims: readonly Claim[]): Claim[] {
  const support = new Map<string, number>()
  for (const c of claims) for (const s of c.supports) support.set(s, (support.get(s) ?? 0) + 1)
  const count = (c: Claim) => support.get(c.id) ?? 0
  return claims.filter((c) => count(c) >= KEY).sort((a, b) => count(b) - count(a))
}
const KEY = 3

/**
 * The analysis as one embed. It opens on an overview: the thesis (the claim the most others
 * argue for) and the key judgements, each linked to its card. Tabs (← →, Home, End) open the
 * annotated source text, the timeline, the claims, the actors, the relations between them and
 * the map, one at a time; every link into a section (`#<prefix>-claim-<id>`, a paragraph, a
 * section) opens it and scrolls to the target, so nothing is more than a click or a key away.
 * A client component (`'use client'`): the server renders the overview, or `defaultSection`.
 *
 * @example
 * ```tsx
 * import { Analysis } from '@karabakh-aftermath/react/analysis'
 * import { dataset } from '@karabakh-aftermath/data'
 * import '@karabakh-aftermath/react/styles.css'
 *
 * export const Page = () => <Analysis dataset={dataset} locale="en-GB" idPrefix="ka" />
 * ```
 */
export function Analysis<D extends Dataset>(props: AnalysisProps<D>): JSX.Element {
  const { dataset, sections = ALL, headingLevel = 2, relationLayout } = props
  const { locale, lang, linkBase, theme, messages } = props
  const { uid, prefix, t, H, Sub } = useFrame(props, ANALYSIS_MESSAGES, headingLevel)
  const [open, setOpen] = useState<AnalysisSection | undefined>(props.defaultSection)
  const tabs = useRef<HTMLDivElement>(null)
  const source = dataset.sources.find((s) => !props.source || s.id === props.source)
  const present = sections.filter((s) => s !== 'reader' || source)
  const offered = present.join(' ')
  const sourceKey = source?.id
  const sectionId = (s: AnalysisSection | 'overview') => `${prefix}-analysis-${s}`

  // A link into a closed section (from this page, another component or the address bar) opens
  // the section that holds its target, then scrolls there.
  useEffect(() => {
    const follow = () => {
      const target = decodeURIComponent(location.hash.slice(1))
      if (!target.startsWith(`${prefix}-`)) return
      const rest = target.slice(prefix.length + 1)
      const section =
        ALL.find((s) => rest === `analysis-${s}`) ??
        HOLDS[rest.split('-')[0] ?? ''] ??
        (rest.startsWith(`${sourceKey}-`) ? 'reader' : undefined)
      if (!section || !offered.split(' ').includes(section)) return
      setOpen(section)
      requestAnimationFrame(() => document.getElementById(target)?.scrollIntoView?.())
    }
    follow()
    window.addEventListener('hashchange', follow)
    return () => window.removeEventListener('hashchange', follow)
  }, [prefix, offered, sourceKey])

  // One section shows at a time, in the overview's place: its heading takes the same level.
  const render = (section: AnalysisSection) => {
    const shared = { ...dataset, locale, lang, linkBase, theme, messages, headingLevel }
    const all = { ...shared, linkClaims: true, idPrefix: prefix, id: sectionId(section) }
    return {
      reader: source && <SourceReader {...all} source={source} />,
      timeline: <Timeline {...all} />,
      claims: <ClaimList {...all} />,
      actors: <ActorList {...all} />,
      relations: <RelationGraph {...all} layout={relationLayout} />,
      map: <PlaceMap {...all} />,
    }[section]
  }

  const names = ['overview', ...present] as const
  const current = open ?? 'overview'
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = names.indexOf(current)
    const next = keyTarget(event.key, at, names.length, ['ArrowRight'], ['ArrowLeft'])
    if (next === undefined) return
    event.preventDefault()
    const name = names[(next + names.length) % names.length] ?? 'overview'
    setOpen(name === 'overview' ? undefined : name)
    tabs.current?.querySelector<HTMLElement>(`[data-section="${name}"]`)?.focus()
  }

  const [thesis, ...rest] = keyJudgements(sortClaims(dataset.claims))
  return (
    <div {...rootProps('ka-analysis', props)}>
      <div
        className="ka-analysis__tabs ka-row"
        role="tablist"
        aria-label={t.parts}
        ref={tabs}
        onKeyDown={onKeyDown}
      >
        {names.map((s) => (
          <button
            key={s}
            type="button"
            role="tab"
            data-section={s}
            id={`${uid}-tab-${s}`}
            aria-selected={s === current}
            aria-controls={`${uid}-panel`}
            tabIndex={s === current ? 0 : -1}
            onClick={() => setOpen(s === 'overview' ? undefined : s)}
          >
            {t[s]}
          </button>
        ))}
      </div>
      <div
        className="ka-analysis__panel"
        role="tabpanel"
        id={`${uid}-panel`}
        aria-labelledby={`${uid}-tab-${current}`}
      >
        {open ? (
          render(open)
        ) : (
          <section className="ka-analysis__overview ka-stack" id={sectionId('overview')}>
            <H className="ka-section-title">{source?.title ?? t.theAnalysis}</H>
            {thesis && (
              <ClaimCard
                claim={thesis}
                {...{ ...dataset, locale, lang, linkBase, messages }}
                idPrefix={prefix}
                headingLevel={below(headingLevel)}
                showDisputes={false}
              />
            )}
            {rest.length > 0 && (
              <>
                <Sub className="ka-analysis__judgements-title">{t.keyJudgements}</Sub>
                <ol className="ka-analysis__judgements">
                  {sortClaims(rest).map((c) => (
                    <li key={c.id}>
                      <ClaimLine
                        claim={c}
                        kinds={t.claimKinds}
                        href={href(claimAnchor(c.id, prefix), linkBase)}
                      />
                    </li>
                  ))}
                </ol>
              </>
            )}
          </section>
        )}
      </div>
    </div>
  )
}
