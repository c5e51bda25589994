// Opens the production build (dist/) in Debian's Chromium and checks that the content is there,
// that the actor filter of the timeline works, and that the console stays clean.
import assert from 'node:assert/strict'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { dataset } from '@karabakh-aftermath/data'
import { chromium } from 'playwright-core'
import { launch, watch } from '../../shared/browser.mjs'

const dist = join(import.meta.dirname, '..', 'dist')
assert.ok(existsSync(join(dist, 'index.html')), 'run `npm run build` first')
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
}
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  )
  let file = join(dist, path)
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html')
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
  createReadStream(file).pipe(res)
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const url = `http://127.0.0.1:${server.address().port}/`

const browser = await launch(chromium)
try {
  const page = await browser.newPage()
  const problems = watch(page)
  await page.goto(url, { waitUntil: 'networkidle' })

  // The analysis opens on its overview; every claim's statement and every actor is one tab away.
  await page.getByRole('heading', { level: 1 }).waitFor()
  assert.ok(
    (await page.locator('body').innerText()).includes(dataset.sources[0].title),
    'the source title',
  )
  const tabs = page.locator('.ka-analysis [role="tab"]')
  assert.ok((await tabs.count()) >= 5, `the analysis tabs (${await tabs.count()})`)
  let text = ''
  for (let i = 0; i < (await tabs.count()); i++) {
    await tabs.nth(i).click()
    text += await page.locator('.ka-analysis [role="tabpanel"]').innerText()
  }
  const missing = dataset.claims.filter((c) => !text.includes(c.statement))
  assert.deepEqual(
    missing.map((c) => c.id),
    [],
    'every claim statement is rendered in one of the tabs',
  )
  for (const a of dataset.actors) assert.ok(text.includes(a.name), `actor ${a.id}`)

  // The timeline filtered by actor: Armenia's events only, then all of them once the filter is cleared.
  const armenia = dataset.events.filter((e) => e.participants.some((p) => p.actor === 'armenia'))
  const others = dataset.events.filter((e) => !armenia.includes(e))
  assert.ok(armenia.length > 0 && others.length > 0)
  const timeline = page.locator('#actor-timeline')
  const titles = () => timeline.locator('article h3, article h4, article h5').allInnerTexts()
  let shown = await titles()
  assert.deepEqual(
    [...shown].sort(),
    armenia.map((e) => e.title).sort(),
    'the filtered timeline shows the actor’s events',
  )
  assert.match(
    await timeline.innerText(),
    new RegExp(`${armenia.length} of ${dataset.events.length} events`),
  )
  await timeline.getByLabel('Actor').selectOption('')
  await timeline.getByText(`${dataset.events.length} events`, { exact: false }).first().waitFor()
  shown = await titles()
  assert.equal(
    shown.length,
    dataset.events.length,
    'clearing the filter shows every event (the page is interactive)',
  )
  assert.match(
    await page.locator('#actor-count').innerText(),
    new RegExp(`^${armenia.length} events involve Armenia`),
  )

  assert.deepEqual(problems, [], 'the console is clean')
  console.log(
    `ok vite-react: ${dataset.claims.length} claims, ${dataset.actors.length} actors, ${await tabs.count()} analysis tabs; timeline ${armenia.length} → ${dataset.events.length} events; console clean`,
  )
} finally {
  await browser.close()
  server.close()
}
