// The site: every route of the sitemap answers 200; in Debian's Chromium a page of each kind loads
// (no console error, nothing fetched from outside), the live components answer the keyboard and
// the pointer, search finds a name typed without diacritics, and axe finds no violation on any
// page type in either theme.
import assert from 'node:assert/strict'
import { axe, expect, offlineContext, test, watchErrors } from '../../../scripts/e2e/browser.ts'
import { dataset, hydrateAll, sitemapPaths } from './build.mjs'

const { describe } = test
/** The `astro preview` server of playwright.config.ts. */
const base = `http://127.0.0.1:${process.env.KA_DOCS_PORT}/`
const url = (path) => new URL(path, base).href

/**
 * A fresh offline page; `theme` sets Starlight's stored theme and, unless `system` is given, the
 * media preference too.
 */
async function openPage(
  browser,
  path,
  { theme = 'light', system = theme, viewport = { width: 1280, height: 900 } } = {},
) {
  const { context, outside } = await offlineContext(browser, base, {
    colorScheme: system,
    viewport,
  })
  await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme)
  const page = await context.newPage()
  const errors = watchErrors(page)
  const response = await page.goto(url(path), { waitUntil: 'load' })
  return { context, page, errors, outside, response }
}

/**
 * Opens `path` (as {@link openPage}), hydrates its islands, runs `check` on it, then asserts that
 * the page logged no error and reached nothing outside, and closes it.
 */
async function onPage(browser, path, check, options) {
  const { context, page, errors, outside } = await openPage(browser, path, options)
  await hydrateAll(page)
  await check(page)
  assert.deepEqual(errors, [], path)
  assert.deepEqual(outside, [], path)
  await context.close()
}

/** Waits until `n` elements of the page match `selector`. */
const waitForCount = (page, selector, n) =>
  page.waitForFunction(([s, n]) => document.querySelectorAll(s).length === n, [selector, n])

/** A test of the page at `path`: `check` runs on it as {@link onPage} says. */
const pageTest = (title, path, check, options) =>
  test(title, ({ browser }) => onPage(browser, path, check, options))

/** What the test of each live component checks. */
const LIVE = {
  timeline:
    'arrow keys, Home and End move between events; filters answer the pointer and the keyboard',
  claims: 'filter by kind and by claimant with the pointer and the keyboard',
  reader: 'a click on a highlight or Enter on its marker shows the claim',
}
/** The test of the live component of /analysis/<slug>/: `check` gets its root and the page. */
const liveTest = (slug, selector, check) =>
  pageTest(`${slug}: ${LIVE[slug]}`, `/analysis/${slug}/`, (page) =>
    check(page.locator(selector).first(), page),
  )

const REQUIRED = [
  '/',
  '/analysis/',
  '/records/',
  '/downloads/',
  '/api/',
  '/embed/timeline/',
  '/embed/claims/',
]

