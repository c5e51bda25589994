// Hostile content: the docs app built from a dataset whose every written string carries markup
// that would set `window.__pwned`, a spreadsheet formula, and `javascript:`/`data:` URLs
// (fixtures/hostile-dataset.mjs). In Chromium no script of the data runs on any record page, embed,
// analysis page or search result; every link is http(s); the page titles and JSON-LD keep the
// hostile text as text; the CSV downloads start no cell with a formula character; and the build
// names SITE_URL, never localhost. The build leaves out the API reference (DOCS_API=off: nothing in
// it comes from the dataset); HOSTILE_DIST=<dir> reuses one made with the same fixture and SITE_URL.
import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { offlineContext, test } from '../../../scripts/e2e/browser.ts'
import { hydrateAll } from './build.mjs'
import { BAD_URLS, MARKER, MARKUP, writeHostileDataset } from './fixtures/hostile-dataset.mjs'

const APP = fileURLToPath(new URL('..', import.meta.url))
const SITE = 'https://hostile.example.org/'
const COMPONENTS = ['reader', 'timeline', 'claims', 'actors', 'map', 'relations']
const RECORD_TITLE = { actors: 'name', places: 'name', topics: 'name', events: 'title' }
// A cell a spreadsheet would run as a formula (OWASP): = + - @ tab CR first.
const FORMULA = /^[=+\-@\t\r]/
const NUMBER = /^-?\d+(\.\d+)?$/

let tmp
let dist
let dataset
let server
let base

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(900_000)
  tmp = mkdtempSync(join(tmpdir(), 'ka-hostile-'))
  dataset = writeHostileDataset(join(tmp, 'data'))
  dist = process.env.HOSTILE_DIST ?? join(tmp, 'dist')
  if (!process.env.HOSTILE_DIST) {
    const started = Date.now()
    execFileSync('astro', ['build', '--outDir', dist], {
      cwd: APP,
      env: { ...process.env, DOCS_DATASET_DIR: join(tmp, 'data'), SITE_URL: SITE, DOCS_API: 'off' },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    console.log(`hostile build: ${Math.round((Date.now() - started) / 1000)} s`)
  }
  // Port 0: the system picks a free one, which the server prints.
  server = spawn(
    'astro',
    ['preview', '--ignore-lock', '--outDir', dist, '--host', '127.0.0.1', '--port', '0'],
    { cwd: APP, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  server.stdout.on('data', (d) => (output += d))
  server.stderr.on('data', (d) => (output += d))
  for (let i = 0; !base; i++) {
    base = output.match(/http:\/\/127\.0\.0\.1:\d+\//)?.[0]
    if (i > 600 || server.exitCode !== null)
      throw new Error(`astro preview of the hostile build did not start:\n${output}`)
    await new Promise((r) => setTimeout(r, 200))
  }
})

test.afterAll(() => {
  server?.kill()
  if (tmp) rmSync(tmp, { recursive: true, force: true })
})

/** Every page that renders records: one per record, every embed, the analysis and its pages. */
const pages = () => [
  ...['actors', 'events', 'claims', 'places', 'topics'].flatMap((c) =>
    dataset[c].map((r) => `/records/${c}/${r.id}/`),
  ),
  ...['actors', 'events', 'claims', 'places', 'topics'].map((c) => `/records/${c}/`),
  '/records/',
  ...COMPONENTS.map((c) => `/embed/${c}/`),
  ...dataset.claims.map((c) => `/embed/claim/${c.id}/`),
  '/analysis/',
  ...COMPONENTS.map((c) => `/analysis/${c}/`),
]

/** What a page shows and links to once its islands have hydrated and its claims were opened. */
async function visit(page, path) {
  await page.goto(new URL(path, base).href, { waitUntil: 'load' })
  await hydrateAll(page)
  // The reader draws a claim's card in the browser when its highlight is chosen: open each.
  const marks = page.locator('mark[data-claims]')
  for (let i = 0; i < (await marks.count()); i++) await marks.nth(i).click()
  return page.evaluate(() => ({
    pwned: window.__pwned,
    title: document.title,
    text: document.body.textContent,
    links: [...document.querySelectorAll('a[href]')].map((a) => a.href),
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (s) => s.textContent,
    ),
  }))
}

test('no script of the data runs on any record page, embed or analysis page; links are http(s)', async ({
  browser,
}) => {
  test.setTimeout(600_000)
  const { context } = await offlineContext(browser, base)
  const page = await context.newPage()
  const failures = []
  for (const path of pages()) {
    const seen = await visit(page, path)
    if (seen.pwned !== undefined) failures.push(`${path}: a script of the data ran`)
    if (!seen.text.includes(MARKUP[0]))
      failures.push(`${path}: the hostile text is not shown as text`)
    for (const href of seen.links)
      if (!/^https?:/.test(href)) failures.push(`${path}: a link to ${href}`)
    const [collection, id] = path.split('/').slice(2, 4)
    if (path.startsWith('/records/') && id) {
      const record = dataset[collection].find((r) => r.id === id)
      const ld = JSON.parse(seen.jsonLd[0])
      const expected = collection === 'claims' ? record.statement : record[RECORD_TITLE[collection]]
      if (ld.name !== expected) failures.push(`${path}: the JSON-LD name is not the record's`)
      // document.title collapses whitespace, as a browser shows a title.
      if (collection !== 'claims' && !seen.title.startsWith(expected.replace(/\s+/g, ' ').trim()))
        failures.push(`${path}: the <title> is not the record's name as text: ${seen.title}`)
    }
  }
  await context.close()
  assert.deepEqual(failures, [])
})

test('search results show the hostile records as text, and run nothing', async ({ browser }) => {
  const { context } = await offlineContext(browser, base)
  const page = await context.newPage()
  await page.goto(new URL('/records/', base).href)
  await page.locator('button[data-open-modal]').first().click()
  await page
    .locator('#starlight__search input[type="search"], .pagefind-ui__search-input')
    .first()
    .fill(MARKER)
  const results = page.locator('.pagefind-ui__result')
  await results.first().waitFor({ timeout: 20_000 })
  const more = page.locator('.pagefind-ui__button')
  while (await more.isVisible()) await more.click()
  const seen = await page.evaluate(() => ({
    pwned: window.__pwned,
    text: document.querySelector('.pagefind-ui__results')?.textContent ?? '',
  }))
  assert.ok((await results.count()) >= 5, 'every record page is found')
  assert.ok(seen.text.includes(MARKUP[0]), 'the results show the markup as text')
  assert.equal(seen.pwned, undefined)
  await context.close()
})

/** The cells of an RFC 4180 document. */
function csvCells(text) {
  const cells = []
  const re = /"((?:[^"]|"")*)"|([^,\r\n]*)/y
  let at = 0
  while (at < text.length) {
    re.lastIndex = at
    const m = re.exec(text)
    cells.push(m[1] !== undefined ? m[1].replaceAll('""', '"') : m[2])
    at = re.lastIndex
    if (text[at] === ',') at++
    else if (text.startsWith('\r\n', at)) at += 2
  }
  return cells
}

