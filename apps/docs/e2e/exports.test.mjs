// The site's exports. Read from the built files: the oEmbed JSON of every embed and its discovery
// links, the citations of the record pages, llms.txt, llms-full.txt and the markdown twins, and
// the downloads page's annotation and citation files. In Chromium: the Cite block's copy button,
// and the server's types for the new files.
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { offlineContext, test } from '../../../scripts/e2e/browser.ts'
import { DIST } from './build.mjs'

/** The `astro preview` server of playwright.config.ts. */
const base = `http://127.0.0.1:${process.env.KA_DOCS_PORT}/`
const read = (path) => readFileSync(join(DIST, path), 'utf8')
/** The JSON Schema files the schema package builds: downloads.yaml lists them by hand. */
const SCHEMAS = fileURLToPath(new URL('../../../packages/schema/dist/json-schema', import.meta.url))
const dirs = (path) =>
  readdirSync(join(DIST, path), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
const decodeHtml = (s) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
const oembedLink = (html) =>
  /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1]
const COLLECTIONS = ['actors', 'events', 'claims', 'places', 'topics']
const records = COLLECTIONS.flatMap((c) => dirs(`records/${c}`).map((id) => ({ c, id })))
const embeds = [
  ...dirs('embed')
    .filter((d) => d !== 'claim')
    .map((d) => `/embed/${d}/`),
  ...dirs('embed/claim').map((id) => `/embed/claim/${id}/`),
]

test('every embed has a static oEmbed 1.0 rich response, linked from its page and its analysis page', () => {
  assert.ok(embeds.length > 100, `found only ${embeds.length} embeds`)
  for (const path of embeds) {
    const href = oembedLink(read(`${path}index.html`))
    assert.ok(href, `${path} has no oEmbed discovery link`)
    assert.equal(new URL(href).pathname, `${path}oembed.json`)
    const o = JSON.parse(read(`${path}oembed.json`))
    assert.equal(o.version, '1.0')
    assert.equal(o.type, 'rich')
    for (const key of ['title', 'provider_name', 'provider_url', 'author_name'])
      assert.ok(typeof o[key] === 'string' && o[key].length > 0, `${path}: ${key}`)
    assert.ok(
      Number.isInteger(o.width) && o.width > 0 && Number.isInteger(o.height) && o.height > 0,
    )
    const src = /^<iframe src="([^"]+)" title="[^"<]+"[^<]*><\/iframe>$/.exec(o.html)?.[1]
    assert.ok(src, `${path}: html is not one iframe: ${o.html}`)
    assert.equal(new URL(decodeHtml(src)).pathname, path)
    assert.match(o.html, new RegExp(`height="${o.height}"`))
    // A component's page in the analysis names its embed's oEmbed too.
    const slug = /^\/embed\/([a-z]+)\/$/.exec(path)?.[1]
    if (slug && slug !== 'claim')
      assert.equal(
        new URL(oembedLink(read(`analysis/${slug}/index.html`)) ?? 'x:').pathname,
        `${path}oembed.json`,
      )
  }
})

test('every record page carries citation_* tags and a Cite block; a claim page links its embed', () => {
  for (const { c, id } of records) {
    const html = read(`records/${c}/${id}/index.html`)
    for (const name of [
      'citation_title',
      'citation_author',
      'citation_publication_date',
      'citation_publisher',
    ])
      assert.ok(
        new RegExp(`<meta name="${name}" content="[^"]+"`).test(html),
        `${c}/${id}: ${name}`,
      )
    assert.ok(/<h2 id="cite"[^>]*>Cite<\/h2>/.test(html), `${c}/${id}: no Cite block`)
    assert.ok(
      html.includes('@misc{') && html.includes('TY  - ELEC'),
      `${c}/${id}: no BibTeX or RIS`,
    )
    if (c === 'claims') {
      assert.equal(new URL(oembedLink(html) ?? 'x:').pathname, `/embed/claim/${id}/oembed.json`)
      assert.ok(/paragraph \d|section [a-z ]+/.test(html), `${id}: no locator`)
    }
  }
})

test('llms.txt links every guide and every record twin, and llms-full.txt holds them', () => {
  const llms = read('llms.txt')
  const full = read('llms-full.txt')
  assert.match(llms, /^# .+\n\n> .+/)
  const linked = new Set([...llms.matchAll(/\]\(([^)]+)\)/g)].map((m) => new URL(m[1]).pathname))
  for (const guide of dirs('guides')) assert.ok(linked.has(`/guides/${guide}/`), `guide ${guide}`)
  for (const { c, id } of records) {
    const twin = `/records/${c}/${id}.md`
    assert.ok(linked.has(twin), `llms.txt does not link ${twin}`)
    const md = read(twin)
    assert.match(md, /^# .+\n/)
    assert.ok(md.includes(`\`${id}\``), `${twin} does not name its id`)
    assert.ok(full.includes(md.trim()), `llms-full.txt does not hold ${twin}`)
  }
  for (const path of linked)
    assert.ok(existsSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path)), path)
})

test('the downloads page offers the annotations, the citations and every JSON Schema, and serves them', () => {
  const html = read('downloads/index.html')
  for (const file of [
    'annotations.jsonld',
    ...readdirSync(join(DIST, 'downloads/cite')).map((f) => `cite/${f}`),
    ...readdirSync(SCHEMAS).map((f) => `json-schema/${f}`),
  ]) {
    assert.ok(html.includes(`href="/downloads/${file}"`), `downloads page does not list ${file}`)
    assert.ok(read(`downloads/${file}`).length > 100)
  }
  const annotations = JSON.parse(read('downloads/annotations.jsonld'))
  assert.equal(annotations.total, dirs('records/claims').length)
  assert.match(read('downloads/cite/rusi-2021-aftermath.bib'), /^@misc\{rusi-2021-aftermath,/)
  assert.ok(html.includes('href="/llms.txt"') && html.includes('href="/llms-full.txt"'))
})

test('with SITE_URL set, every URL of the exports is on it, never localhost', () => {
  test.skip(!process.env.SITE_URL, 'built without SITE_URL')
  const files = ['llms.txt', 'embed/map/oembed.json', 'downloads/annotations.jsonld']
  for (const f of files) assert.doesNotMatch(read(f), /localhost|127\.0\.0\.1/, f)
  assert.ok(read('llms.txt').includes(new URL('/llms-full.txt', process.env.SITE_URL).href))
})

test('the Cite block copies the BibTeX of a claim to the clipboard', async ({ browser }) => {
  const { context, outside } = await offlineContext(browser, base)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base })
  const page = await context.newPage()
  const [id] = dirs('records/claims')
  await page.goto(new URL(`/records/claims/${id}/`, base).href)
  const bibtex = page.locator('figure').filter({ has: page.getByText('BibTeX', { exact: true }) })
  await bibtex.getByRole('button', { name: 'Copy to clipboard' }).click()
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.length > 0))
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  assert.match(copied, new RegExp(`^@misc\\{${id},\n[\\s\\S]*note = \\{(paragraph|section) `))
  assert.deepEqual(outside, [])
  await context.close()
})

test('the server gives the new files their types', async ({ request }) => {
  const [id] = dirs('records/claims')
  for (const [path, type] of [
    ['/llms.txt', /^text\/plain/],
    [`/records/claims/${id}.md`, /^text\/markdown/],
    ['/embed/map/oembed.json', /^application\/json/],
  ]) {
    const response = await request.get(new URL(path, base).href)
    assert.equal(response.status(), 200, path)
    assert.match(response.headers()['content-type'] ?? '', type, path)
  }
})
