/** Analysis: the whole analysis in one embed: reader, timeline, claims, actors, relations, map. */
import type { Dataset } from '@karabakh-aftermath/schema'
import type { JSX } from 'react'
import { ActorList } from '../actor-list/actor-list.js'
import { ClaimList } from '../claim-list/claim-list.js'
import { PlaceMap } from '../place-map/place-map.js'
import { RelationGraph } from '../relation-graph/relation-graph.js'
import { type BaseProps, type HeadingLevel, rootProps } from '../shared/props.js'
import { SourceReader } from '../source-reader/source-reader.js'
import { Timeline } from '../timeline/timeline.js'

/** The sections of an {@link Analysis}, in the order they appear. */
export type AnalysisSection = 'reader' | 'timeline' | 'claims' | 'actors' | 'relations' | 'map'

/** Props of {@link Analysis}. */
export type AnalysisProps = BaseProps & {
  /** The dataset: the `dataset` export of `@karabakh-aftermath/data`, or your own. */
  dataset: Dataset
  /** Id of the source to read. Default: the dataset's first source. */
  source?: string | undefined
  /** The sections to show, in order. Default: all. */
  sections?: readonly AnalysisSection[] | undefined
  /** Level of the sections' headings. Default 2. */
  headingLevel?: HeadingLevel | undefined
  /** Prefix of the sections' ids (`<prefix>-reader`, …). Default `ka-analysis`. */
  id?: string | undefined
}

const LABELS: Record<AnalysisSection, string> = {
  reader: 'Text',
  timeline: 'Timeline',
  claims: 'Claims',
  actors: 'Actors',
  relations: 'Relations',
  map: 'Map',
}
const ALL: readonly AnalysisSection[] = [
  'reader',
  'timeline',
  'claims',
  'actors',
  'relations',
  'map',
]

/**
 * The analysis as one embed: a table of contents, then the annotated source text, the
 * timeline, the claims, the actors, the relations between them and the map, each linked to the
 * others (citations to paragraphs, actors' claims to claim cards). It is a Server Component
 * that composes the client components (reader, timeline, claim list), so it renders completely
 * on the server and hydrates only what is interactive. Import the styles once.
 *
 * @example
 * ```tsx
 * import { Analysis } from '@karabakh-aftermath/react/analysis'
 * import { dataset } from '@karabakh-aftermath/data'
 * import '@karabakh-aftermath/react/styles.css'
 *
 * export const Page = () => <Analysis dataset={dataset} locale="en-GB" />
 * ```
 */
export function Analysis({
  dataset,
  source: sourceId,
  sections = ALL,
  headingLevel = 2,
  id,
  locale,
  lang,
  className,
  theme,
  linkBase,
}: AnalysisProps): JSX.Element {
  const prefix = id ?? 'ka-analysis'
  const source = sourceId ? dataset.sources.find((s) => s.id === sourceId) : dataset.sources[0]
  const shared = { locale, lang, linkBase, theme, headingLevel }
  const { actors, places, topics, events, claims, sources } = dataset
  const present = sections.filter((s) => s !== 'reader' || source)
  const render = (section: AnalysisSection) => {
    const sid = `${prefix}-${section}`
    switch (section) {
      case 'reader':
        return (
          source && (
            <SourceReader
              key={sid}
              id={sid}
              source={source}
              {...{ claims, actors, places, topics, events }}
              {...shared}
            />
          )
        )
      case 'timeline':
        return <Timeline key={sid} id={sid} {...{ events, actors, places, topics }} {...shared} />
      case 'claims':
        return (
          <ClaimList
            key={sid}
            id={sid}
            {...{ claims, sources, actors, places, topics, events }}
            {...shared}
          />
        )
      case 'actors':
        return <ActorList key={sid} id={sid} {...{ actors, claims }} linkClaims {...shared} />
      case 'relations':
        return <RelationGraph key={sid} id={sid} {...{ claims, actors }} linkClaims {...shared} />
      case 'map':
        return <PlaceMap key={sid} id={sid} {...{ places, actors }} {...shared} />
    }
  }
  return (
    <div {...rootProps('ka-analysis', { className, theme })}>
      <nav className="ka-analysis__nav" aria-label="Sections of the analysis">
        <ul>
          {present.map((s) => (
            <li key={s}>
              <a href={`#${prefix}-${s}`}>{LABELS[s]}</a>
            </li>
          ))}
        </ul>
      </nav>
      {present.map(render)}
    </div>
  )
}
