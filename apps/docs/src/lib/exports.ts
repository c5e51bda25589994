/**
 * The site's exports for other tools, from the same data the pages use: oEmbed for every embed,
 * the citations of a record page, and the markdown of llms.txt, llms-full.txt and each record's
 * twin (`/records/<collection>/<id>.md`). These are written here rather than by
 * starlight-llms-txt (0.12 declares Starlight >= 0.41): it reads only the docs collection, and the
 * record pages are routes of src/pages, so it could link none of them.
 */
import { getCollection } from 'astro:content'
import { type CslItem, citationMetaTags, toCsl } from '@karabakh-aftermath/query/exports'
import type { Claim } from '@karabakh-aftermath/schema'
import { CLAIM_KIND_LABELS } from '@karabakh-aftermath/schema/vocabulary'
import { recordUrl } from '@karabakh-aftermath/schema/web-annotation'
import { componentPages, embedCode } from './components'
import { type Part, recordView } from './record-view'
import {
  type AnyRecord,
  BROWSED,
  type Browsed,
  collectionTitle,
  dataset,
  mainSource,
  nameOf,
  partOf,
  quoteLocation,
  recordTitle,
  SITE,
  sortedRecords,
} from './records'

/** The site's name, as oEmbed's `provider_name` and llms.txt's title. */
export const SITE_NAME = 'Karabakh aftermath'
/** The Commentary's authors, by name. */
const AUTHORS = mainSource.authors.map((id) => nameOf('actors', id)).join(', ')

/** One embed route: a component page (its own) or one claim's card. */
export type EmbedRoute = { path: string; title: string; height: number }

/** The embed of a claim's card; its record page links it for oEmbed discovery. */
export const claimEmbed = (claim: Claim) => ({
  claim,
  path: `/embed/claim/${claim.id}/`,
  title: `Claim: ${claim.statement}`,
  // Fits a card with a two-line statement, its quote and citation; the frame scrolls beyond it.
  height: 420,
})

/** The route of every embed (and of its oEmbed JSON): each component page's and each claim card's. */
export const embedPaths = async () =>
  [...(await componentPages()), ...dataset.claims.map(claimEmbed)].map((embed) => ({
    params: { path: embed.path.replace(/^\/embed\/|\/$/g, '') },
    props: { embed },
  }))

/** A `<link rel="alternate">` entry of a Starlight page's `head`. */
const alternate = (type: string, href: string, title?: string) => ({
  tag: 'link' as const,
  attrs: { rel: 'alternate', type, href, ...(title && { title }) },
})

/** The `<head>` entry of an embed's oEmbed discovery link (its JSON is beside the embed page). */
export const oembedLink = (embed: Pick<EmbedRoute, 'path' | 'title'>) =>
  alternate('application/json+oembed', new URL(`${embed.path}oembed.json`, SITE).href, embed.title)

/** The oEmbed 1.0 response of an embed (`rich`, an iframe), served as static JSON. */
export function oembed(route: EmbedRoute) {
  return {
    version: '1.0',
    type: 'rich',
    title: route.title,
    html: embedCode(route),
    width: 800,
    height: route.height,
    provider_name: SITE_NAME,
    provider_url: new URL('/', SITE).href,
    author_name: AUTHORS,
  }
}

/** The CSL-JSON item a record page cites: the Commentary, and for a claim its paragraph. */
export function recordCitation(record: AnyRecord) {
  const found = 'quote' in record ? partOf(record.quote) : undefined
  return toCsl(mainSource, {
    actors: dataset.actors,
    ...(found && { id: record.id, part: { kind: found.part.kind, number: found.number } }),
  })
}

/**
 * What a record page adds to its `<head>`: the Highwire `citation_*` tags of its citation (from
 * {@link recordCitation}, which the page's Cite block shows too), the oEmbed discovery link of a
 * claim's embed, and the link to its markdown twin.
 */
export function recordHead(collection: Browsed, record: AnyRecord, citation: CslItem) {
  return [
    ...citationMetaTags(citation).map(([name, content]) => ({
      tag: 'meta' as const,
      attrs: { name, content },
    })),
    ...('quote' in record ? [oembedLink(claimEmbed(record))] : []),
    alternate('text/markdown', twinHref(collection, record.id)),
  ]
}

/** The address of a record's markdown twin: its page's, with `.md` for the final slash. */
const twinHref = (collection: Browsed, id: string) =>
  recordUrl(collection, id).replace(/\/$/, '.md')

