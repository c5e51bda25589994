// Checks the production build: the prerendered page holds the server-rendered claims and the
// timeline; then `next start` serves it to Debian's Chromium, which hydrates it (no console
// errors, hence no hydration mismatch) and the client component's buttons change the timeline.
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { claims } from '@karabakh-aftermath/data/claims'
import { events } from '@karabakh-aftermath/data/events'
import { chromium } from 'playwright-core'
import { launch, watch } from '../../shared/browser.mjs'

const root = join(import.meta.dirname, '..')
const html = (s) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;')

// 0. The components' props are typed by the shipped data: typed-props.tsx compiles, and each of
// its misspelt ids and vocabulary values is an error (an unused @ts-expect-error fails tsc).
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
const typed = spawnSync(process.execPath, [tsc, '--noEmit', '-p', root], { encoding: 'utf8' })
assert.equal(typed.status, 0, `tsc: ${typed.stdout}${typed.stderr}`)
console.log('ok tsc: typed-props.tsx compiles, and every misspelt id in it is a type error')

// 1. The built HTML of `/` (prerendered at build time) has every forecast statement.
const htmlFile = join(root, '.next/server/app/index.html')
assert.ok(existsSync(htmlFile), `${htmlFile} is missing: run \`npm run build\` first`)
const page = readFileSync(htmlFile, 'utf8')
const forecasts = claims.filter((c) => c.kind === 'forecast')
const missing = forecasts.filter((c) => !page.includes(html(c.statement)))
assert.deepEqual(
  missing.map((c) => c.id),
  [],
  'every forecast is in the server-rendered HTML',
)
const notForecast = claims.find((c) => c.kind !== 'forecast')
assert.ok(!page.includes(`>${html(notForecast.statement)}<`), 'only the forecasts are listed')
const armenia = events.filter((e) => e.participants.some((p) => p.actor === 'armenia'))
for (const e of armenia)
  assert.ok(page.includes(html(e.title)), `timeline event ${e.id} is server-rendered`)
console.log(
  `ok next build: .next/server/app/index.html holds ${forecasts.length} forecasts and ${armenia.length} timeline events`,
)

// 2. In the browser: hydration without errors, and the client component is interactive.
const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port
    s.close(() => resolve(p))
  })
})
const next = createRequire(import.meta.url).resolve('next/dist/bin/next')
const server = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
  cwd: root,
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
})
let log = ''
server.stdout.on('data', (d) => (log += d))
server.stderr.on('data', (d) => (log += d))
const url = `http://127.0.0.1:${port}/`
const deadline = Date.now() + 30_000
for (;;) {
  try {
    if ((await fetch(url)).ok) break
  } catch {}
  if (Date.now() > deadline || server.exitCode !== null)
    throw new Error(`next start did not come up:\n${log}`)
  await new Promise((r) => setTimeout(r, 200))
}

const browser = await launch(chromium)
try {
  const page = await browser.newPage()
  const problems = watch(page)
  await page.goto(url, { waitUntil: 'networkidle' })
  const timeline = page.locator('#actor-timeline')
  const titles = async () =>
    (await timeline.locator('article h3, article h4, article h5').allInnerTexts()).sort()
  assert.deepEqual(await titles(), armenia.map((e) => e.title).sort())
  const russia = events.filter((e) => e.participants.some((p) => p.actor === 'russia'))
  await timeline.getByRole('button', { name: 'Russia' }).click()
  await timeline.getByRole('heading', { name: 'Timeline: Russia' }).waitFor()
  assert.deepEqual(
    await titles(),
    russia.map((e) => e.title).sort(),
    'the client component switched the timeline',
  )
  const claimsShown = await page.locator('#forecasts').innerText()
  for (const c of forecasts)
    assert.ok(claimsShown.includes(c.statement), `forecast ${c.id} after hydration`)
  assert.deepEqual(problems, [], 'the console is clean (no hydration error)')
  console.log(
    `ok next start + Chromium: hydrated cleanly; timeline Armenia (${armenia.length}) → Russia (${russia.length}) events`,
  )
} finally {
  await browser.close()
  server.kill()
}
