// The one browser-test harness of the repository (@playwright/test): Debian's Chromium, or the one
// `CHROMIUM_PATH` names (nothing downloads a browser), launched with nothing that reaches the
// network on its own; every context aborts and records any request that leaves the page's origin;
// axe-core runs in a page. The react package and the docs app each have an `e2e/playwright.config.ts`
// built from `browserConfig`.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  test as base,
  defineConfig,
  type Page,
  type PlaywrightTestConfig,
} from '@playwright/test'

export { expect } from '@playwright/test'

/** Debian's Chromium unless `CHROMIUM_PATH` names another (scripts/ensure-chromium.mjs installs it). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** How every browser test launches Chromium: the flags the example apps' tests use too. */
export const launchOptions = {
  executablePath: CHROMIUM,
  args: JSON.parse(
    readFileSync(new URL('../../examples/shared/chromium.json', import.meta.url), 'utf8'),
  ).args as string[],
}

/** A package's Playwright config: the shared launch options, list reporter, no retries. */
export function browserConfig(config: PlaywrightTestConfig): PlaywrightTestConfig {
  return defineConfig({
    reporter: 'list',
    retries: 0,
    forbidOnly: true,
    ...config,
    use: {
      launchOptions,
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
      ...config.use,
    },
  })
}

/**
 * Lets the context's pages reach only `origin`: any other request (a font, a tile, a script from a
 * CDN) is aborted and recorded in `outside`, so a page that needs the network fails its test.
 */
export async function blockOutside(
  context: BrowserContext,
  origin: string,
  outside: string[],
): Promise<void> {
  const allowed = new URL(origin).origin
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(allowed) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue()
    outside.push(url)
    return route.abort()
  })
}

/** A new context of `browser` that may only reach `origin` (see {@link blockOutside}). */
export async function offlineContext(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; outside: string[] }> {
  const context = await browser.newContext({ ...options, serviceWorkers: 'block' })
  const outside: string[] = []
  await blockOutside(context, origin, outside)
  return { context, outside }
}

/** Collects console errors (and, with `warnings`, warnings) and uncaught exceptions of a page. */
export function watchErrors(page: Page, { warnings = false } = {}): string[] {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || (warnings && m.type() === 'warning'))
      errors.push(`${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`))
  return errors
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/**
 * Runs axe-core in the page (with axe's `options`, e.g. `runOnly`); returns its violations, each as
 * `rule (impact): help — n× targets`.
 */
export async function axe(page: Page, options: object = {}): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE })
  return page.evaluate(async (options) => {
    const { axe } = window as unknown as {
      axe: {
        run(
          context: Document,
          options: object,
        ): Promise<{
          violations: {
            id: string
            impact?: string
            help: string
            nodes: { target: string[] }[]
          }[]
        }>
      }
    }
    const result = await axe.run(document, { resultTypes: ['violations'], ...options })
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length}× ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    )
  }, options)
}

/**
 * `test` whose `context` (and so `page`) is offline but for the `baseURL`'s origin; `outside` lists
 * every request it aborted.
 */
export const test = base.extend<{ outside: string[] }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a function destructures
  outside: async ({}, use) => use([]),
  context: async ({ context, baseURL, outside }, use) => {
    await blockOutside(context, baseURL ?? 'http://127.0.0.1', outside)
    await use(context)
  },
})
