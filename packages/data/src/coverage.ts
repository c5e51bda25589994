// `pnpm coverage`: prints sentence coverage and lists every body sentence no claim quotes.
import { fileURLToPath } from 'node:url'
import { compile, packagePaths } from './compile.ts'

const result = compile(packagePaths(fileURLToPath(new URL('..', import.meta.url))))
const { coverage } = result
if (!coverage) {
  console.error('coverage: the content could not be compiled far enough to measure coverage')
  process.exitCode = 1
} else report(coverage)

function report(coverage: NonNullable<typeof result.coverage>) {
  const pct = coverage.units ? ((coverage.covered / coverage.units) * 100).toFixed(1) : '0.0'
  console.log(
    `coverage: ${coverage.covered}/${coverage.units} sentences (${pct}%) quoted by at least one claim`,
  )
  for (const s of coverage.uncovered)
    console.log(`  uncovered ${s.anchor} sentence ${s.index}: ${s.text}`)
  const other = result.problems.filter((p) => p.code !== 'coverage').length
  if (other)
    console.log(
      `(${other} other content problem${other === 1 ? '' : 's'}: run the build to see them)`,
    )
  process.exitCode = coverage.uncovered.length ? 1 : 0
}
