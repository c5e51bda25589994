// What the docs app's tests read from the build (turbo builds it before `test`): the dataset it
// offers for download, the sitemap's routes, and a helper that waits for every island to hydrate.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url))
export const dataset = JSON.parse(readFileSync(join(DIST, 'downloads/dataset.json'), 'utf8'))

/** Every built page, as a path (`/`, `/records/actors/armenia/`). */
export const allPages = () =>
  readdirSync(DIST, { recursive: true })
    .filter((f) => /(^|\/)index\.html$/.test(f) && !/^(_astro|pagefind)\//.test(f))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`)
    .sort()

/** Every route of the sitemap, as a path (`/records/actors/armenia/`). */
export function sitemapPaths() {
  const locs = (file) =>
    [...readFileSync(join(DIST, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]).pathname,
    )
  return locs('sitemap-index.xml').flatMap(locs)
}

/** Scrolls every island into view and waits until each has hydrated (Astro drops `ssr` then). */
export async function hydrateAll(page) {
  const count = await page.locator('astro-island').count()
  for (let i = 0; i < count; i++) await page.locator('astro-island').nth(i).scrollIntoViewIfNeeded()
  await page.waitForFunction(
    () => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')),
    null,
    { timeout: 15_000 },
  )
  return count
}