describe('routes', () => {
  test('every route of the sitemap answers 200', async ({ request }) => {
    const paths = sitemapPaths()
    assert.ok(paths.length > 300, `the sitemap lists the site (${paths.length} routes)`)
    for (const required of REQUIRED)
      assert.ok(paths.includes(required), `the sitemap has ${required}`)
    const failures = []
    const queue = [...paths]
    const worker = async () => {
      for (let path = queue.shift(); path; path = queue.shift()) {
        const status = (await request.get(url(path), { maxRedirects: 0 })).status()
        if (status !== 200) failures.push(`${path}: HTTP ${status}`)
      }
    }
    await Promise.all(Array.from({ length: 8 }, worker))
    console.log(`# ${paths.length} routes answered`)
    assert.deepEqual(failures, [])
  })

  // The record pages, the claims' embeds, the guides and the API pages share a template per folder
  // (and the file-level tests read every one of them): a page of each folder loads in the browser.
  test('a page of every kind loads with no console error, failed hydration or outside request', async ({
    browser,
  }) => {
    test.setTimeout(300_000)
    const kinds = new Map()
    for (const path of sitemapPaths()) {
      const kind = /^\/(api|records|embed\/claim|guides)\/./.test(path)
        ? path.replace(/[^/]+\/$/, '*')
        : path
      if (!kinds.has(kind)) kinds.set(kind, path)
    }
    const queue = [...kinds.values()]
    assert.ok(queue.length > 40, `${queue.length} kinds of page`)
    const { context, outside } = await offlineContext(browser, base)
    const failures = []
    const worker = async () => {
      const page = await context.newPage()
      const errors = watchErrors(page)
      for (let path = queue.shift(); path; path = queue.shift()) {
        errors.length = 0
        try {
          await page.goto(url(path), { waitUntil: 'load' })
          if ((await page.locator('astro-island').count()) > 0) await hydrateAll(page)
          // Let late errors (a failed resource, a hydration mismatch) arrive before moving on.
          await page.waitForTimeout(20)
        } catch (error) {
          failures.push(`${path}: ${error.message.split('\n')[0]}`)
        }
        if (errors.length) failures.push(`${path}: ${errors.join('; ')}`)
      }
      await page.close()
    }
    await Promise.all([worker(), worker()])
    await context.close()
    console.log(`# ${kinds.size} kinds of page loaded in Chromium`)
    assert.deepEqual(failures, [])
    assert.deepEqual(outside, [], 'no request left 127.0.0.1')
  })

  test('an unknown address gets the 404 page with status 404', async ({ browser }) => {
    const { context, page, response } = await openPage(browser, '/no/such/page/')
    assert.equal(response?.status(), 404)
    assert.match(await page.locator('h1').first().textContent(), /not found/i)
    await context.close()
  })
  // The paths of a review of the old home-made server: one redirected to //evil.example/…, the
  // other stopped it. `astro preview` must answer both (and their kin) with a 4xx on this origin,
  // no stack trace, and keep serving.
  test('hostile paths get a 4xx, no redirect off the site and no stack trace', async ({
    request,
  }) => {
    for (const path of [
      '/%2Fevil.example%2F..%2Frecords',
      '/%0d%0a%2F..%2Frecords',
      '/%5Cevil.example%2F..%2Frecords',
      '/%2F%2Fevil.example',
      '//evil.example/%2F..',
      '/records%00/',
      '/%2e%2e/%2e%2e/package.json',
    ]) {
      const response = await request.get(base.replace(/\/$/, '') + path, { maxRedirects: 0 })
      const location = response.headers().location
      if (location) expect(new URL(location, base).origin, path).toBe(new URL(base).origin)
      expect(response.status(), path).toBeGreaterThanOrEqual(400)
      expect(response.status(), path).toBeLessThan(500)
      expect(await response.text(), path).not.toMatch(/node:internal|\bat \S+ \(/)
    }
    expect((await request.get(url('/records/'))).status()).toBe(200)
  })
})

describe('live components', () => {
  liveTest('timeline', '.ka-timeline', async (timeline, page) => {
    const events = timeline.locator('.ka-event')
    const total = dataset.events.length
    assert.equal(await events.count(), total)

    await events.first().focus()
    await page.keyboard.press('ArrowDown')
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby')),
      await events.nth(1).getAttribute('aria-labelledby'),
    )
    await page.keyboard.press('End')
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby')),
      await events.nth(total - 1).getAttribute('aria-labelledby'),
    )
    await page.keyboard.press('Home')
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby')),
      await events.first().getAttribute('aria-labelledby'),
    )

    // Pointer: pick a kind in the filter, then clear it with the button.
    const kind = dataset.events[0].kind
    const expected = dataset.events.filter((e) => e.kind === kind).length
    await timeline.getByLabel('Kind').click()
    await timeline.getByLabel('Kind').selectOption(kind)
    await waitForCount(page, '.ka-timeline .ka-event', expected)
    await timeline.getByRole('button', { name: 'Clear filters' }).click()
    await waitForCount(page, '.ka-timeline .ka-event', total)

    // Keyboard: focus the actor filter and step through its options with the arrow keys.
    await timeline.getByLabel('Actor').focus()
    await page.keyboard.press('ArrowDown')
    const actor = await timeline.getByLabel('Actor').inputValue()
    assert.ok(actor, 'the arrow key picked an actor')
    const withActor = dataset.events.filter((e) =>
      e.participants.some((p) => p.actor === actor),
    ).length
    await waitForCount(page, '.ka-timeline .ka-event', withActor)
  })

  liveTest('claims', '.ka-claim-list, .ka-claims', async (list, page) => {
    const total = dataset.claims.length
    const cards = page.locator('article.ka-claim')
    await page.waitForFunction(
      (n) => document.querySelectorAll('article.ka-claim').length >= n,
      total,
    )

    const forecasts = dataset.claims.filter((c) => c.kind === 'forecast').length
    await list.getByLabel('Kind').selectOption('forecast')
    await waitForCount(page, 'article.ka-claim', forecasts)
    assert.equal(await page.locator('article.ka-claim:not(.ka-claim--forecast)').count(), 0)

    await list.getByLabel('Kind').focus()
    await page.keyboard.press('Home')
    await waitForCount(page, 'article.ka-claim', total)

    const claimant = 'armenia'
    const byArmenia = dataset.claims.filter((c) => c.claimant === claimant).length
    await list.getByLabel('Claimant').selectOption(claimant)
    await waitForCount(page, 'article.ka-claim', byArmenia)
    assert.ok((await cards.count()) > 0)
  })

  liveTest('reader', '.ka-reader', async (reader, page) => {
    const panel = reader.locator('.ka-reader__panel')

    const mark = reader.locator('mark[data-claims]').nth(3)
    const id = (await mark.getAttribute('data-claims')).split(' ')[0]
    const claim = dataset.claims.find((c) => c.id === id)
    await mark.click()
    await assert.doesNotReject(
      panel.getByText(claim.statement, { exact: false }).first().waitFor({ timeout: 5000 }),
    )

    const marker = reader.locator('button.ka-reader__marker').nth(10)
    await marker.focus()
    await page.keyboard.press('Enter')
    assert.equal(await marker.getAttribute('aria-pressed'), 'true')
    const n = Number(await marker.textContent())
    const sorted = [...dataset.claims]
      .filter((c) => c.quote.source === dataset.sources[0].id)
      .sort((a, b) => a.quote.start - b.quote.start || a.quote.end - b.quote.end)
    await assert.doesNotReject(
      panel
        .getByText(sorted[n - 1].statement, { exact: false })
        .first()
        .waitFor({ timeout: 5000 }),
    )
  })
})

