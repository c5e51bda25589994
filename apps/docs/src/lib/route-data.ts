/**
 * Starlight route middleware (`routeMiddleware` in astro.config.mjs), run for every Starlight page:
 * guides, API reference, records, analysis, downloads.
 *
 * Starlight writes each head entry's `content` as raw HTML (`set:html`), so a page title built from
 * data (a record's name, an event's title, a claim's statement) could close `<title>` and open a
 * `<script>`. The title is text, so it is escaped here, once, for every page; the other head entries
 * (meta and link tags) carry their values in attributes, which Astro escapes itself.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data'
import { escapeHtml } from './components'

export const onRequest = defineRouteMiddleware(({ locals }) => {
  for (const entry of locals.starlightRoute.head)
    if (entry.tag === 'title' && entry.content) entry.content = escapeHtml(entry.content)
})
