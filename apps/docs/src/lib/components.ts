/** The components shown live on the analysis pages and offered as embeds, with their usage. */

/** One component page of the analysis and its embed. */
export type ComponentPage = {
  /** Route segment: `/analysis/<slug>/` and `/embed/<slug>/`. */
  slug: 'reader' | 'timeline' | 'claims' | 'actors' | 'map' | 'relations'
  /** Page title. */
  title: string
  /** The React component. */
  component: string
  /** Interactive: hydrated in the browser (a client component); otherwise server-rendered only. */
  interactive: boolean
  /** One paragraph on what it shows and how to use it. */
  description: string
  /** React usage with the shipped data. */
  usage: string
  /** Height of the embed's iframe, in pixels. */
  height: number
}

/** The entry point of a component of the react package: `ClaimList` → `…/react/claim-list`. */
export const entryOf = (component: string): string =>
  `@karabakh-aftermath/react/${component.replace(/(?<=.)([A-Z])/g, '-$1').toLowerCase()}`

/** React usage with the shipped data: what it imports from the data package, then a component. */
const usage = (component: string, data: string, name: string, jsx: string, before?: string) =>
  `import { ${data} } from '@karabakh-aftermath/data'
import { ${component} } from '${entryOf(component)}'
import '@karabakh-aftermath/react/styles.css'
${before ? `\n${before}\n` : ''}
export function ${name}() {
  return ${jsx}
}`

export const COMPONENT_PAGES: readonly ComponentPage[] = [
  {
    slug: 'reader',
    title: 'Source reader',
    component: 'SourceReader',
    interactive: true,
    description:
      'The Commentary’s full text, paragraph by paragraph, with every claim highlighted on its exact words and coloured by kind. Select a highlight (click it, or Tab to it and press Enter) to read the claim: who makes it, how sure, and what it is about.',
    usage: usage(
      'SourceReader',
      'dataset',
      'Reader',
      `source ? <SourceReader source={source} {...dataset} /> : null`,
      `const [source] = dataset.sources`,
    ),
    height: 900,
  },
  {
    slug: 'timeline',
    title: 'Timeline',
    component: 'Timeline',
    interactive: true,
    description:
      'Every event in time order, grouped by year, with EDTF dates shown as precisely as they are known. Filter by actor, kind or topic; move between events with the arrow keys, Home and End.',
    usage: usage(
      'Timeline',
      'events, actors, places, topics',
      'Events',
      `<Timeline events={events} actors={actors} places={places} topics={topics} />`,
    ),
    height: 800,
  },
  {
    slug: 'claims',
    title: 'Claims',
    component: 'ClaimList',
    interactive: true,
    description:
      'Every claim in the order of the text, as cards with their kind, claimant, likelihood, quote and citation. Filter by kind (fact, assessment, forecast…), by claimant (the author, Armenia, Azerbaijan…) or by topic; disputed claims are shown side by side.',
    usage: usage(
      'ClaimList',
      'dataset',
      'Forecasts',
      `<ClaimList {...dataset} defaultFilter={{ kind: 'forecast' }} />`,
    ),
    height: 900,
  },
  {
    slug: 'actors',
    title: 'Actors',
    component: 'ActorList',
    interactive: false,
    description:
      'The actors grouped by kind, each with its names in other languages and who uses them, the relations claims state, and the claims it makes and the claims about it. A server component: it ships no script.',
    usage: usage('ActorList', 'dataset', 'Actors', `<ActorList {...dataset} />`),
    height: 900,
  },
  {
    slug: 'map',
    title: 'Map',
    component: 'PlaceMap',
    interactive: false,
    description:
      'The places on a map of the region drawn from Natural Earth outlines shipped with the package (no tiles, nothing downloaded), with a list of every place, its names and how precise its position is. A server component: it ships no script.',
    usage: usage(
      'PlaceMap',
      'places, actors',
      'Places',
      `<PlaceMap places={places} actors={actors} />`,
    ),
    height: 900,
  },
  {
    slug: 'relations',
    title: 'Relations',
    component: 'RelationGraph',
    interactive: false,
    description:
      'The ties between actors that claims state — allies, mediators, membership, influence — as a graph and as a table, each tie with the claim that states it. A server component: it ships no script.',
    usage: `import { dataset } from '@karabakh-aftermath/data'
import { RelationGraph } from '@karabakh-aftermath/react/relation-graph'
import { layoutRelations } from '@karabakh-aftermath/react/relation-graph/layout'
import '@karabakh-aftermath/react/styles.css'

// On the server (a Server Component, or at build time): the layout library ships no script.
export function Relations() {
  return <RelationGraph {...dataset} layout={layoutRelations(dataset)} />
}`,
    height: 800,
  },
]

const escapeAttribute = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The iframe code of an embed route of this site (a component page, a claim's card). */
export function embedCode(
  site: URL,
  embed: { path: string; title: string; height: number },
): string {
  const src = new URL(embed.path, site).href
  const title = `${embed.title.replace(/\.$/, '')}: the aftermath of the Nagorno-Karabakh conflict`
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${embed.height}" style="border:0" loading="lazy"></iframe>`
}

/** The route of every component page, in the analysis and as an embed. */
export const componentPaths = () =>
  COMPONENT_PAGES.map((page) => ({ params: { component: page.slug }, props: { page } }))

/**
 * Links inside a component shown elsewhere than /analysis/ (to a paragraph, a claim, an actor) go
 * to /analysis/, whose components render their anchors with the prefix `ka`; the same prefix makes
 * them meet (the components' `idPrefix` rule).
 */
export const ANALYSIS_LINKS = { linkBase: '/analysis/', idPrefix: 'ka' } as const