describe('theme', () => {
  // The components' colours are light-dark() pairs; the site pins their color-scheme to the theme
  // the reader picked in Starlight, whatever the system prefers.
  const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(15, 18, 22)' }
  for (const [theme, system] of [
    ['dark', 'light'],
    ['light', 'dark'],
  ]) {
    test(`a reader who picks ${theme} on a ${system} system gets ${theme} components`, async ({
      browser,
    }) => {
      for (const path of ['/analysis/claims/', '/records/places/agdam/'])
        await onPage(
          browser,
          path,
          async (page) => {
            const style = await page
              .locator('.ka:not(.ka *)')
              .first()
              .evaluate((el) => {
                const s = getComputedStyle(el)
                return { scheme: s.colorScheme, background: s.backgroundColor }
              })
            assert.deepEqual(style, { scheme: theme, background: BACKGROUND[theme] }, path)
          },
          { theme, system },
        )
    })
  }

  test('an embed without ?theme follows the system; with ?theme it is pinned', async ({
    browser,
  }) => {
    for (const [path, system, expected] of [
      ['/embed/claims/', 'dark', 'dark'],
      ['/embed/claims/?theme=light', 'dark', 'light'],
      ['/embed/claims/?theme=dark', 'light', 'dark'],
    ]) {
      const { context, outside } = await offlineContext(browser, base, { colorScheme: system })
      const page = await context.newPage()
      await page.goto(url(path), { waitUntil: 'load' })
      const background = await page
        .locator('.ka:not(.ka *)')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor)
      assert.equal(background, BACKGROUND[expected], `${path} on a ${system} system`)
      assert.deepEqual(outside, [])
      await context.close()
    }
  })
})

describe('layout inside the site', () => {
  pageTest(
    "the map legend's keys sit on one line, symbol beside word, despite Starlight's content styles",
    '/records/places/agdam/',
    async (page) => {
      const keys = page.locator('.ka-map__key')
      assert.equal(await keys.count(), 2)
      const boxes = await keys.evaluateAll((els) =>
        els.map((el) => {
          const svg = el.querySelector('svg').getBoundingClientRect()
          const key = el.getBoundingClientRect()
          return {
            svgDisplay: getComputedStyle(el.querySelector('svg')).display,
            keyHeight: key.height,
            svgHeight: svg.height,
          }
        }),
      )
      for (const box of boxes) {
        assert.equal(box.svgDisplay, 'inline-block')
        // One line: the key is no taller than a line of text with its symbol.
        assert.ok(box.keyHeight < box.svgHeight * 2.5, JSON.stringify(box))
      }
    },
  )
})

describe('search', () => {
  pageTest('"Agdam" finds Ağdam', '/', async (page) => {
    await page.locator('button[data-open-modal]').first().click()
    const input = page
      .locator('#starlight__search input[type="search"], .pagefind-ui__search-input')
      .first()
    await input.waitFor()
    await input.fill('Agdam')
    const hit = page.locator('.pagefind-ui__result-link', { hasText: 'Ağdam' }).first()
    await hit.waitFor({ timeout: 10_000 })
    assert.match(await hit.getAttribute('href'), /\/records\/places\/agdam\/$/)
  })
})

describe('accessibility', () => {
  const first = (collection) => `/records/${collection}/${dataset[collection][0].id}/`
  // One page of each type. /analysis/ holds every component (the component pages add only the
  // page around one, as /analysis/timeline/ shows); a guide, a list, an API page and an embed of
  // each kind stand for the others of their template.
  const PAGES = [
    '/',
    '/guides/getting-started/',
    '/analysis/',
    '/analysis/timeline/',
    '/records/',
    '/records/actors/',
    first('actors'),
    first('events'),
    first('claims'),
    '/records/places/agdam/',
    first('topics'),
    '/downloads/',
    '/api/',
    '/api/karabakh-aftermath/query/index/functions/createquery/',
    '/embed/claims/',
    `/embed/claim/${dataset.claims[0].id}/`,
    '/no/such/page/',
  ]
  // Every rule in the light theme; the dark theme changes colours only, so there only the contrast
  // rule runs. One test per page and theme, so the two workers share the heavy pages.
  for (const path of PAGES)
    for (const theme of ['light', 'dark'])
      test(`axe finds no violation on ${path} (${theme})`, async ({ browser }) => {
        const { context, page } = await openPage(browser, path, { theme })
        await hydrateAll(page)
        const failures = []
        const applied = await page.evaluate(() => document.documentElement.dataset.theme)
        if (!path.startsWith('/embed/') && applied !== theme) failures.push(`theme ${applied}`)
        const options = theme === 'dark' ? { runOnly: ['color-contrast'] } : {}
        for (const v of await axe(page, options)) failures.push(v)
        await context.close()
        assert.deepEqual(failures, [])
      })
})
