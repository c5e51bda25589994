// Page weight targets, read from the build (no browser): no zod in any chunk, at most 8 kB of
// gzipped script on a page without live components, no React on a record page. The figures of the
// representative pages are printed, as docs/docs-app.md records them.
import assert from 'node:assert/strict'
import { test } from '../../../scripts/e2e/browser.ts'
import {
  allPages,
  checkTargets,
  chunksWithZod,
  measurePage,
  representativePages,
  SCRIPT_BUDGET,
} from '../scripts/page-weight.mjs'

const kB = (n) => `${(n / 1024).toFixed(1)} kB`

test('page weight: the representative pages (printed)', () => {
  const rows = representativePages().map(([label, path]) => ({ label, ...measurePage(path) }))
  for (const r of rows) {
    console.log(
      `# ${r.label.padEnd(32)} ${r.path.padEnd(44)} script ${kB(r.script).padStart(9)}  total ${kB(r.total).padStart(9)}  islands ${r.islands.length}  React ${r.react ? 'yes' : 'no'}`,
    )
  }
  assert.ok(rows.length >= 6, 'the representative pages exist')
})

test('no chunk of the site contains zod', () => {
  assert.deepEqual(chunksWithZod(), [])
})

test('every page meets its script budget; record pages ship no React', () => {
  const results = allPages().map((p) => measurePage(p))
  assert.deepEqual(checkTargets(results), [])
  const quiet = results.filter((r) => r.islands.length === 0)
  assert.ok(quiet.length > 100 && quiet.every((r) => r.script <= SCRIPT_BUDGET))
  const records = results.filter((r) => r.path.startsWith('/records/'))
  assert.ok(records.length > 100 && records.every((r) => !r.react && r.islands.length === 0))
})

test('the analysis hydrates only the interactive components', () => {
  const analysis = measurePage('/analysis/')
  const names = analysis.islands.map((i) => i.component).sort()
  assert.deepEqual(names, ['LiveClaims', 'LiveReader', 'LiveTimeline'])
  assert.ok(analysis.islands.every((i) => i.directive === 'visible'))
})
