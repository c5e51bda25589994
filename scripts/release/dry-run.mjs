// `pnpm release:dry-run`: the whole release flow, end to end, without publishing and without
// touching the working tree. In the repository it runs what `pnpm release` runs before
// publishing (build, publint, attw, API reports, data version). Then, in a temporary copy of the
// workspace (manifests, .changeset/, built dist/), it records a change as `pnpm changeset` does,
// versions the packages with their changelogs as `pnpm version-packages` does, asks changesets
// for the publish plan, packs the release with `changeset pack`, and runs
// `pnpm publish --dry-run` for every package: the publish that `changeset publish` would run.
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
import { dirname, join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { pendingBump } from './lib/changesets.mjs'
import { publishedPackages, root, run } from './lib/consumer.mjs'

const { values: args } = parseArgs({
  options: {
    keep: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
})
const bin = (name) => join(root, 'node_modules', '.bin', name)
const env = { ...process.env, CI: '1' }
const tmp = mkdtempSync(join(tmpdir(), 'karabakh-aftermath-release-'))
const ws = join(tmp, 'workspace')
const timings = []
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`

async function step(name, fn) {
  console.log(`\n== release dry run: ${name}`)
  const start = performance.now()
  try {
    await fn()
  } catch (error) {
    console.error(
      `\nrelease:dry-run: FAILED at ${name}\n${error.message}\n(the temporary workspace is kept in ${ws})`,
    )
    process.exit(1)
  }
  timings.push([name, performance.now() - start])
}
const assert = (ok, message) => {
  if (!ok) throw new Error(message)
}
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'))

// 1. What `pnpm release` checks before it publishes, in the repository. `--no-build` skips it:
// `pnpm test` has just run each of these.
if (!args['no-build']) {
  await step('build, publint and attw (turbo run build check:publish)', () =>
    run(
      'pnpm',
      [
        'exec',
        'turbo',
        'run',
        'build',
        'check:publish',
        '--filter=./packages/*',
        '--output-logs=errors-only',
      ],
      { cwd: root, label: 'turbo', env },
    ),
  )
  await step('API reports and data version', async () => {
    for (const [script, label] of [
      ['api-report.mjs', 'check:api'],
      ['data-version.mjs', 'check:data-version'],
    ])
      await run(process.execPath, [join(root, 'scripts/release', script)], {
        cwd: root,
        label,
        env,
      })
  })
}

// 2. A temporary workspace: what changesets and pnpm read, and the built packages.
const published = publishedPackages()
await step('copy the workspace (manifests, .changeset, dist) to a temporary directory', () => {
  mkdirSync(ws, { recursive: true })
  for (const f of ['package.json', 'pnpm-workspace.yaml', 'LICENSE', '.npmrc'])
    if (existsSync(join(root, f))) cpSync(join(root, f), join(ws, f))
  cpSync(join(root, '.changeset'), join(ws, '.changeset'), { recursive: true })
  for (const group of ['packages', 'apps']) {
    for (const dir of existsSync(join(root, group)) ? readdirSync(join(root, group)) : []) {
      const from = join(root, group, dir)
      if (!existsSync(join(from, 'package.json'))) continue
      const to = join(ws, group, dir)
      mkdirSync(to, { recursive: true })
      const pkg = readJson(join(from, 'package.json'))
      const files = pkg.private
        ? ['package.json']
        : [
            'package.json',
            ...readdirSync(from).filter((f) => /^(readme|license|changelog)/i.test(f)),
          ]
      for (const f of files) cpSync(join(from, f), join(to, f))
      if (!pkg.private) cpSync(join(from, 'dist'), join(to, 'dist'), { recursive: true })
      if (existsSync(join(from, 'release-snapshot')))
        cpSync(join(from, 'release-snapshot'), join(to, 'release-snapshot'), { recursive: true })
    }
  }
  // pnpm resolves `workspace:` ranges from the installed siblings: link them as `pnpm install` would.
  const dirs = Object.fromEntries(
    published.map(({ pkg }) => [pkg.name, join(ws, 'packages', pkg.name.split('/')[1])]),
  )
  for (const dir of Object.values(dirs)) {
    const pkg = readJson(join(dir, 'package.json'))
    for (const field of [
      'dependencies',
      'devDependencies',
      'peerDependencies',
      'optionalDependencies',
    ]) {
      for (const [dep, range] of Object.entries(pkg[field] ?? {})) {
        if (
          !range.startsWith('workspace:') ||
          !dirs[dep] ||
          existsSync(join(dir, 'node_modules', dep))
        )
          continue
        mkdirSync(join(dir, 'node_modules', dirname(dep)), { recursive: true })
        symlinkSync(
          relative(join(dir, 'node_modules', dirname(dep)), dirs[dep]),
          join(dir, 'node_modules', dep),
          'dir',
        )
      }
    }
  }
  console.log(
    `   ${relative(tmp, ws)}: ${published.map((p) => `${p.pkg.name}@${p.pkg.version}`).join(', ')}`,
  )
})

// 3. `pnpm changeset`: record a change (non-interactively: the flags the prompt would fill in).
const DRY = '@karabakh-aftermath/query'
await step(`record a change (changeset add --patch ${DRY})`, async () => {
  await run(
    bin('changeset'),
    ['add', '--patch', DRY, '--message', 'Release dry run: a patch of the query helpers.'],
    { cwd: ws, label: 'changeset add', env },
  )
  const added = readdirSync(join(ws, '.changeset')).filter(
    (f) => f.endsWith('.md') && !existsSync(join(root, '.changeset', f)),
  )
  assert(added.length === 1, `changeset add wrote ${added.length} files`)
  const text = readFileSync(join(ws, '.changeset', added[0]), 'utf8')
  assert(
    text.includes(`"${DRY}": patch`) && text.includes('Release dry run'),
    `unexpected changeset:\n${text}`,
  )
  console.log(`   .changeset/${added[0]}:\n${text.replace(/^/gm, '     ')}`)
})

// 4. `pnpm version-packages`: versions and changelogs from the pending changesets.
const before = Object.fromEntries(published.map(({ pkg }) => [pkg.name, pkg.version]))
const expected = Object.fromEntries(
  published.map(({ pkg }) => [pkg.name, pendingBump(join(ws, '.changeset'), pkg.name).bump]),
)
let after
await step('version the packages with changelogs (changeset version)', async () => {
  await run(bin('changeset'), ['version'], { cwd: ws, label: 'changeset version', env })
  after = Object.fromEntries(
    published.map(({ pkg }) => [
      pkg.name,
      readJson(join(ws, 'packages', pkg.name.split('/')[1], 'package.json')).version,
    ]),
  )
  for (const { pkg } of published) {
    const dir = join(ws, 'packages', pkg.name.split('/')[1])
    const bump = expected[pkg.name]
    console.log(
      `   ${pkg.name}: ${before[pkg.name]} → ${after[pkg.name]}${bump ? ` (${bump} changeset)` : ''}`,
    )
    if (bump) {
      assert(
        after[pkg.name] !== before[pkg.name],
        `${pkg.name} has a ${bump} changeset but was not versioned`,
      )
      const changelog = join(dir, 'CHANGELOG.md')
      assert(existsSync(changelog), `${pkg.name}: no CHANGELOG.md was written`)
      const text = readFileSync(changelog, 'utf8')
      assert(
        text.includes(`## ${after[pkg.name]}`),
        `${pkg.name}: CHANGELOG.md has no ${after[pkg.name]} section`,
      )
    }
  }
  const left = readdirSync(join(ws, '.changeset')).filter(
    (f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md',
  )
  assert(left.length === 0, `changeset version left ${left.join(', ')}`)
  const queryLog = readFileSync(join(ws, 'packages/query/CHANGELOG.md'), 'utf8')
  assert(
    queryLog.includes('Release dry run: a patch of the query helpers.'),
    'the recorded change is not in the query changelog',
  )
  console.log(
    `   packages/query/CHANGELOG.md:\n${queryLog.split('\n').slice(0, 12).join('\n').replace(/^/gm, '     ')}`,
  )
})