/** The route of every record page (and of its markdown twin). */
export const recordPaths = () =>
  BROWSED.flatMap((collection) =>
    dataset[collection].map((record) => ({
      params: { collection, id: record.id },
      props: { collection, record },
    })),
  )

// Record text is data: inside markdown it must stay text, never become a link, heading or HTML.
const md = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s*\n\s*/g, ' ')
const abs = (path: string) =>
  new URL(path, SITE).href.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))
const mdPart = (p: Part): string =>
  typeof p === 'string'
    ? md(p)
    : 'record' in p
      ? `[${md(nameOf(p.record, p.id))}](${recordUrl(p.record, p.id, SITE.href)})`
      : 'href' in p
        ? `[${md(p.text)}](${abs(p.href)})`
        : 'code' in p
          ? `\`${p.code.replace(/`/g, '')}\``
          : 'tag' in p
            ? `*${md(p.tag)}*`
            : md(p.name)

/** The markdown twin of a record page: the same facts, lists and quotes, as plain markdown. */
export function recordMarkdown(collection: Browsed, record: AnyRecord): string {
  const view = recordView(collection, record)
  const parts = (ps: readonly Part[]) => ps.map((p) => mdPart(p)).join('')
  return `${[
    `# ${md(recordTitle(record))}\n`,
    `${collectionTitle(collection, true)} \`${record.id}\` of the dataset of the RUSI Commentary “${md(mainSource.title)}”. Web page: ${recordUrl(collection, record.id, SITE.href)}\n`,
    ...(view.lede ? [`${md(view.lede)}\n`] : []),
    ...view.facts.map(([label, value]) => `- **${label}:** ${parts(value)}`),
    ...view.lists.flatMap((l) => [`\n## ${md(l.title)}\n`, ...l.items.map((i) => `- ${parts(i)}`)]),
    ...view.quotes.map(
      (q) =>
        `\n> ${md(q.exact)}\n\n— ${md(mainSource.title)}, ${quoteLocation(q)} (characters ${q.start}–${q.end}, UTF-16).`,
    ),
  ].join('\n')}\n`
}

/** A guide of the docs collection, as llms.txt lists it. */
export type Guide = { id: string; data: { title: string; description?: string }; body?: string }

/** The guides (copied from the repo's docs/), in their sidebar order. */
export async function guides(): Promise<Guide[]> {
  const all = await getCollection('docs', (e) => e.id.startsWith('guides/'))
  const order = (e: (typeof all)[number]) => e.data.sidebar.order ?? Number.MAX_SAFE_INTEGER
  return all.sort((a, b) => order(a) - order(b))
}

// What the site is, the opening of llms.txt and llms-full.txt.
function intro(): string[] {
  const claimKinds = Object.values(CLAIM_KIND_LABELS).join(', ').toLowerCase()
  return [
    `# ${SITE_NAME}\n`,
    `> The RUSI Commentary “${md(mainSource.title)}” (${md(AUTHORS)}, ${mainSource.published.slice(0, 4)}) as typed, sourced data: every sentence of the analysis as claims (${claimKinds}) with who makes them, how sure, about whom, and the exact quote, plus the actors, events, places and topics they name. Published as npm packages (@karabakh-aftermath/schema, data, query, react).\n`,
    `Each record below links to its markdown twin; its web page is the same address without \`.md\`. Everything in one file: ${abs('/llms-full.txt')}. Downloads (JSON, GeoJSON, CSV, W3C Web Annotations, citations): ${abs('/downloads/')}.`,
  ]
}

/** `/llms.txt` (llmstxt.org): what the site is, then a link to every guide and record twin. */
export function llmsTxt(guides: readonly Guide[]): string {
  return [
    ...intro(),
    '\n## Guides\n',
    ...guides.map(
      (g) =>
        `- [${md(g.data.title)}](${abs(`/${g.id}/`)})${g.data.description ? `: ${md(g.data.description)}` : ''}`,
    ),
    ...BROWSED.flatMap((c) => [
      `\n## ${collectionTitle(c)}\n`,
      ...sortedRecords(c).map((r) => `- [${md(recordTitle(r))}](${abs(twinHref(c, r.id))})`),
    ]),
    '',
  ].join('\n')
}

/** `/llms-full.txt`: the guides' markdown, then every record's twin, in one file. */
export function llmsFullTxt(guides: readonly Guide[]): string {
  return [
    intro().join('\n'),
    ...guides.map((g) => `# ${md(g.data.title)}\n\n${(g.body ?? '').trim()}\n`),
    ...BROWSED.flatMap((c) => sortedRecords(c).map((r) => recordMarkdown(c, r))),
  ].join('\n\n---\n\n')
}
