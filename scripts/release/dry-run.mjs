// `pnpm release:dry-run`: the release after `pnpm release`'s checks (publint, attw, API reports and
// data version, which `pnpm test` runs too), without publishing and without touching the working
// tree. The plan comes from `changeset status`; in a temporary copy of the workspace (manifests,
// .changeset/, the published packages with their dist/), `changeset version` applies it (versions
// and changelogs), the data's release snapshot follows as `pnpm version-packages` makes it, and
// `pnpm publish --dry-run` runs for every package: the publish `changeset publish` would run.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, relative } from 'node:path'
import { publishedPackages, readJson, root } from './consumers.mjs'

const ws = mkdtempSync(join(tmpdir(), 'karabakh-aftermath-release-'))
const run = (cmd, args, cwd = ws) =>
  execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
    env: { ...process.env, CI: '1' },
  })
const changeset = (args, cwd) =>
  run(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), ...args], cwd)

try {
  // The release plan, as `changeset status --verbose` prints it (it compares with the base branch).
  changeset(['status', '--output', join(ws, 'plan.json')], root)
  const { releases } = readJson(join(ws, 'plan.json'))
  for (const r of releases.filter((r) => r.type !== 'none'))
    console.log(
      `plan: ${r.name} ${r.oldVersion} → ${r.newVersion} (${r.type}; ${r.changesets.join(', ')})`,
    )

  // The copy: every workspace manifest, and the published packages whole, linked as pnpm links them.
  for (const f of ['package.json', 'pnpm-workspace.yaml', 'LICENSE', '.changeset'])
    if (existsSync(join(root, f))) cpSync(join(root, f), join(ws, f), { recursive: true })
  const workspace = JSON.parse(run('pnpm', ['ls', '-r', '--depth=-1', '--json'], root)).filter(
    (p) => p.path !== root,
  )
  for (const p of workspace) {
    const to = join(ws, relative(root, p.path))
    if (p.private) cpSync(join(p.path, 'package.json'), join(to, 'package.json'))
    else cpSync(p.path, to, { recursive: true, filter: (src) => basename(src) !== 'node_modules' })
  }
  const dirOf = (name) => join(ws, relative(root, workspace.find((p) => p.name === name).path))
  const published = publishedPackages().map(({ pkg }) => ({ pkg, dir: dirOf(pkg.name) }))
  for (const { dir, pkg } of published) {
    const deps = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies }
    for (const dep of workspace.filter((p) => deps[p.name])) {
      const link = join(dir, 'node_modules', dep.name)
      mkdirSync(dirname(link), { recursive: true })
      symlinkSync(dirOf(dep.name), link, 'dir')
    }
  }

  // `pnpm version-packages`: versions and changelogs, then the data's release snapshot.
  changeset(['version'])
  const left = readdirSync(join(ws, '.changeset')).filter(
    (f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md',
  )
  assert(left.length === 0, `changeset version left ${left.join(', ')}`)
  const versions = Object.fromEntries(
    published.map(({ dir, pkg }) => [pkg.name, readJson(join(dir, 'package.json')).version]),
  )
  for (const r of releases.filter((r) => versions[r.name])) {
    assert(
      versions[r.name] === r.newVersion,
      `${r.name} was versioned ${versions[r.name]}, the plan says ${r.newVersion}`,
    )
    const log = join(dirOf(r.name), 'CHANGELOG.md')
    assert(
      existsSync(log) && readFileSync(log, 'utf8').includes(`## ${r.newVersion}`),
      `${r.name}: no ${r.newVersion} section in CHANGELOG.md`,
    )
  }
  const data = join(ws, 'packages', 'data')
  const flags = Object.entries({
    dataset: join(data, 'dist/dataset.json'),
    snapshot: join(data, 'release-snapshot/ids.json'),
    'package-json': join(data, 'package.json'),
    changesets: join(ws, '.changeset'),
  }).flatMap(([flag, path]) => [`--${flag}`, path])
  for (const update of [['--update'], []])
    run(process.execPath, [join(root, 'scripts/release/data-version.mjs'), ...update, ...flags])
  console.log(
    `versioned with changelogs, data snapshot of ${readJson(join(data, 'release-snapshot/ids.json')).version}: ok`,
  )

  // `changeset publish`, short of the upload.
  for (const { dir, pkg } of published) {
    const out = run('pnpm', ['publish', '--dry-run', '--no-git-checks', '--access', 'public'], dir)
    const said = out.match(/^\+ (\S+)$/m)?.[1]
    assert(
      said === `${pkg.name}@${versions[pkg.name]}`,
      `pnpm publish --dry-run did not publish ${pkg.name}@${versions[pkg.name]}:\n${out}`,
    )
    console.log(`would publish ${said}`)
  }
  rmSync(ws, { recursive: true, force: true })
} catch (error) {
  console.error(
    `release:dry-run: FAILED (the copy is kept in ${ws})\n${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`,
  )
  process.exit(1)
}
