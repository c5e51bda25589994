// Page weight of the built site: for a page, the gzipped bytes (zlib, level 9) of the scripts it
// loads — inline scripts, module scripts, the islands' component and renderer modules, and every
// module they import statically, each counted once — and of its HTML and stylesheets. Modules
// loaded only on demand (dynamic `import()`, such as search's UI when it is opened) are listed
// apart. It also checks the targets: no chunk of the site contains zod, a page without islands
// ships at most 8 kB of gzipped script, and a record page ships no React.
//
//   node scripts/page-weight.mjs            the table for the representative pages
//   node scripts/page-weight.mjs --all      every page
//   node scripts/page-weight.mjs --json     JSON instead of the table
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, posix, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url))
/** Budget of gzipped script for a page without live components. */
export const SCRIPT_BUDGET = 8 * 1024

const gz = (text) => gzipSync(text, { level: 9 }).length

/** Strings that only zod's code contains (class names it registers, its error class, its internals key). */
export const ZOD_MARKERS = [/\$Zod[A-Z][A-Za-z]+/, /\bZodError\b/, /\._zod\b/, /\bz\.object\(/]
/** A string only React's runtime contains (React 19's element symbol). */
export const REACT_MARKER = /react\.transitional\.element|react\.element/

const STATIC_IMPORT = /\bfrom\s*["'`]([^"'`]+)["'`]|\bimport\s*["'`]([^"'`]+)["'`]/g
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g

function readModule(dist, url) {
  const path = join(dist, url.replace(/^\//, ''))
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined
}

/** The module URLs a module imports statically and dynamically. */
function importsOf(code, from) {
  const resolve = (spec) =>
    spec.startsWith('.')
      ? posix.join(posix.dirname(from), spec)
      : spec.startsWith('/')
        ? spec
        : undefined
  const stat = []
  const dyn = []
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const url = resolve(m[1] ?? m[2])
    if (url) stat.push(url)
  }
  for (const m of code.matchAll(DYNAMIC_IMPORT)) {
    const url = resolve(m[1])
    if (url) dyn.push(url)
  }
  return { stat, dyn }
}

const attr = (tag, name) =>
  tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]?.replace(/&amp;/g, '&')

/** The weight of one built page (its URL path, e.g. `/analysis/`). */
export function measurePage(path, dist = DIST) {
  const file = join(dist, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html')
  const html = readFileSync(file, 'utf8')
  const modules = new Map() // url -> code
  const lazy = new Set()
  const queue = []
  let inlineScript = 0
  const islands = []

  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]
    const type = attr(attrs, 'type')
    if (type && type !== 'module' && type !== 'text/javascript') continue // JSON-LD and data blocks are not scripts
    const src = attr(attrs, 'src')
    if (src) queue.push(src)
    else if (m[2].trim()) {
      inlineScript += gz(m[2])
      for (const u of importsOf(m[2], path).stat) queue.push(u)
    }
  }
  for (const m of html.matchAll(/<link\b([^>]*)>/g)) {
    if (attr(m[1], 'rel') === 'modulepreload') queue.push(attr(m[1], 'href'))
  }
  for (const m of html.matchAll(/<astro-island\b([^>]*)>/g)) {
    const component = attr(m[1], 'component-url')
    const renderer = attr(m[1], 'renderer-url')
    const directive = attr(m[1], 'client')
    islands.push({ component: attr(m[1], 'component-export') ?? component, directive })
    for (const u of [component, renderer]) if (u) queue.push(u)
  }
  while (queue.length) {
    const url = queue.shift()
    if (!url || modules.has(url)) continue
    const code = readModule(dist, url)
    if (code === undefined) continue
    modules.set(url, code)
    const { stat, dyn } = importsOf(code, url)
    queue.push(...stat)
    for (const d of dyn) lazy.add(d)
  }
  for (const url of modules.keys()) lazy.delete(url)

  const script = inlineScript + [...modules.values()].reduce((n, code) => n + gz(code), 0)
  const css = [...html.matchAll(/<link\b([^>]*)>/g)]
    .filter((m) => attr(m[1], 'rel') === 'stylesheet')
    .map((m) => readModule(dist, attr(m[1], 'href')) ?? '')
    .reduce((n, code) => n + gz(code), 0)
  const lazyBytes = [...lazy]
    .map((u) => readModule(dist, u))
    .filter(Boolean)
    .reduce((n, code) => n + gz(code), 0)
  const all = [...modules.values()].join('\n')
  return {
    path,
    html: gz(html),
    css,
    script,
    total: gz(html) + css + script,
    modules: [...modules.keys()],
    lazy: lazyBytes,
    islands,
    react: REACT_MARKER.test(all),
    zod: ZOD_MARKERS.some((re) => re.test(all)),
  }
}

/** Every built page's URL path. */
export function allPages(dist = DIST) {
  const out = []
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name)
      if (statSync(p).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(p)
      } else if (name === 'index.html')
        out.push(
          `/${relative(dist, dirname(p)).split('\\').join('/')}/`
            .replace(/^\/\/$/, '/')
            .replace(/\/+/g, '/'),
        )
    }
  }
  walk(dist)
  return out.sort()
}

