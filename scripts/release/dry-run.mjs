// `pnpm release:dry-run`: the release after `pnpm release`'s checks (publint, attw, API reports and
// data version, which `pnpm test` runs too), without publishing and without touching the working
// tree. The plan comes from `changeset status`; in a temporary copy of the workspace (manifests,
// .changeset/, the published packages with their dist/), `changeset version` applies it (versions
// and changelogs), the data's release snapshot follows as `pnpm version-packages` makes it, and
// `pnpm publish --dry-run` runs for every package: the publish `changeset publish` would run.
import assert from 'node:assert/strict'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { publishedPackages, readJson, root, run } from './consumers.mjs'

const ws = mkdtempSync(join(tmpdir(), 'karabakh-aftermath-release-'))
const node = (script, args, cwd = ws) => run(process.execPath, [join(root, script), ...args], cwd)
const changeset = (args, cwd) => node('node_modules/@changesets/cli/bin.js', args, cwd)

try {
  // The release plan, as `changeset status --verbose` prints it (it compares with the base branch).
  await changeset(['status', '--output', join(ws, 'plan.json')], root)
  const releases = readJson(join(ws, 'plan.json')).releases.filter((r) => r.type !== 'none')
  for (const r of releases)
    console.log(
      `plan: ${r.name} ${r.oldVersion} → ${r.newVersion} (${r.type}; ${r.changesets.join(', ')})`,
    )

  // The copy: every workspace manifest, and the published packages whole, with their node_modules,
  // whose links to siblings are relative (as pnpm makes them), so they point into the copy.
  for (const f of ['package.json', 'pnpm-workspace.yaml', 'LICENSE', '.changeset'])
    if (existsSync(join(root, f))) cpSync(join(root, f), join(ws, f), { recursive: true })
  const { stdout } = await run('pnpm', ['ls', '-r', '--depth=-1', '--json'], root)
  const workspace = JSON.parse(stdout).filter((p) => p.path !== root)
  for (const p of workspace) {
    const to = join(ws, relative(root, p.path))
    if (p.private) cpSync(join(p.path, 'package.json'), join(to, 'package.json'))
    else cpSync(p.path, to, { recursive: true, verbatimSymlinks: true })
  }
  const dirOf = (name) => join(ws, relative(root, workspace.find((p) => p.name === name).path))
  const published = publishedPackages().map(({ pkg }) => ({ pkg, dir: dirOf(pkg.name) }))

  // `pnpm version-packages`: versions and changelogs, then the data's release snapshot.
  await changeset(['version'])
  const left = readdirSync(join(ws, '.changeset')).filter(
    (f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md',
  )
  assert(left.length === 0, `changeset version left ${left.join(', ')}`)
  const versionOf = (name) => readJson(join(dirOf(name), 'package.json')).version
  for (const { name, newVersion } of releases) {
    const log = join(dirOf(name), 'CHANGELOG.md')
    const version = versionOf(name)
    assert(version === newVersion, `${name} is ${version}, the plan ${newVersion}`)
    assert(
      existsSync(log) && readFileSync(log, 'utf8').includes(`## ${newVersion}`),
      `${name}: no ${newVersion} section in CHANGELOG.md`,
    )
  }
  for (const update of [['--update'], []]) await node('scripts/release/data-version.mjs', update)
  const snapshot = readJson(join(ws, 'packages/data/release-snapshot/ids.json'))
  console.log(`versioned with changelogs, data snapshot of ${snapshot.version}: ok`)

  // `changeset publish`, short of the upload.
  for (const { dir, pkg } of published) {
    const args = ['publish', '--dry-run', '--no-git-checks', '--access', 'public']
    const { stdout } = await run('pnpm', args, dir)
    const said = stdout.match(/^\+ (\S+)$/m)?.[1]
    const expected = `${pkg.name}@${versionOf(pkg.name)}`
    assert(said === expected, `pnpm publish --dry-run did not publish ${expected}:\n${stdout}`)
    console.log(`would publish ${said}`)
  }
  rmSync(ws, { recursive: true, force: true })
} catch (error) {
  console.error(`release:dry-run: FAILED (the copy is kept in ${ws})\n${error.message}`)
  process.exit(1)
}
