// Internal links, read from the built HTML (no browser): every `href` and `src` to this site
// resolves to a built file, and every `#fragment` to an element with that id on the target page.
import assert from 'node:assert/strict'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { test } from '../../../scripts/e2e/browser.ts'
import { allPages, DIST } from './build.mjs'

const ORIGIN = 'http://localhost:4321'
const decode = (s) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#38;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")

function fileFor(pathname) {
  const p = join(DIST, decodeURIComponent(pathname))
  if (existsSync(p) && statSync(p).isFile()) return p
  const index = join(p, 'index.html')
  return existsSync(index) ? index : undefined
}

const idCache = new Map()
function idsOf(file) {
  if (!idCache.has(file)) {
    const html = readFileSync(file, 'utf8')
    idCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]))))
  }
  return idCache.get(file)
}

test('every internal link resolves, fragments included', () => {
  const broken = []
  let checked = 0
  for (const page of allPages()) {
    const file = join(DIST, page, 'index.html')
    const html = readFileSync(file, 'utf8')
    const base = new URL(page, ORIGIN)
    for (const m of html.matchAll(
      /<(a|link|img|script|iframe|source)\b[^>]*?\s(href|src)="([^"]*)"/g,
    )) {
      const raw = m[3]
      const value = decode(raw)
      if (
        !value ||
        value.startsWith('mailto:') ||
        value.startsWith('data:') ||
        value.startsWith('javascript:')
      )
        continue
      const url = new URL(value, base)
      if (url.origin !== ORIGIN) continue
      checked++
      const target = fileFor(url.pathname)
      if (!target) {
        broken.push(`${page}: ${value} (no page)`)
        continue
      }
      const fragment = decodeURIComponent(url.hash.slice(1))
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment))
        broken.push(`${page}: ${value} (no #${fragment})`)
    }
  }
  console.log(`# ${checked} internal links checked`)
  assert.deepEqual(broken.slice(0, 50), [], `${broken.length} broken links`)
})
