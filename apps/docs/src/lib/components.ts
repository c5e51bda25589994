/** The components shown live on the analysis pages and offered as embeds, with their usage. */

/** One component page of the analysis and its embed. */
export type ComponentPage = {
  /** Route segment: `/analysis/<slug>/` and `/embed/<slug>/`. */
  slug: 'reader' | 'timeline' | 'claims' | 'actors' | 'map' | 'relations'
  /** Page title. */
  title: string
  /** The React component and its entry point. */
  component: string
  entry: string
  /** Interactive: hydrated in the browser (a client component); otherwise server-rendered only. */
  interactive: boolean
  /** One paragraph on what it shows and how to use it. */
  description: string
  /** React usage with the shipped data. */
  usage: string
  /** Height of the embed's iframe, in pixels. */
  height: number
}

export const COMPONENT_PAGES: readonly ComponentPage[] = [
  {
    slug: 'reader',
    title: 'Source reader',
    component: 'SourceReader',
    entry: '@karabakh-aftermath/react/source-reader',
    interactive: true,
    description:
      'The Commentary’s full text, paragraph by paragraph, with every claim highlighted on its exact words and coloured by kind. Select a highlight (click it, or Tab to it and press Enter) to read the claim: who makes it, how sure, and what it is about.',
    usage: `import { dataset } from '@karabakh-aftermath/data'
import { SourceReader } from '@karabakh-aftermath/react/source-reader'
import '@karabakh-aftermath/react/styles.css'

const [source] = dataset.sources

export function Reader() {
  return source ? <SourceReader source={source} {...dataset} /> : null
}`,
    height: 900,
  },
  {
    slug: 'timeline',
    title: 'Timeline',
    component: 'Timeline',
    entry: '@karabakh-aftermath/react/timeline',
    interactive: true,
    description:
      'Every event in time order, grouped by year, with EDTF dates shown as precisely as they are known. Filter by actor, kind or topic; move between events with the arrow keys, Home and End.',
    usage: `import { events, actors, places, topics } from '@karabakh-aftermath/data'
import { Timeline } from '@karabakh-aftermath/react/timeline'
import '@karabakh-aftermath/react/styles.css'

export function Events() {
  return <Timeline events={events} actors={actors} places={places} topics={topics} />
}`,
    height: 800,
  },
  {
    slug: 'claims',
    title: 'Claims',
    component: 'ClaimList',
    entry: '@karabakh-aftermath/react/claim-list',
    interactive: true,
    description:
      'Every claim in the order of the text, as cards with their kind, claimant, likelihood, quote and citation. Filter by kind (fact, assessment, forecast…), by claimant (the author, Armenia, Azerbaijan…) or by topic; disputed claims are shown side by side.',
    usage: `import { dataset } from '@karabakh-aftermath/data'
import { ClaimList } from '@karabakh-aftermath/react/claim-list'
import '@karabakh-aftermath/react/styles.css'

export function Forecasts() {
  return <ClaimList {...dataset} defaultFilter={{ kind: 'forecast' }} />
}`,
    height: 900,
  },
  {
    slug: 'actors',
    title: 'Actors',
    component: 'ActorList',
    entry: '@karabakh-aftermath/react/actor-list',
    interactive: false,
    description:
      'The actors grouped by kind, each with its names in other languages and who uses them, the relations claims state, and the claims it makes and the claims about it. A server component: it ships no script.',
    usage: `import { dataset } from '@karabakh-aftermath/data'
import { ActorList } from '@karabakh-aftermath/react/actor-list'
import '@karabakh-aftermath/react/styles.css'

export function Actors() {
  return <ActorList {...dataset} />
}`,
    height: 900,
  },
  {
    slug: 'map',
    title: 'Map',
    component: 'PlaceMap',
    entry: '@karabakh-aftermath/react/place-map',
    interactive: false,
    description:
      'The places on a map of the region drawn from Natural Earth outlines shipped with the package (no tiles, nothing downloaded), with a list of every place, its names and how precise its position is. A server component: it ships no script.',
    usage: `import { places, actors } from '@karabakh-aftermath/data'
import { PlaceMap } from '@karabakh-aftermath/react/place-map'
import '@karabakh-aftermath/react/styles.css'

export function Places() {
  return <PlaceMap places={places} actors={actors} />
}`,
    height: 900,
  },
  {
    slug: 'relations',
    title: 'Relations',
    component: 'RelationGraph',
    entry: '@karabakh-aftermath/react/relation-graph',
    interactive: false,
    description:
      'The ties between actors that claims state — allies, mediators, security guarantors, influence — as a graph and as a table, each tie with the claim that states it. A server component: it ships no script.',
    usage: `import { dataset } from '@karabakh-aftermath/data'
import { RelationGraph } from '@karabakh-aftermath/react/relation-graph'
import '@karabakh-aftermath/react/styles.css'

export function Relations() {
  return <RelationGraph {...dataset} />
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
