/**
 * Starlight route middleware (`routeMiddleware` in astro.config.mjs), run for every Starlight page:
 * guides, API reference, records, analysis, downloads.
 *
 * Starlight writes each head entry's `content` as raw HTML (`set:html`), so a page title built from
 * data (a record's name, an event's title, a claim's statement) could close `<title>` and open a
 * `<script>`. The title is text, so it is escaped here, once, for every page; the other head entries
 * (meta and link tags) carry their values in attributes, which Astro escapes itself.
 *
 * The 404 page (src/content/docs/404.md) is a draft only to stay out of the production routes of
 * Starlight's `/[...slug]` (whose /404 would clash with Starlight's own 404 route, which renders
 * the entry): it is shown without the draft notice.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data'
import { escapeHtml } from './components'

export const onRequest = defineRouteMiddleware(({ locals }) => {
  if (locals.starlightRoute.id === '404') locals.starlightRoute.entry.data.draft = false
  for (const entry of locals.starlightRoute.head)
    if (entry.tag === 'title' && entry.content) entry.content = escapeHtml(entry.content)
})
