// `pnpm check:data-version`: holds @karabakh-aftermath/data to its versioning policy
// (docs/versioning.md). It compares the built dataset (packages/data/dist/dataset.json) with the
// snapshot of the last release (packages/data/release-snapshot/ids.json) and fails when the
// change needs a bigger bump than the pending changesets (.changeset/*.md) give the package:
// removed or renamed ids and fields need a major, new records or fields a minor, corrections a
// patch. `--update` rewrites the snapshot from the built dataset (run by `pnpm version-packages`,
// i.e. when the pending changesets become a release).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { pendingBump } from './lib/changesets.mjs'
import { evaluate, snapshotOf } from './lib/data-snapshot.mjs'
import { biomeFormat } from './lib/format.mjs'

const root = join(import.meta.dirname, '..', '..')
const PKG = '@karabakh-aftermath/data'
const { values: args } = parseArgs({
  options: {
    update: { type: 'boolean', default: false },
    dataset: { type: 'string', default: join(root, 'packages/data/dist/dataset.json') },
    snapshot: { type: 'string', default: join(root, 'packages/data/release-snapshot/ids.json') },
    changesets: { type: 'string', default: join(root, '.changeset') },
    'package-json': { type: 'string', default: join(root, 'packages/data/package.json') },
  },
})
const rel = (p) => relative(process.cwd(), p) || '.'

if (!existsSync(args.dataset)) {
  console.error(
    `check:data-version: ${rel(args.dataset)} is missing: build the data first (pnpm build).`,
  )
  process.exit(1)
}
const dataset = JSON.parse(readFileSync(args.dataset, 'utf8'))
const version = JSON.parse(readFileSync(args['package-json'], 'utf8')).version
const current = snapshotOf(dataset, version)

if (args.update) {
  mkdirSync(dirname(args.snapshot), { recursive: true })
  writeFileSync(args.snapshot, biomeFormat(`${JSON.stringify(current, null, 2)}\n`, args.snapshot))
  const counts = Object.entries(current.collections).map(([c, s]) => `${s.count} ${c}`)
  console.log(
    `check:data-version: wrote ${rel(args.snapshot)} (${PKG}@${version}: ${counts.join(', ')})`,
  )
  process.exit(0)
}

if (!existsSync(args.snapshot)) {
  console.error(
    `check:data-version: no release snapshot at ${rel(args.snapshot)}. Create it with --update.`,
  )
  process.exit(1)
}
const released = JSON.parse(readFileSync(args.snapshot, 'utf8'))
const pending = pendingBump(args.changesets, PKG)
const verdict = evaluate({ released, current, pending: pending.bump })

const head = `check:data-version: ${PKG} released ${released.version} (snapshot), now ${version}`
console.log(head)
if (verdict.reasons.length === 0) {
  console.log('  no change to ids, fields or records since the release: nothing to bump.')
} else {
  for (const r of verdict.reasons) console.log(`  needs ${r.bump.padEnd(5)} ${r.text}`)
}
console.log(
  `  pending changesets for ${PKG}: ${pending.files.length ? pending.files.join(', ') : 'none'}`,
)
if (verdict.versioned)
  console.log(
    `  already versioned since the snapshot: ${verdict.versioned} (${released.version} → ${version})`,
  )
if (verdict.ok) {
  console.log(
    `  ok: ${verdict.required ? `a ${verdict.required} is required and a ${verdict.available} is pending` : 'no bump required'}.`,
  )
} else {
  console.error(
    `  FAIL: this change needs a ${verdict.required} release of ${PKG}, and ${
      verdict.available
        ? `only a ${verdict.available} is pending`
        : 'no changeset for it is pending'
    }.\n` +
      `  Either restore what was removed, or record the change: pnpm changeset (choose ${PKG}: ${verdict.required}),\n` +
      '  and say in it what users must change (see docs/versioning.md).',
  )
  process.exit(1)
}
