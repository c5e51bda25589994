/**
 * The site's exports for other tools, from the same data the pages use: oEmbed for every embed,
 * the citations of a record page, and the markdown of llms.txt, llms-full.txt and each record's
 * twin (`/records/<collection>/<id>.md`). These are written here rather than by
 * starlight-llms-txt (0.12 declares Starlight >= 0.41): it reads only the docs collection, and the
 * record pages are routes of src/pages, so it could link none of them.
 */
import { getCollection } from 'astro:content'
import { citationMetaTags, toCsl } from '@karabakh-aftermath/query/exports'
import type { Actor, Claim, Event, Place, Topic } from '@karabakh-aftermath/schema'
import { CLAIM_KIND_LABELS, LIKELIHOOD_BANDS } from '@karabakh-aftermath/schema/vocabulary'
import { COMPONENT_PAGES, embedCode } from './components'
import {
  type AnyRecord,
  BROWSED,
  type Browsed,
  COLLECTION_TITLES,
  dataset,
  formatDate,
  mainSource,
  nameOf,
  partOf,
  quoteLocation,
  recordHref,
  recordKind,
  recordTitle,
  relationText,
  sortedRecords,
} from './records'

/** The site's name, as oEmbed's `provider_name` and llms.txt's title. */
export const SITE_NAME = 'Karabakh aftermath'

/** One embed route: a component page or one claim's card. */
export type EmbedRoute = { path: string; title: string; height: number }

/** The embed of a claim's card; its record page links it for oEmbed discovery. */
export const claimEmbed = (claim: Claim): EmbedRoute => ({
  path: `/embed/claim/${claim.id}/`,
  title: `Claim: ${claim.statement}`,
  // Fits a card with a two-line statement, its quote and citation; the frame scrolls beyond it.
  height: 420,
})

/** The embed of a component page. */
export const componentEmbed = (p: (typeof COMPONENT_PAGES)[number]): EmbedRoute => ({
  path: `/embed/${p.slug}/`,
  title: p.title,
  height: p.height,
})

/** Every embed route of the site. */
export const embedRoutes = (): EmbedRoute[] => [
  ...COMPONENT_PAGES.map(componentEmbed),
  ...(dataset.claims as readonly Claim[]).map(claimEmbed),
]

/** Where the static oEmbed JSON of the embed at `path` is served: beside the embed page. */
export const oembedHref = (path: string): string => `${path}oembed.json`

/** The `<head>` entry of an embed's oEmbed discovery link, for a Starlight page's `head`. */
export const oembedLink = (site: URL, embed: EmbedRoute) => ({
  tag: 'link' as const,
  attrs: {
    rel: 'alternate',
    type: 'application/json+oembed',
    href: new URL(oembedHref(embed.path), site).href,
    title: embed.title,
  },
})

/** The oEmbed 1.0 response of an embed (`rich`, an iframe), served as static JSON. */
export function oembed(site: URL, route: EmbedRoute) {
  return {
    version: '1.0',
    type: 'rich',
    title: route.title,
    html: embedCode(site, route),
    width: 800,
    height: route.height,
    provider_name: SITE_NAME,
    provider_url: new URL('/', site).href,
    author_name: mainSource.authors.map((id) => nameOf('actors', id)).join(', '),
  }
}

/** The CSL-JSON item a record page cites: the Commentary, and for a claim its paragraph. */
export function recordCitation(collection: Browsed, record: AnyRecord) {
  const found = collection === 'claims' ? partOf((record as Claim).quote) : undefined
  return toCsl(mainSource, {
    actors: dataset.actors,
    ...(found && { id: record.id, part: { kind: found.part.kind, number: found.number } }),
  })
}

/**
 * What a record page adds to its `<head>`: the Highwire `citation_*` tags of its citation, the
 * oEmbed discovery link of a claim's embed, and the link to its markdown twin.
 */
export function recordHead(site: URL, collection: Browsed, record: AnyRecord) {
  const tags = citationMetaTags(recordCitation(collection, record)).map(([name, content]) => ({
    tag: 'meta' as const,
    attrs: { name, content },
  }))
  const embed = collection === 'claims' ? claimEmbed(record as Claim) : undefined
  return [
    ...tags,
    ...(embed ? [oembedLink(site, embed)] : []),
    {
      tag: 'link' as const,
      attrs: {
        rel: 'alternate',
        type: 'text/markdown',
        href: recordHref(collection, record.id).replace(/\/$/, '.md'),
      },
    },
  ]
}

// Record text is data: inside markdown it must stay text, never become a link, heading or HTML.
const md = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s*\n\s*/g, ' ')
const link = (site: URL, collection: Browsed, id: string) =>
  `[${md(nameOf(collection, id))}](${new URL(recordHref(collection, id), site).href})`
const field = (label: string, value: string | undefined) =>
  value ? [`- **${label}:** ${value}`] : []
const links = (site: URL, collection: Browsed, ids: readonly string[]) =>
  ids.length ? ids.map((id) => link(site, collection, id)).join(', ') : undefined

