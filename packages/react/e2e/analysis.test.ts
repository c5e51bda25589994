// The real-browser test (the repository's Playwright harness, Debian's Chromium): a page that
// server-renders the Analysis embed for the full dataset and hydrates it: no hydration warnings,
// no axe violations in any section, light and dark, the keyboard model and in-page links.
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

const SECTIONS = ['Overview', 'Text', 'Timeline', 'Claims', 'Actors', 'Relations', 'Map']

test.describe('Analysis in Chromium', () => {
  test('server-renders a compact overview: the thesis and the key judgements', () => {
    expect(page.html).toContain('ka-analysis__overview')
    expect(page.html).toContain('thesis, presented as what Azerbaijan')
    expect(page.html.length).toBeLessThan(150_000)
    console.log(`server HTML ${(page.html.length / 1024).toFixed(0)} kB`)
  })

  for (const scheme of ['light', 'dark'] as const) {
    test(`hydrates without warnings; every section has no axe violations (${scheme})`, async ({
      browser,
    }) => {
      const { tab, messages, requests, close } = await open(browser, scheme)
      try {
        expect(messages).toEqual([])
        expect(await tab.evaluate(() => window.__kaRecoverable)).toEqual([])
        expect(requests.every((r) => r.startsWith(ORIGIN))).toBe(true)
        const bg = await tab.evaluate(
          () => getComputedStyle(document.querySelector('.ka-analysis') as Element).backgroundColor,
        )
        expect(bg).toBe(scheme === 'dark' ? 'rgb(15, 18, 22)' : 'rgb(255, 255, 255)')
        expect(await tab.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(6000)
        for (const name of SECTIONS) {
          await tab.getByRole('tab', { name }).click()
          expect(await axe(tab), name).toEqual([])
          await tab
            .locator('.ka-analysis')
            .screenshot({ path: `${SHOTS}/ka-analysis-${name.toLowerCase()}-${scheme}.png` })
        }
      } finally {
        await close()
      }
    })
  }

  test('works with the keyboard, and links open the section that holds their target', async ({
    browser,
  }) => {
    const { tab, messages, close } = await open(browser, 'light')
    const focused = (selector: string) =>
      tab.locator(selector).evaluate((el) => el === document.activeElement)
    const status = () => tab.locator('.ka-reader__status').textContent()
    try {
      // One tab stop for the tabs; arrows move between them and open each.
      await tab.keyboard.press('Tab')
      expect(await focused('[role="tab"][aria-selected="true"]')).toBe(true)
      await tab.keyboard.press('ArrowRight')
      expect(await tab.getByRole('tab', { name: 'Text' }).getAttribute('aria-selected')).toBe(
        'true',
      )
      expect(await focused('[role="tab"][aria-selected="true"]')).toBe(true)

      // Reader: one marker is a tab stop; arrows move between the claims, selecting each.
      const markers = tab.locator('.ka-reader__marker')
      expect(await tab.locator('.ka-reader__marker[tabindex="0"]').count()).toBe(1)
      await markers.first().focus()
      await tab.keyboard.press('Enter')
      await expect.poll(status).toMatch(/^Claim 1 of \d+/)
      await tab.keyboard.press('ArrowRight')
      await expect.poll(status).toMatch(/^Claim 2 of \d+/)
      expect(await markers.nth(1).evaluate((el) => el === document.activeElement)).toBe(true)
      await tab.keyboard.press('End')
      await expect.poll(status).toMatch(/^Claim (\d+) of \1/)
      await tab.getByRole('button', { name: 'Previous claim' }).click()
      await expect.poll(status).toMatch(/^Claim (\d+) of \d+/)

      // Timeline: arrows, Home and End move between events; one event is a tab stop.
      await tab.getByRole('tab', { name: 'Timeline' }).click()
      const events = tab.locator('.ka-event')
      const count = await events.count()
      expect(await tab.locator('.ka-event[tabindex="0"]').count()).toBe(1)
      await events.first().focus()
      await tab.keyboard.press('ArrowDown')
      expect(await events.nth(1).evaluate((el) => el === document.activeElement)).toBe(true)
      await tab.keyboard.press('End')
      expect(await events.nth(count - 1).evaluate((el) => el === document.activeElement)).toBe(true)
      await tab.keyboard.press('Home')
      expect(await events.first().evaluate((el) => el === document.activeElement)).toBe(true)
      // Only the current event's links are tab stops: the list takes at most one Tab per link.
      const links = await events.first().locator('a').count()
      for (let i = 0; i < links + 1; i++) await tab.keyboard.press('Tab')
      expect(await tab.evaluate(() => document.activeElement?.closest('.ka-event'))).toBeNull()

      // Timeline filter: a native select operated by keys narrows the events.
      await tab.locator('.ka-timeline select').nth(1).focus()
      await tab.keyboard.press('ArrowDown')
      await expect
        .poll(() => tab.locator('.ka-timeline .ka-count').textContent())
        .toMatch(/^\d+ of \d+ events/)

      // Actors: a claims disclosure opens with Enter; its claim link opens the claims.
      await tab.getByRole('tab', { name: 'Actors' }).click()
      const summary = tab.locator('.ka-actor details:not([open]) summary').first()
      await summary.focus()
      await tab.keyboard.press('Enter')
      const link = tab.locator('.ka-actor details[open] a[href*="-claim-"]').first()
      const target = ((await link.getAttribute('href')) ?? '').slice(1)
      await link.click()
      await expect
        .poll(() => tab.getByRole('tab', { name: 'Claims' }).getAttribute('aria-selected'))
        .toBe('true')
      await expect(tab.locator(`[id="${target}"]`)).toBeInViewport()

      // Focus is visible: the focused element draws an outline.
      await tab.getByRole('tab', { name: 'Claims' }).focus()
      await tab.keyboard.press('ArrowLeft')
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