/** Every JS chunk of the build that contains zod (none, if the site is right). */
export function chunksWithZod(dist = DIST) {
  const dir = join(dist, '_astro')
  return readdirSync(dir)
    .filter(
      (f) =>
        f.endsWith('.js') && ZOD_MARKERS.some((re) => re.test(readFileSync(join(dir, f), 'utf8'))),
    )
    .map((f) => `/_astro/${f}`)
}

/** The representative pages: home, the analysis, a record page, an API page. */
export function representativePages(dist = DIST) {
  const pages = allPages(dist)
  const first = (re) => pages.find((p) => re.test(p))
  return [
    ['home', '/'],
    ['guide', first(/^\/guides\/getting-started\/$/) ?? first(/^\/guides\//)],
    ['analysis (all live components)', '/analysis/'],
    ['analysis: timeline', '/analysis/timeline/'],
    [
      'record: actor',
      first(/^\/records\/actors\/azerbaijan\/$/) ?? first(/^\/records\/actors\/.+/),
    ],
    ['record: claim', first(/^\/records\/claims\/.+/)],
    ['API: a function', first(/^\/api\/.*createquery\/$/) ?? first(/^\/api\/.*functions\/.+/)],
    ['embed: timeline', '/embed/timeline/'],
  ].filter(([, p]) => p && pages.includes(p))
}

const kB = (n) => `${(n / 1024).toFixed(1)} kB`

/** Checks the targets; returns the list of failures (empty when all hold). */
export function checkTargets(results, dist = DIST) {
  const failures = []
  for (const chunk of chunksWithZod(dist)) failures.push(`${chunk} contains zod`)
  for (const r of results) {
    if (r.zod) failures.push(`${r.path} ships zod`)
    if (r.islands.length === 0 && r.script > SCRIPT_BUDGET)
      failures.push(
        `${r.path} has no live component but ships ${kB(r.script)} of script (budget ${kB(SCRIPT_BUDGET)})`,
      )
    if (r.path.startsWith('/records/') && (r.react || r.islands.length))
      failures.push(`${r.path} is a record page but ships React`)
  }
  return failures
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error('page-weight: no build in apps/docs/dist; run the build first')
    process.exit(1)
  }
  const all = process.argv.includes('--all')
  const rows = all ? allPages().map((p) => [p, p]) : representativePages()
  const results = rows.map(([label, path]) => ({ label, ...measurePage(path) }))
  const failures = checkTargets(all ? results : allPages().map((p) => measurePage(p)))
  if (process.argv.includes('--json')) console.log(JSON.stringify({ results, failures }, null, 2))
  else {
    console.log(
      'page                              script (gz)  total (gz)  html    css     islands  React  zod   on demand',
    )
    for (const r of results) {
      console.log(
        `${r.label.padEnd(34)}${kB(r.script).padStart(10)}  ${kB(r.total).padStart(10)}  ${kB(r.html).padStart(7)} ${kB(r.css).padStart(7)} ${String(r.islands.length).padStart(7)}  ${(r.react ? 'yes' : 'no').padEnd(5)}  ${(r.zod ? 'YES' : 'no').padEnd(4)}  ${kB(r.lazy)}`,
      )
    }
    console.log(
      failures.length
        ? `\nfailures:\n  ${failures.join('\n  ')}`
        : '\nall targets hold: no zod; pages without live components ≤ 8 kB of script; record pages ship no React',
    )
  }
  if (failures.length) process.exitCode = 1
}
