// The real-browser test (the repository's Playwright harness, Debian's Chromium): a page that
// server-renders the Analysis embed for the full dataset, hydrates it, and checks: no hydration
// warnings or errors, no axe violations in light and dark, keyboard operation.
import { dataset } from '@karabakh-aftermath/data'
import type { Browser } from '@playwright/test'
import { axe, expect, offlineContext, test, watchErrors } from '../../../scripts/e2e/browser.ts'
import { buildPage, ORIGIN, type Page, servePage } from './page.ts'

const SHOTS = process.env.KA_SCREENSHOTS ?? '/tmp'

let page: Page

test.beforeAll(async () => {
  page = await buildPage(dataset)
})

/** Opens the page in a color scheme, serving it from memory and refusing any other request. */
async function open(browser: Browser, colorScheme: 'light' | 'dark') {
  const { context } = await offlineContext(browser, ORIGIN, {
    colorScheme,
    viewport: { width: 1280, height: 900 },
  })
  const tab = await context.newPage()
  const messages = watchErrors(tab, { warnings: true })
  const requests: string[] = []
  await servePage(tab, page, (url) => requests.push(url))
  await tab.goto(`${ORIGIN}/`)
  await tab.waitForFunction(() => window.__kaHydrated === true)
  // Let React finish hydrating and report any mismatch.
  await tab.waitForTimeout(300)
  return { tab, messages, requests, close: () => context.close() }
}

test.describe('Analysis in Chromium', () => {
  test('server-renders the full dataset completely', () => {
    expect(page.html).toContain('ka-analysis')
    for (const e of dataset.events) expect(page.html).toContain(`id="ka-event-${e.id}"`)
    for (const c of dataset.claims) expect(page.html).toContain(`id="ka-claim-${c.id}"`)
    for (const a of dataset.actors) expect(page.html).toContain(`id="ka-actor-${a.id}"`)
    for (const p of dataset.places) expect(page.html).toContain(`id="ka-place-${p.id}"`)
    for (const part of dataset.sources[0]?.parts ?? [])
      expect(page.html).toContain(`id="rusi-2021-aftermath-${part.anchor}"`)
    expect(page.html).toMatch(/<path class="ka-map__country ka-map__country--031" d="m/)
  })

  for (const scheme of ['light', 'dark'] as const) {
    test(`hydrates without warnings and has no axe violations (${scheme})`, async ({ browser }) => {
      const { tab, messages, requests, close } = await open(browser, scheme)
      try {
        expect(messages).toEqual([])
        expect(await tab.evaluate(() => window.__kaRecoverable)).toEqual([])
        expect(requests.every((r) => r.startsWith(ORIGIN))).toBe(true)
        const bg = await tab.evaluate(
          () => getComputedStyle(document.querySelector('.ka-analysis') as Element).backgroundColor,
        )
        expect(bg).toBe(scheme === 'dark' ? 'rgb(15, 18, 22)' : 'rgb(255, 255, 255)')
        expect(await axe(tab)).toEqual([])
        await tab.screenshot({ path: `${SHOTS}/ka-analysis-${scheme}.png`, fullPage: true })
        for (const section of ['reader', 'timeline', 'claims', 'actors', 'relations', 'map']) {
          await tab
            .locator(`#ka-analysis-${section}`)
            .screenshot({ path: `${SHOTS}/ka-${section}-${scheme}.png` })
        }
      } finally {
        await close()
      }
    })
  }

  test('works with the keyboard', async ({ browser }) => {
    const { tab, messages, close } = await open(browser, 'light')
    const active = () =>
      tab.evaluate(() => {
        const el = document.activeElement
        return {
          tag: el?.tagName.toLowerCase(),
          text: el?.textContent?.slice(0, 60) ?? '',
          cls: el?.className ?? '',
          id: el?.id ?? '',
        }
      })
    try {
      // Tab reaches the section links first, then Enter follows one.
      await tab.keyboard.press('Tab')
      expect(await active()).toMatchObject({ tag: 'a', text: 'Text' })
      await tab.keyboard.press('Tab')
      expect(await active()).toMatchObject({ tag: 'a', text: 'Timeline' })
      await tab.keyboard.press('Enter')
      expect(await tab.evaluate(() => location.hash)).toBe('#ka-analysis-timeline')

      // Reader: a marker button selects its claim; the panel's buttons step through claims.
      await tab.locator('.ka-reader__marker').first().focus()
      await tab.keyboard.press('Enter')
      await expect
        .poll(() => tab.locator('.ka-reader__status').textContent())
        .toMatch(/^Claim 1 of \d+/)
      expect(await tab.locator('.ka-reader__marker').first().getAttribute('aria-pressed')).toBe(
        'true',
      )
      await tab.getByRole('button', { name: 'Next claim' }).focus()
      await tab.keyboard.press('Enter')
      await expect
        .poll(() => tab.locator('.ka-reader__status').textContent())
        .toMatch(/^Claim 2 of \d+/)
      await tab.keyboard.press('Space')
      await expect
        .poll(() => tab.locator('.ka-reader__status').textContent())
        .toMatch(/^Claim 3 of \d+/)

      // Timeline: arrow keys, Home and End move between events; Tab leaves the list.
      const events = tab.locator('#ka-analysis-timeline .ka-event')
      const count = await events.count()
      await events.first().focus()
      await tab.keyboard.press('ArrowDown')
      expect(await events.nth(1).evaluate((el) => el === document.activeElement)).toBe(true)
      await tab.keyboard.press('End')
      expect(await events.nth(count - 1).evaluate((el) => el === document.activeElement)).toBe(true)
      await tab.keyboard.press('Home')
      expect(await events.first().evaluate((el) => el === document.activeElement)).toBe(true)
      await tab.keyboard.press('Shift+Tab')
      await tab.keyboard.press('Tab')
      expect(await events.first().evaluate((el) => el === document.activeElement)).toBe(true)

      // Timeline filter: a native select operated by keys narrows the events.
      const kind = tab.locator('#ka-analysis-timeline select').nth(1)
      await kind.focus()
      await tab.keyboard.press('ArrowDown')
      await expect
        .poll(() => tab.locator('#ka-analysis-timeline .ka-count').textContent())
        .toMatch(/^\d+ of \d+ events/)
      expect(await events.count()).toBeLessThan(count)
      await tab.getByRole('button', { name: 'Clear filters' }).first().focus()
      await tab.keyboard.press('Enter')
      await expect.poll(() => events.count()).toBe(count)

      // Claims filter by keyboard as well.
      const claimKind = tab.locator('#ka-analysis-claims select').first()
      await claimKind.focus()
      await tab.keyboard.press('ArrowDown')
      await expect
        .poll(() => tab.locator('#ka-analysis-claims .ka-count').textContent())
        .toMatch(/^\d+ of \d+ claims/)

      // Actors: a claims disclosure opens with Enter.
      const summary = await tab
        .locator('#ka-analysis-actors details:not([open]) summary')
        .first()
        .elementHandle()
      await summary?.focus()
      await tab.keyboard.press('Enter')
      expect(await summary?.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).toBe(
        true,
      )

      // Focus is visible: the focused element draws an outline.
      const outline = await tab.evaluate(
        () => getComputedStyle(document.activeElement as Element).outlineStyle,
      )
      expect(outline).toBe('solid')
      expect(messages).toEqual([])
    } finally {
      await close()
    }
  })
})