/** The markdown twin of a record page: its facts, quote and links, as plain markdown. */
export function recordMarkdown(site: URL, collection: Browsed, record: AnyRecord): string {
  const url = new URL(recordHref(collection, record.id), site).href
  const lines = [
    `# ${md(recordTitle(collection, record))}`,
    '',
    `${COLLECTION_TITLES[collection].one} \`${record.id}\` of the dataset of the RUSI Commentary “${md(mainSource.title)}”. Web page: ${url}`,
    '',
    ...field('Kind', recordKind(collection, record)),
  ]
  switch (collection) {
    case 'claims': {
      const c = record as Claim
      const band = c.likelihood && LIKELIHOOD_BANDS[c.likelihood.term]
      lines.push(
        ...field('Claimant', link(site, 'actors', c.claimant)),
        ...field('Reported by', c.reportedBy && link(site, 'actors', c.reportedBy)),
        ...field(
          'Likelihood',
          band && c.likelihood && `${band.label} (${md(`“${c.likelihood.cue}”`)})`,
        ),
        ...field('Relation', relationText(c) && md(relationText(c) ?? '')),
        ...field('About', links(site, 'actors', c.about.actors)),
        ...field('Events', links(site, 'events', c.about.events)),
        ...field('Places', links(site, 'places', c.about.places)),
        ...field('Topics', links(site, 'topics', c.topics)),
        ...field('Argues for', links(site, 'claims', c.supports)),
        ...field('Disputes', links(site, 'claims', c.disputes)),
        '',
        `> ${md(c.quote.exact)}`,
        '',
        `— ${md(mainSource.title)}, ${quoteLocation(c.quote)} (characters ${c.quote.start}–${c.quote.end}, UTF-16).`,
      )
      break
    }
    case 'actors': {
      const a = record as Actor
      lines.push(
        ...field('Description', md(a.description)),
        ...field('Names', a.names.map((n) => `${md(n.text)} (${n.lang})`).join(', ') || undefined),
        ...field('Also called', a.aliases.map(md).join(', ') || undefined),
        ...field('Member of', links(site, 'actors', a.memberOf)),
        ...field('Wikidata', a.wikidata),
      )
      break
    }
    case 'events': {
      const e = record as Event
      lines.push(
        ...field('Date', `${formatDate(e.date)} (EDTF \`${e.date}\`)`),
        ...field('Summary', md(e.summary)),
        ...field(
          'Participants',
          links(
            site,
            'actors',
            e.participants.map((p) => p.actor),
          ),
        ),
        ...field('Places', links(site, 'places', e.places)),
        ...field('Basis', e.basis),
      )
      break
    }
    case 'places': {
      const p = record as Place
      const point = p.geometry?.type === 'Point' ? p.geometry.coordinates : undefined
      lines.push(
        ...field('Names', p.names.map((n) => `${md(n.text)} (${n.lang})`).join(', ') || undefined),
        ...field('Within', p.within && link(site, 'places', p.within)),
        ...field('Contested', p.contested ? md(p.contestedNote ?? 'yes') : undefined),
        ...field(
          'Point',
          point && `${point[1]}, ${point[0]} (latitude, longitude; ${p.precision})`,
        ),
        ...field('Wikidata', p.wikidata),
      )
      break
    }
    default:
      lines.push(...field('Description', md((record as Topic).description)))
  }
  return `${lines.join('\n')}\n`
}

/** A guide of the docs collection, as llms.txt lists it. */
export type Guide = { id: string; data: { title: string; description?: string }; body?: string }

/** The guides (synced from the repo's docs/), in their sidebar order. */
export async function guides(): Promise<Guide[]> {
  const all = await getCollection('docs', (e) => e.id.startsWith('guides/'))
  const order = (e: (typeof all)[number]) => e.data.sidebar.order ?? Number.MAX_SAFE_INTEGER
  return all.sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id))
}

// What the site is, the opening of llms.txt and llms-full.txt.
function intro(site: URL): string[] {
  const abs = (path: string) => new URL(path, site).href
  const authors = mainSource.authors.map((id) => nameOf('actors', id)).join(', ')
  const claimKinds = Object.values(CLAIM_KIND_LABELS).join(', ').toLowerCase()
  return [
    `# ${SITE_NAME}`,
    '',
    `> The RUSI Commentary “${md(mainSource.title)}” (${md(authors)}, ${mainSource.published.slice(0, 4)}) as typed, sourced data: every sentence of the analysis as claims (${claimKinds}) with who makes them, how sure, about whom, and the exact quote, plus the actors, events, places and topics they name. Published as npm packages (@karabakh-aftermath/schema, data, query, react).`,
    '',
    `Each record below links to its markdown twin; its web page is the same address without \`.md\`. Everything in one file: ${abs('/llms-full.txt')}. Downloads (JSON, GeoJSON, CSV, W3C Web Annotations, citations): ${abs('/downloads/')}.`,
  ]
}

/** `/llms.txt` (llmstxt.org): what the site is, then a link to every guide and record twin. */
export function llmsTxt(site: URL, guides: readonly Guide[]): string {
  const abs = (path: string) => new URL(path, site).href
  return [
    ...intro(site),
    '',
    '## Guides',
    '',
    ...guides.map(
      (g) =>
        `- [${md(g.data.title)}](${abs(`/${g.id}/`)})${g.data.description ? `: ${md(g.data.description)}` : ''}`,
    ),
    ...BROWSED.flatMap((c) => [
      '',
      `## ${COLLECTION_TITLES[c].many}`,
      '',
      ...sortedRecords(c).map(
        (r) => `- [${md(recordTitle(c, r))}](${abs(recordHref(c, r.id).replace(/\/$/, '.md'))})`,
      ),
    ]),
    '',
  ].join('\n')
}

/** `/llms-full.txt`: the guides' markdown, then every record's twin, in one file. */
export function llmsFullTxt(site: URL, guides: readonly Guide[]): string {
  return [
    intro(site).join('\n'),
    ...guides.map((g) => `# ${md(g.data.title)}\n\n${(g.body ?? '').trim()}\n`),
    ...BROWSED.flatMap((c) => sortedRecords(c).map((r) => recordMarkdown(site, c, r))),
  ].join('\n\n---\n\n')
}
