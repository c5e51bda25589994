// `pnpm build`: compiles content/ into dist/, or prints every problem and exits 1 writing nothing.
// It sets `process.exitCode` rather than calling `process.exit`, so that a pipe receives every
// line before the process ends.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildDataset } from './emit.ts'
import { formatLocated } from './problem.ts'

// An optional argument names another content root (with content/ and sources/), built into its dist/.
const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const result = buildDataset(root, join(root, 'dist'), pkg)
if (!result.ok) {
  for (const p of result.problems) console.error(formatLocated(p))
  console.error(
    `\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}: nothing was written (dist/ is unchanged).`,
  )
  process.exitCode = 1
} else {
  const { counts, coverage } = result.meta
  const summary = Object.entries(counts).map(([c, n]) => `${n} ${c}`)
  console.log(`data: ${summary.join(', ')}; coverage ${coverage.covered}/${coverage.units} (100%)`)
}
