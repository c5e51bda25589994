// `pnpm check:data-version`: holds @karabakh-aftermath/data to its versioning policy
// (docs/versioning.md). It compares the built dataset (packages/data/dist/dataset.json) with the
// snapshot of the last release (packages/data/release-snapshot/ids.json): per collection the sorted
// ids, every field path, the ids retired with `replacedBy` and a hash of the records. It fails when
// the change needs a bigger bump than the pending changesets (.changeset/*.md, read with changesets'
// own parser) or the version applied since the snapshot give the package: removed or renamed ids
// and fields need a major, new records or fields a minor, corrections a patch. `--update` rewrites
// the snapshot from the built dataset (`pnpm version-packages` runs it after `changeset version`).
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { parseChangesetFile } from '@changesets/parse'

const PKG = '@karabakh-aftermath/data'
const BUMPS = ['patch', 'minor', 'major']
/** The stronger of two bumps (`null`: none). */
export const maxBump = (a, b) => (BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b)

/** Every field path of a value: `quote.exact`, `mentions[].start` (keys, `[]` for array items). */
function fieldPaths(value, prefix, out) {
  if (Array.isArray(value)) for (const item of value) fieldPaths(item, `${prefix}[]`, out)
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      out.add(prefix ? `${prefix}.${key}` : key)
      fieldPaths(child, prefix ? `${prefix}.${key}` : key, out)
    }
  return out
}

/** What a release promises: per collection (every array of the dataset) its ids, fields, retired ids, hash. */
export function snapshotOf(dataset, version) {
  const collections = {}
  for (const [name, records] of Object.entries(dataset)) {
    if (!Array.isArray(records)) continue
    collections[name] = {
      count: records.length,
      ids: records.map((r) => String(r.id)).sort(),
      fields: [...records.reduce((out, r) => fieldPaths(r, '', out), new Set())].sort(),
      replaced: Object.fromEntries(
        records.filter((r) => r.replacedBy).map((r) => [r.id, r.replacedBy]),
      ),
      sha256: createHash('sha256').update(JSON.stringify(records)).digest('hex'),
    }
  }
  return { package: PKG, version, collections }
}

/** The bump the policy requires from one snapshot to the next, with its reasons. */
export function requiredBump(released, current) {
  let bump = null
  const reasons = []
  const need = (b, text) => {
    bump = maxBump(bump, b)
    reasons.push({ bump: b, text })
  }
  const minus = (a, b) => a.filter((x) => !b.includes(x))
  const list = (ids) =>
    ids.length > 8 ? `${ids.slice(0, 8).join(', ')} … (${ids.length})` : ids.join(', ')
  for (const name of Object.keys({ ...released.collections, ...current.collections })) {
    const [before, after] = [released.collections[name], current.collections[name]]
    if (!after) need('major', `${name}: the collection was removed`)
    else if (!before) need('minor', `${name}: a new collection`)
    else {
      const said = reasons.length
      for (const [b, what, ids] of [
        ['major', 'ids removed', minus(before.ids, after.ids)],
        ['major', 'fields removed', minus(before.fields, after.fields)],
        [
          'major',
          'ids retired with replacedBy',
          minus(Object.keys(after.replaced), Object.keys(before.replaced)),
        ],
        ['minor', 'ids added', minus(after.ids, before.ids)],
        ['minor', 'fields added', minus(after.fields, before.fields)],
      ])
        if (ids.length) need(b, `${name}: ${what}: ${list(ids)}`)
      if (reasons.length === said && before.sha256 !== after.sha256)
        need('patch', `${name}: records changed (same ids and fields)`)
    }
  }
  return { bump, reasons }
}

/** The strongest bump the pending changesets in `dir` give `pkg`, and the files that give one. */
export function pendingBump(dir, pkg) {
  let bump = null
  const files = []
  for (const file of existsSync(dir) ? readdirSync(dir).sort() : []) {
    if (!file.endsWith('.md') || file.toLowerCase() === 'readme.md') continue
    const { releases } = parseChangesetFile(readFileSync(join(dir, file), 'utf8'))
    const type = releases.find((r) => r.name === pkg && r.type !== 'none')?.type
    if (!type) continue
    bump = maxBump(bump, type)
    files.push(`${file} (${type})`)
  }
  return { bump, files }
}

/** The bump from one version to a newer one (0.1.0 → 0.2.0 is a minor), `null` if not newer. */
export function bumpBetween(from, to) {
  const [a, b] = [from, to].map((v) => v.split(/[.+-]/).slice(0, 3).map(Number))
  const i = a.findIndex((n, k) => n !== b[k])
  return i === -1 || b[i] < a[i] ? null : ['major', 'minor', 'patch'][i]
}

if (import.meta.main) {
  const root = join(import.meta.dirname, '..', '..')
  const { values: args } = parseArgs({
    options: {
      update: { type: 'boolean', default: false },
      // Relative to the working directory: the workspace's root (release:dry-run runs it in a copy).
      dataset: { type: 'string', default: 'packages/data/dist/dataset.json' },
      snapshot: { type: 'string', default: 'packages/data/release-snapshot/ids.json' },
      changesets: { type: 'string', default: '.changeset' },
      'package-json': { type: 'string', default: 'packages/data/package.json' },
    },
  })
  const fail = (message) => {
    console.error(`check:data-version: ${message}`)
    process.exit(1)
  }
  if (!existsSync(args.dataset))
    fail(`${args.dataset} is missing: build the data first (pnpm build).`)
  const version = JSON.parse(readFileSync(args['package-json'], 'utf8')).version
  const current = snapshotOf(JSON.parse(readFileSync(args.dataset, 'utf8')), version)
  if (args.update) {
    mkdirSync(dirname(args.snapshot), { recursive: true })
    // Formatted as the packages' `biome check` wants it (short arrays on one line).
    const json = execFileSync(
      join(root, 'node_modules/.bin/biome'),
      ['format', '--stdin-file-path=packages/data/release-snapshot/ids.json'],
      { cwd: root, input: JSON.stringify(current), encoding: 'utf8', stdio: 'pipe' },
    )
    writeFileSync(args.snapshot, json)
    console.log(`check:data-version: wrote ${args.snapshot} (${PKG}@${version})`)
    process.exit(0)
  }
  if (!existsSync(args.snapshot))
    fail(`no release snapshot at ${args.snapshot}. Create it with --update.`)
  const released = JSON.parse(readFileSync(args.snapshot, 'utf8'))
  const { bump: required, reasons } = requiredBump(released, current)
  const pending = pendingBump(args.changesets, PKG)
  const versioned = bumpBetween(released.version, version)
  const available = maxBump(pending.bump, versioned)
  console.log(`check:data-version: ${PKG} released ${released.version} (snapshot), now ${version}`)
  for (const r of reasons) console.log(`  needs ${r.bump.padEnd(5)} ${r.text}`)
  if (!reasons.length)
    console.log('  no change to ids, fields or records since the release: nothing to bump.')
  console.log(`  pending changesets for ${PKG}: ${pending.files.join(', ') || 'none'}`)
  if (versioned) console.log(`  already versioned since the snapshot: ${versioned}`)
  if (BUMPS.indexOf(available) < BUMPS.indexOf(required))
    fail(
      `this change needs a ${required} release of ${PKG}, and ${available ? `only a ${available} is pending` : 'no changeset for it is pending'}.\n` +
        `  Restore what was removed, or record the change (pnpm changeset, ${PKG}: ${required}) and say in it what users must change (docs/versioning.md).`,
    )
  console.log(
    `  ok: ${required ? `a ${required} is required and a ${available} is pending` : 'no bump required'}.`,
  )
}
