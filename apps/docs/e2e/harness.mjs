// Shared set-up of the end-to-end tests: the static build served on 127.0.0.1, Debian's Chromium
// through playwright-core, the sitemap's routes, and axe-core injected into a page. The tests
// build nothing: turbo runs the docs build before them (`test` depends on `build`).
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { serve } from '../scripts/serve.mjs'

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url))
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const require = createRequire(import.meta.url)

/** Fails early, with what to do, when the build or the browser is missing. */
export function assertReady() {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(
      'apps/docs/dist is missing: run `pnpm build` first (turbo runs it before `pnpm test`)',
    )
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`,
    )
}

/** Starts the static server on a free port. */
export async function startServer() {
  return serve({ root: DIST, port: 0 })
}

/** Launches Chromium headless, with nothing that reaches the network on its own. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  })
}

/** Every route of the sitemap, as a path (`/records/actors/armenia/`). */
export function sitemapPaths() {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
  return maps.flatMap((map) =>
    [...readFileSync(join(DIST, map), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]).pathname,
    ),
  )
}

/**
 * A browser context whose pages may only reach the test server: any other request is aborted and
 * recorded, so a page that needs the network (a font, a tile, a script) fails the test.
 */
export async function offlineContext(browser, base, options = {}) {
  const context = await browser.newContext({ ...options, serviceWorkers: 'block' })
  const outside = []
  const origin = new URL(base).origin
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue()
    outside.push(url)
    return route.abort()
  })
  return { context, outside }
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page) {
  const errors = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`))
  return errors
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

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** Runs axe-core in the page; returns its violations, each as `rule (impact): n× target`. */
export async function axe(page) {
  await page.addScriptTag({ content: AXE_SOURCE })
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      count: v.nodes.length,
    }))
  })
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.count}× ${v.targets.join(' | ')}`,
  )
}
