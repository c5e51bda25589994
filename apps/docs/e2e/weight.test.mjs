// Page weight, read from the build (no browser; size-limit measures a bundle, not a page): the
// gzipped bytes (zlib level 9) of the script a page loads before the reader does anything — inline
// and module scripts, modulepreloads, the islands' components and renderer, and every module they
// import statically, each once — and of its HTML and stylesheets. Targets: no chunk of the site
// contains zod, a page without live components ships at most 8 kB of script, a record page ships
// no React, the analysis hydrates only the interactive components. The representative pages'
// figures are printed, as docs/docs-app.md records them.
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'
import { test } from '../../../scripts/e2e/browser.ts'
import { allPages, DIST } from './build.mjs'

const SCRIPT_BUDGET = 8 * 1024
/** Strings only zod's code contains; React 19's element symbol. */
const ZOD = [/\$Zod[A-Z][A-Za-z]+/, /\bZodError\b/, /\._zod\b/, /\bz\.object\(/]
const REACT = /react\.transitional\.element|react\.element/
const IMPORT = /\bfrom\s*["'`]([^"'`]+)["'`]|\bimport\s*["'`]([^"'`]+)["'`]/g
const gz = (text) => gzipSync(text, { level: 9 }).length
// The pages share their chunks: each module's gzipped size is measured once.
const gzipped = new Map()
const gzOf = (url, code) => {
  if (!gzipped.has(url)) gzipped.set(url, gz(code))
  return gzipped.get(url)
}
const kB = (n) => `${(n / 1024).toFixed(1)} kB`
const read = (url) => {
  const path = join(DIST, url.replace(/^\//, ''))
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined
}
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]

/** A built page's script, total and islands, and whether its script holds React or zod. */
function measure(path) {
  const html = read(`${path}index.html`)
  const modules = new Map()
  const queue = []
  let script = 0
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = attr(attrs, 'type')
    if (type && type !== 'module') continue // JSON-LD is data, not script
    if (attr(attrs, 'src')) queue.push(attr(attrs, 'src'))
    else script += body.trim() ? gz(body) : 0
  }
  const links = [...html.matchAll(/<link\b([^>]*)>/g)].map((m) => m[1])
  queue.push(...links.filter((l) => attr(l, 'rel') === 'modulepreload').map((l) => attr(l, 'href')))
  const islands = [...html.matchAll(/<astro-island\b([^>]*)>/g)].map(([, a]) => {
    queue.push(attr(a, 'component-url'), attr(a, 'renderer-url'))
    return { component: attr(a, 'component-export'), directive: attr(a, 'client') }
  })
  while (queue.length) {
    const url = queue.shift()
    const code = url && !modules.has(url) ? read(url) : undefined
    if (code === undefined) continue
    modules.set(url, code)
    for (const m of code.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]
      if (spec.startsWith('.')) queue.push(posix.join(posix.dirname(url), spec))
      else if (spec.startsWith('/')) queue.push(spec)
    }
  }
  script += [...modules].reduce((n, [url, code]) => n + gzOf(url, code), 0)
  const css = links
    .filter((l) => attr(l, 'rel') === 'stylesheet')
    .reduce((n, l) => n + gzOf(attr(l, 'href'), read(attr(l, 'href')) ?? ''), 0)
  const all = [...modules.values()].join('\n')
  const zod = ZOD.some((re) => re.test(all))
  return { path, script, total: gz(html) + css + script, islands, react: REACT.test(all), zod }
}

test('page weight: the representative pages (printed)', () => {
  const paths = [
    '/',
    '/guides/getting-started/',
    '/analysis/',
    '/analysis/timeline/',
    '/records/actors/azerbaijan/',
    `/records/claims/${readdirSync(join(DIST, 'records/claims'))[0]}/`,
    '/api/karabakh-aftermath/query/index/functions/createquery/',
    '/embed/timeline/',
  ]
  for (const r of paths.map(measure))
    console.log(
      `# ${r.path.padEnd(60)} script ${kB(r.script).padStart(9)}  total ${kB(r.total).padStart(9)}  islands ${r.islands.length}  React ${r.react ? 'yes' : 'no'}`,
    )
})

test('no chunk of the site contains zod', () => {
  const dir = join(DIST, '_astro')
  const chunks = readdirSync(dir).filter((f) => f.endsWith('.js'))
  assert.ok(chunks.length > 5)
  const withZod = chunks.filter((f) =>
    ZOD.some((re) => re.test(readFileSync(join(dir, f), 'utf8'))),
  )
  assert.deepEqual(withZod, [])
})

test('every page meets its script budget; record pages ship no React', () => {
  const failures = []
  const results = allPages().map(measure)
  for (const r of results) {
    if (r.zod) failures.push(`${r.path} ships zod`)
    if (r.islands.length === 0 && r.script > SCRIPT_BUDGET)
      failures.push(`${r.path}: no live component but ${kB(r.script)} of script`)
    if (r.path.startsWith('/records/') && (r.react || r.islands.length))
      failures.push(`${r.path} is a record page but ships React`)
  }
  assert.deepEqual(failures, [])
  assert.ok(results.filter((r) => r.islands.length === 0).length > 100)
  assert.ok(results.filter((r) => r.path.startsWith('/records/')).length > 100)
})

test('the analysis hydrates only the interactive components', () => {
  const { islands } = measure('/analysis/')
  assert.deepEqual(islands.map((i) => i.component).sort(), [
    'LiveClaims',
    'LiveReader',
    'LiveTimeline',
  ])
  assert.ok(islands.every((i) => i.directive === 'visible'))
})
