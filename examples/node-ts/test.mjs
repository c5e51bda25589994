// Checks this consumer: the plain ESM script's output, the compiled node16 output when run, and
// that tsc rejects misspelt ids. Run after `npm run build` (which type-checks both configs).
import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { claims } from '@karabakh-aftermath/data/claims'
import { LIKELIHOOD_BANDS } from '@karabakh-aftermath/schema/vocabulary'

const node = process.execPath
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')

// 1. The plain Node ESM script prints every forecast with its likelihood band.
const forecasts = claims.filter((c) => c.kind === 'forecast')
assert.ok(forecasts.length > 0, 'the dataset has forecasts')
const out = execFileSync(node, ['forecasts.mjs'], { encoding: 'utf8' })
const lines = out.trimEnd().split('\n')
assert.equal(lines[0], `${forecasts.length} forecasts`)
assert.equal(lines.length, forecasts.length + 1)
for (const c of forecasts) {
  const line = lines.find((l) => l.endsWith(`] ${c.statement}`))
  assert.ok(line, `forecast ${c.id} is printed`)
  if (c.likelihood)
    assert.ok(line.startsWith(`- [${LIKELIHOOD_BANDS[c.likelihood.term].label} (`), line)
}
console.log(`ok forecasts.mjs prints ${forecasts.length} forecasts with their likelihood`)

// 2. The node16 build runs under Node and finds what it asked for.
const summary = JSON.parse(execFileSync(node, ['dist-node16/ids.js'], { encoding: 'utf8' }))
assert.equal(summary.russia, 'Russia')
assert.equal(typeof summary.claim, 'string')
assert.equal(summary.war !== null && summary.baku !== null && summary.topic !== null, true)
assert.equal(summary.notFound, true)
assert.equal(summary.valid, true)
assert.ok(summary.evidence > 0 && summary.ties > 0 && summary.actors > 0)
console.log(`ok node16 output runs: ${JSON.stringify(summary)}`)

// 3. A misspelt id is a compile error (no @ts-expect-error): tsc must fail on both lines.
const r = spawnSync(node, [tsc, '-p', 'tsconfig.misspelt.json', '--pretty', 'false'], {
  encoding: 'utf8',
})
assert.notEqual(r.status, 0, 'tsc accepted misspelt ids')
const errors = r.stdout
  .trim()
  .split('\n')
  .filter((l) => /error TS\d+/.test(l))
assert.equal(errors.length, 2, r.stdout)
assert.match(
  errors[0],
  /misspelt\.ts\(6,14\): error TS(2322|2820): Type '"rusia"' is not assignable to type 'ActorId'/,
)
assert.match(
  errors[1],
  /misspelt\.ts\(7,10\): error TS(2345|2820|2769): Argument of type '"azerbaijn"' is not assignable/,
)
console.log(`ok misspelt ids are compile errors:\n  ${errors.join('\n  ')}`)
