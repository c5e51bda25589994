// Imports every JavaScript entry of every published package from its built dist/ under the
// machine's own Node (20.19+), to hold the promise that the packages run on Node 20 and not only
// on the toolchain's Node 24; then validates the shipped data and queries it, as a consumer's first
// steps. Run after `pnpm build`: `node scripts/smoke-node20.mjs`.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { publishedPackages } from './release/consumers.mjs'

const modules = {}
const failures = []
for (const { dir, pkg } of publishedPackages()) {
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : (target.import ?? target.default)
    if (!file?.endsWith('.js') || file.includes('*')) continue
    const name = `${pkg.name}${subpath.slice(1)}`
    try {
      const mod = await import(pathToFileURL(join(dir, file)).href)
      if (Object.keys(mod).length === 0) throw new Error('exports nothing')
      modules[name] = mod
    } catch (error) {
      failures.push(`${name}: ${error.message}`)
    }
  }
}
const { dataset } = modules['@karabakh-aftermath/data'] ?? {}
const result = modules['@karabakh-aftermath/schema']?.validateDataset(dataset)
if (!result?.ok)
  failures.push(
    `the shipped dataset does not validate: ${JSON.stringify(result?.problems?.slice(0, 3))}`,
  )
const first = dataset?.actors[0]
if (
  modules['@karabakh-aftermath/query']?.createQuery(dataset).getActor(first?.id)?.id !== first?.id
)
  failures.push('createQuery(dataset).getActor did not find the first actor')

for (const f of failures) console.error(`FAIL ${f}`)
const imported = Object.keys(modules).length
console.log(
  `node ${process.versions.node}: imported ${imported} entries, ${failures.length} failed`,
)
if (Number(process.versions.node.split('.')[0]) < 20 || failures.length || !imported)
  process.exit(1)
