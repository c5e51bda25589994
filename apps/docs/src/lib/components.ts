/**
 * The components shown live on the analysis pages and offered as embeds: the `components`
 * collection (src/content/components.yaml), with their routes and embed code.
 */
import { type CollectionEntry, getCollection } from 'astro:content'
import { SITE } from './records'

/** One component page of the analysis; `slug` is its route segment, `path` its embed's. */
export type ComponentPage = CollectionEntry<'components'>['data'] & { slug: string; path: string }

/** The component pages, in the order of the collection. */
export const componentPages = async (): Promise<ComponentPage[]> =>
  (await getCollection('components'))
    .sort((a, b) => a.data.order - b.data.order)
    .map((e) => ({ ...e.data, slug: e.id, path: `/embed/${e.id}/` }))

/** The entry point of a component of the react package: `ClaimList` → `…/react/claim-list`. */
export const entryOf = (component: string): string =>
  `@karabakh-aftermath/react/${component.replace(/(?<=.)([A-Z])/g, '-$1').toLowerCase()}`

/**
 * Links inside a component shown elsewhere than /analysis/ (to a paragraph, a claim, an actor) go
 * to /analysis/, whose components render their anchors with the prefix `ka`; the same prefix makes
 * them meet (the components' `idPrefix` rule).
 */
export const ANALYSIS_LINKS = { linkBase: '/analysis/', idPrefix: 'ka' } as const

/** Escapes text for HTML: an attribute's value (quoted with `"`) or an element's content. */
export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">`: every `<` is escaped as
 * `\u003c`, so no text in the data can close the script element or open a comment in it.
 */
export const jsonLdText = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c')

/** The iframe code of an embed route of this site (a component page, a claim's card). */
export function embedCode(embed: { path: string; title: string; height: number }): string {
  const src = new URL(embed.path, SITE).href
  const title = `${embed.title.replace(/\.$/, '')}: the aftermath of the Nagorno-Karabakh conflict`
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${embed.height}" style="border:0" loading="lazy"></iframe>`
}
