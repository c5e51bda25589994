// `pnpm test:consumers`: the packages as users get them. Packs every published package with
// `pnpm pack` (which turns `workspace:^` into versions, as `pnpm publish` does), copies each app of
// examples/ to a temporary directory outside the repository, installs it with npm from the
// tarballs (no lockfile, no workspace link, no registry copy of our packages: npm `overrides` point
// the transitive ones at the tarballs too), proves that every @karabakh-aftermath/* package came
// from a tarball, then runs the app's `build` and `test`. The apps run side by side. Run after
// `pnpm build`.
//
//   node scripts/release/consumers.mjs [--only node-ts,vite-react,next-app] [--keep]
import { execFile } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { parseArgs, promisify } from 'node:util'

export const root = resolve(import.meta.dirname, '..', '..')
const SCOPE = '@karabakh-aftermath/'
export const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'))

/** The published packages: every non-private package under packages/. */
export const publishedPackages = () =>
  readdirSync(join(root, 'packages'))
    .sort()
    .map((name) => ({
      dir: join(root, 'packages', name),
      pkg: readJson(join(root, 'packages', name, 'package.json')),
    }))
    .filter(({ pkg }) => !pkg.private)

/**
 * The environment of npm in an app: without the `npm_config_*`/`npm_package_*` that `pnpm run`
 * exports (pnpm's settings are not a user's npm settings), but with the network ones a CI machine
 * may set (registry, proxy, CA, cache).
 */
export function consumerEnv() {
  const keep =
    /^npm_config_(registry|cache|userconfig|https?_proxy|proxy|noproxy|no_proxy|strict_ssl|cafile|ca)$/i
  const drop =
    /^(npm_(config|package|lifecycle)_.*|npm_execpath|npm_node_execpath|PNPM_SCRIPT_SRC_DIR)$/i
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => keep.test(k) || !drop.test(k)),
  )
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', CI: process.env.CI ?? '1' }
}

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`

/** Runs a command in `cwd`; with a `label`, says it passed and in how long. On failure the error carries its output. */
export async function run(cmd, args, cwd, label) {
  const started = performance.now()
  const options = { cwd, env: consumerEnv(), maxBuffer: 1 << 26 }
  try {
    const out = await promisify(execFile)(cmd, args, options)
    if (label) console.log(`  ok ${label} (${seconds(started)})`)
    return out
  } catch (error) {
    throw new Error(
      `\`${cmd} ${args.join(' ')}\` failed in ${cwd}:\n${error.stdout}${error.stderr}`,
    )
  }
}

/** Copies `examples/<name>` to `<work>/<name>` and points every dependency of ours, direct or transitive, at the tarballs. */
export function prepareConsumer(name, work, tarballs) {
  const to = join(work, name)
  const skip = new Set(['node_modules', 'dist', '.next', 'dist-node16', 'package-lock.json'])
  cpSync(join(root, 'examples', name), to, {
    recursive: true,
    filter: (src) => !skip.has(basename(src)),
  })
  // The apps' shared test helpers (examples/shared), which they import as ../../shared/….
  cpSync(join(root, 'examples', 'shared'), join(work, 'shared'), { recursive: true })
  const pkg = readJson(join(to, 'package.json'))
  const files = Object.fromEntries(Object.entries(tarballs).map(([n, t]) => [n, `file:${t}`]))
  for (const deps of [pkg.dependencies, pkg.devDependencies, pkg.peerDependencies])
    for (const dep of Object.keys(deps ?? {}).filter((d) => d.startsWith(SCOPE))) {
      if (!files[dep])
        throw new Error(
          `${name} depends on ${dep}, which is not a published package of this repository`,
        )
      deps[dep] = files[dep]
    }
  pkg.overrides = { ...pkg.overrides, ...files }
  writeFileSync(join(to, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`)
  return to
}

/** Proves that every package of ours installed in `dir`, at any depth, is a tarball at its packed version, not a link. */
export function verifyFromTarballs(dir, tarballs) {
  const { packages } = readJson(join(dir, 'node_modules', '.package-lock.json'))
  const ours = Object.entries(packages).filter(([path]) => path.includes(`node_modules/${SCOPE}`))
  const problems = ours.length ? [] : [`no ${SCOPE}* package installed`]
  for (const [path, entry] of ours) {
    const tgz = tarballs[path.slice(path.lastIndexOf(SCOPE))]
    const resolved = entry.resolved?.startsWith('file:')
      ? resolve(dir, entry.resolved.slice(5))
      : entry.resolved
    if (!tgz || resolved !== tgz)
      problems.push(`${path} resolved to ${entry.resolved ?? '(nothing)'}, not a tarball`)
    if (entry.link) problems.push(`${path} is a link`)
    const { version } = readJson(join(dir, path, 'package.json'))
    const packed = tgz?.match(/-(\d+\.\d+\.\d+.*)\.tgz$/)?.[1]
    if (packed && version !== packed) problems.push(`${path} is ${version}, the tarball ${packed}`)
  }
  if (problems.length)
    throw new Error(`packages not from the tarballs in ${dir}:\n  ${problems.join('\n  ')}`)
  return ours.map(([path]) => path)
}

if (import.meta.main) {
  const CONSUMERS = ['node-ts', 'vite-react', 'next-app']
  // What an app also runs on the machine's own Node (20 on CI): the plain ESM script, the node16 output.
  const ON_SYSTEM_NODE = { 'node-ts': ['forecasts.mjs', 'dist-node16/ids.js'] }
  const INSTALL =
    'install --no-package-lock --no-audit --no-fund --prefer-offline --loglevel=error'.split(' ')
  const { values: args } = parseArgs({
    options: { only: { type: 'string' }, keep: { type: 'boolean' } },
  })
  const only = args.only?.split(',') ?? CONSUMERS
  if (only.some((c) => !CONSUMERS.includes(c)))
    throw new Error(`--only: choose among ${CONSUMERS.join(', ')}`)
  const work =
    process.env.KA_CONSUMERS_DIR ?? mkdtempSync(join(tmpdir(), 'karabakh-aftermath-consumers-'))
  const started = performance.now()
  try {
    const packed = await Promise.all(
      publishedPackages().map(({ dir, pkg }) =>
        run('pnpm', ['pack', '--pack-destination', work, '--json'], dir, `pack ${pkg.name}`),
      ),
    )
    const tarballs = Object.fromEntries(
      packed.map(({ stdout }) => JSON.parse(stdout)).map((p) => [p.name, p.filename]),
    )
    const system = ['/usr/local/bin/node', '/usr/bin/node'].find(existsSync)
    await Promise.all(
      only.map(async (name) => {
        const dir = prepareConsumer(name, work, tarballs)
        await run('npm', INSTALL, dir, `${name}: npm install from the tarballs`)
        console.log(`  ${name}: from the tarballs: ${verifyFromTarballs(dir, tarballs).join(', ')}`)
        await run('npm', ['run', 'build'], dir, `${name}: npm run build`)
        await run('npm', ['test'], dir, `${name}: npm test`)
        for (const file of system ? (ON_SYSTEM_NODE[name] ?? []) : [])
          await run(system, [file], dir, `${name}: ${system} ${file}`)
      }),
    )
  } catch (error) {
    console.error(`test:consumers: FAILED (the apps are kept in ${work})\n${error.message}`)
    process.exit(1)
  }
  console.log(
    `test:consumers: ${only.join(', ')} passed from the packed tarballs in ${seconds(started)}`,
  )
  if (args.keep || process.env.KA_CONSUMERS_DIR)
    console.log(`(the apps and tarballs are in ${work})`)
  else rmSync(work, { recursive: true, force: true })
}
