// Imports every JavaScript entry of every published package from its built dist/ under the
// machine's own Node (20.19+), to hold the promise that the packages run on Node 20 and not only
// on the toolchain's Node 24. Run after `pnpm build`: `node scripts/smoke-node20.mjs`.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = new URL('..', import.meta.url).pathname
const major = Number(process.versions.node.split('.')[0])
let failures = 0
let imported = 0
const modules = {}

for (const dir of readdirSync(join(root, 'packages'))) {
  const pkgDir = join(root, 'packages', dir)
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))
  if (pkg.private) continue
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    const file = typeof target === 'string' ? target : (target.import ?? target.default)
    if (typeof file !== 'string' || !file.endsWith('.js') || file.includes('*')) continue
    try {
      const mod = await import(pathToFileURL(join(pkgDir, file)).href)
      const names = Object.keys(mod)
      if (names.length === 0) throw new Error('exports nothing')
      modules[`${pkg.name}${subpath.slice(1)}`] = mod
      imported++
    } catch (error) {
      failures++
      console.error(`FAIL ${pkg.name}${subpath.slice(1)}: ${error.message}`)
    }
  }
}

// A consumer's first steps, on this Node: validate the shipped data with the schema, query it.
const schema = modules['@karabakh-aftermath/schema']
const data = modules['@karabakh-aftermath/data']
if (schema && data) {
  const result = schema.validateDataset(data.dataset)
  if (!result.ok) {
    failures++
    console.error(
      `FAIL the shipped dataset does not validate under Node ${process.versions.node}:`,
      result.problems.slice(0, 3),
    )
  }
}
const query = modules['@karabakh-aftermath/query']
if (query?.createQuery && data) {
  const q = query.createQuery(data.dataset)
  const first = data.dataset.actors[0]
  if (first && q.getActor(first.id)?.id !== first.id) {
    failures++
    console.error('FAIL createQuery(dataset).getActor did not find the first actor')
  }
}

console.log(`node ${process.versions.node}: imported ${imported} entries, ${failures} failed`)
if (major < 20 || failures > 0 || imported === 0) process.exit(1)