// The rest of `pnpm version-packages`: the data's release snapshot follows the new version, and
// the data-version check passes with no changeset left (the dist is not rebuilt here: same data).
await step('update the data release snapshot (pnpm data:snapshot)', async () => {
  const data = join(ws, 'packages', 'data')
  const flags = [
    '--dataset',
    join(data, 'dist', 'dataset.json'),
    '--snapshot',
    join(data, 'release-snapshot', 'ids.json'),
    '--package-json',
    join(data, 'package.json'),
    '--changesets',
    join(ws, '.changeset'),
  ]
  const script = join(root, 'scripts/release/data-version.mjs')
  await run(process.execPath, [script, '--update', ...flags], {
    cwd: ws,
    label: 'data:snapshot',
    env,
  })
  const snapshot = readJson(join(data, 'release-snapshot', 'ids.json'))
  assert(
    snapshot.version === after['@karabakh-aftermath/data'],
    `the snapshot is of ${snapshot.version}, the data package ${after['@karabakh-aftermath/data']}`,
  )
  await run(process.execPath, [script, ...flags], { cwd: ws, label: 'check:data-version', env })
})

// 5. `pnpm release`: the publish plan, the release tarballs, and the publish itself (dry run).
await step('publish plan (changeset publish-plan)', async () => {
  await run(bin('changeset'), ['publish-plan', '--output', join(tmp, 'publish-plan.json')], {
    cwd: ws,
    label: 'publish-plan',
    env,
  })
  const plan = readJson(join(tmp, 'publish-plan.json')).plan.flat()
  const toPublish = plan.filter((r) => r.kind === 'publish')
  for (const r of toPublish) console.log(`   would publish ${r.name}@${r.version} (${r.tag})`)
  for (const { pkg } of published) {
    const r = toPublish.find((x) => x.name === pkg.name)
    assert(r, `${pkg.name} is not in the publish plan`)
    assert(
      r.version === after[pkg.name],
      `${pkg.name}: plan says ${r.version}, package.json ${after[pkg.name]}`,
    )
  }
})
await step('pack the release (changeset pack)', async () => {
  const out = join(tmp, 'release')
  await run(bin('changeset'), ['pack', '--out-dir', out], { cwd: ws, label: 'changeset pack', env })
  const tarballs = readdirSync(join(out, 'packages')).filter((f) => f.endsWith('.tgz'))
  assert(
    tarballs.length === published.length,
    `changeset pack wrote ${tarballs.length} tarballs, expected ${published.length}`,
  )
  // The packed manifests name versions, never `workspace:` ranges.
  for (const t of tarballs) {
    const dir = join(tmp, 'unpacked', t)
    mkdirSync(dir, { recursive: true })
    await run('tar', ['-xzf', join(out, 'packages', t), '-C', dir], {
      cwd: tmp,
      label: 'tar',
      env,
      quiet: true,
    })
    const manifest = readFileSync(join(dir, 'package', 'package.json'), 'utf8')
    assert(!manifest.includes('workspace:'), `${t}: package.json still has a workspace: range`)
    const m = JSON.parse(manifest)
    assert(m.version === after[m.name], `${t}: version ${m.version}, expected ${after[m.name]}`)
    const internal = Object.entries({ ...m.dependencies, ...m.peerDependencies }).filter(
      ([d]) => after[d],
    )
    console.log(
      `   ${t}: ${internal.map(([d, r]) => `${d} ${r}`).join(', ') || 'no internal dependency'}`,
    )
  }
})
await step('publish, dry run (pnpm publish --dry-run, per package)', async () => {
  for (const { pkg } of published) {
    const dir = join(ws, 'packages', pkg.name.split('/')[1])
    let output = ''
    try {
      await run(
        'pnpm',
        ['publish', '--dry-run', '--no-git-checks', '--access', 'public', '--tag', 'latest'],
        { cwd: dir, label: `publish ${pkg.name}`, env, quiet: true, onOutput: (o) => (output = o) },
      )
    } catch (error) {
      throw new Error(`${error.message}\n${error.output ?? ''}`)
    }
    const published = output.match(/^\+ (\S+)$/m)?.[1]
    const files = output.match(/total files:\s*(\d+)/)?.[1]
    const size = output.match(/package size:\s*([^\n]+)/)?.[1]
    const unpacked = output.match(/unpacked size:\s*([^\n]+)/)?.[1]
    assert(
      published === `${pkg.name}@${after[pkg.name]}`,
      `pnpm publish --dry-run did not report ${pkg.name}@${after[pkg.name]}:\n${output}`,
    )
    console.log(`   + ${published} (dry run): ${files} files, ${size} packed, ${unpacked} unpacked`)
  }
})

console.log('\n== release dry run: durations')
for (const [name, ms] of timings) console.log(`  ${seconds(ms).padStart(7)}  ${name}`)
console.log(
  `\nrelease:dry-run: ok (${published.map((p) => `${p.pkg.name}@${after[p.pkg.name]}`).join(', ')} would be published; nothing was)`,
)
if (args.keep) console.log(`(kept in ${tmp})`)
else rmSync(tmp, { recursive: true, force: true })
