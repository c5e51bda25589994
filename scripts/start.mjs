// `pnpm start` prints what the built packages hold before it serves the docs app.
import { readFileSync } from 'node:fs'

const schema = await import('../packages/schema/dist/index.js')
console.log('@karabakh-aftermath/schema')
console.log(`  collections: ${schema.COLLECTIONS.join(', ')}`)
console.log(`  claim kinds: ${schema.CLAIM_KINDS.join(', ')}`)
console.log(
  `  likelihood:  ${schema.LIKELIHOOD_TERMS.map((t) => `${t} (${Math.round(schema.LIKELIHOOD_BANDS[t].min * 100)}–${Math.round(schema.LIKELIHOOD_BANDS[t].max * 100)}%)`).join(', ')}`,
)
console.log(`  json schema: packages/schema/dist/json-schema/*.json`)
try {
  const { meta } = await import('../packages/data/dist/index.js')
  console.log('@karabakh-aftermath/data')
  const counts = Object.entries(meta.counts).map(([c, n]) => `${n} ${c}`)
  console.log(`  ${counts.join(', ')}`)
  console.log(
    `  coverage: ${meta.coverage.covered}/${meta.coverage.units} body sentences and image credit`,
  )
} catch {
  console.log(
    `@karabakh-aftermath/data: not built (${JSON.parse(readFileSync('packages/data/package.json', 'utf8')).version})`,
  )
}