test('the CSV downloads start no cell with a formula, and keep the text after the quote', async ({
  request,
}) => {
  const downloads = await (await request.get(new URL('/downloads/', base).href)).text()
  const csvs = [...downloads.matchAll(/href="\/downloads\/(csv\/[a-z]+\.csv)"/g)].map((m) => m[1])
  assert.equal(csvs.length, 6, 'the downloads page offers a CSV per collection')
  let hostile = 0
  let neutralised = 0
  for (const path of csvs) {
    const cells = csvCells(
      await (await request.get(new URL(`/downloads/${path}`, base).href)).text(),
    )
    for (const cell of cells) {
      // A plain number (a negative longitude) is a number to a spreadsheet, not a formula.
      if (!NUMBER.test(cell))
        assert.doesNotMatch(cell, FORMULA, `${path}: ${JSON.stringify(cell.slice(0, 40))}`)
      if (cell.includes(MARKER)) hostile++
      // Neutralised as OWASP says: a ' before the text, which is otherwise unchanged.
      if (/^'[=+\-@\t\r]/.test(cell)) neutralised++
    }
  }
  assert.ok(hostile > 20, `the CSVs carry the hostile text (${hostile} cells)`)
  assert.ok(neutralised > 20, `the formulas are kept after a quote (${neutralised} cells)`)
})

test('the build names SITE_URL in canonical links, og:url, JSON-LD, embeds and the sitemap, never localhost', () => {
  const urls = []
  for (const file of readdirSync(dist, { recursive: true })) {
    const text = /\.(html|xml)$/.test(file) ? readFileSync(join(dist, file), 'utf8') : ''
    if (file.endsWith('.xml')) urls.push(...text.matchAll(/<loc>([^<]*)<\/loc>/g))
    urls.push(
      ...text.matchAll(/<link rel="canonical" href="([^"]*)"/g),
      ...text.matchAll(/<meta property="og:url" content="([^"]*)"/g),
      ...text.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g),
      ...text.matchAll(/iframe src=(?:&#x22;|&quot;|")([^&"]*)/g),
    )
  }
  assert.ok(
    urls.length > 300,
    `the build has canonical links, JSON-LD and a sitemap (${urls.length})`,
  )
  assert.deepEqual(
    urls.map((m) => m[1]).filter((u) => /localhost|127\.0\.0\.1/.test(u)),
    [],
  )
  const html = readFileSync(join(dist, 'records/actors/author/index.html'), 'utf8')
  assert.match(
    html,
    /<link rel="canonical" href="https:\/\/hostile\.example\.org\/records\/actors\/author\/"/,
  )
  assert.match(
    html,
    /<meta property="og:url" content="https:\/\/hostile\.example\.org\/records\/actors\/author\/"/,
  )
  assert.match(html, /"@id":"https:\/\/hostile\.example\.org\/records\/actors\/author\/#record"/)
  assert.match(
    readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'),
    /<loc>https:\/\/hostile\.example\.org\/records\/actors\/author\/<\/loc>/,
  )
  // The fixture does carry every bad URL, so the http(s)-only check above is not vacuous.
  assert.deepEqual(
    BAD_URLS.filter((u) => !JSON.stringify(dataset).includes(JSON.stringify(u).slice(1, -1))),
    [],
  )
})
