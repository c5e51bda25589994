// Shared steps of the consumer checks: pack every published package with `pnpm pack`, copy an
// example app out of the repository, point its @karabakh-aftermath/* dependencies (and npm
// `overrides`, for the transitive ones) at the tarballs, install it with npm, and prove that
// every @karabakh-aftermath/* package in its node_modules came from a tarball.
import { spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, relative, resolve } from 'node:path'

export const root = resolve(import.meta.dirname, '..', '..', '..')
export const SCOPE = '@karabakh-aftermath/'

/**
 * Where the consumers are installed: outside the repository, so nothing resolves from it; a new
 * directory per run, so that two runs never share one (KA_CONSUMERS_DIR chooses one).
 */
export const defaultWorkDir = () =>
  process.env.KA_CONSUMERS_DIR ?? mkdtempSync(join(tmpdir(), 'karabakh-aftermath-consumers-'))

/** The published packages: every non-private package under packages/. */
export function publishedPackages() {
  return readdirSync(join(root, 'packages'))
    .sort()
    .map((dir) => join(root, 'packages', dir))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .filter(({ pkg }) => !pkg.private)
}

/**
 * The environment for npm in a consumer: without the `npm_config_*` and `npm_package_*` that
 * `pnpm run` exports (pnpm's settings, such as its linker, are not a user's npm settings), but
 * with the network ones (registry, proxy, CA, cache) that a CI machine may set in the environment.
 */
export function consumerEnv(extra = {}) {
  const env = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (
      /^npm_config_(registry|cache|userconfig|https?_proxy|proxy|noproxy|no_proxy|strict_ssl|cafile|ca)$/i.test(
        k,
      )
    )
      env[k] = v
    else if (
      /^npm_(config|package|lifecycle)_/i.test(k) ||
      k === 'npm_execpath' ||
      k === 'npm_node_execpath' ||
      k === 'PNPM_SCRIPT_SRC_DIR'
    )
      continue
    env[k] = v
  }
  return {
    ...env,
    NEXT_TELEMETRY_DISABLED: '1',
    DO_NOT_TRACK: '1',
    CI: process.env.CI ?? '1',
    ...extra,
  }
}

/**
 * Runs a command; resolves with its duration in ms, or rejects with its output. Output streams
 * through, prefixed with the label, so a long CI log says which step printed what.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd: string, label: string, env?: NodeJS.ProcessEnv, quiet?: boolean, onOutput?: (output: string) => void }} options
 */
export function run(cmd, args, { cwd, label, env = consumerEnv(), quiet = false, onOutput }) {
  const start = performance.now()
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const onData = (stream) => (chunk) => {
      output += chunk
      if (!quiet)
        stream.write(
          String(chunk)
            .split(/\r?\n/)
            .filter((line, i, all) => line !== '' || i < all.length - 1)
            .map((line) => `  [${label}] ${line}\n`)
            .join(''),
        )
    }
    child.stdout.on('data', onData(process.stdout))
    child.stderr.on('data', onData(process.stderr))
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = performance.now() - start
      onOutput?.(output)
      if (code === 0) resolvePromise(ms)
      else {
        const error = new Error(
          `${label}: \`${cmd} ${args.join(' ')}\` exited with ${code}${quiet ? `\n${output}` : ''}`,
        )
        error.output = output
        reject(error)
      }
    })
  })
}

/**
 * Packs every published package into `outDir` with `pnpm pack` (which rewrites `workspace:`
 * ranges to versions, as `pnpm publish` does). Returns the tarball of each package name.
 * @returns {Promise<Record<string, string>>}
 */
export async function packAll(outDir) {
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  const tarballs = {}
  await Promise.all(
    publishedPackages().map(async ({ dir, pkg }) => {
      await run('pnpm', ['pack', '--pack-destination', outDir], {
        cwd: dir,
        label: `pack ${pkg.name}`,
        quiet: true,
      })
      const file = `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`
      if (!existsSync(join(outDir, file)))
        throw new Error(`pnpm pack did not write ${file} in ${outDir}`)
      tarballs[pkg.name] = join(outDir, file)
    }),
  )
  return tarballs
}

/**
 * Copies `examples/<name>` to `<workDir>/<name>` (without installs or build output) and points
 * every @karabakh-aftermath/* dependency, direct or transitive, at the tarballs.
 */
export function prepareConsumer(name, workDir, tarballs) {
  const from = join(root, 'examples', name)
  const to = join(workDir, name)
  rmSync(to, { recursive: true, force: true })
  const skip = new Set(['node_modules', 'dist', '.next', 'dist-node16', 'package-lock.json'])
  cpSync(from, to, { recursive: true, filter: (src) => !skip.has(basename(src)) })
  const file = join(to, 'package.json')
  const pkg = JSON.parse(readFileSync(file, 'utf8'))
  const spec = (n) => `file:${tarballs[n]}`
  for (const field of [
    'dependencies',
    'devDependencies',
    'peerDependencies',
    'optionalDependencies',
  ]) {
    for (const dep of Object.keys(pkg[field] ?? {})) {
      if (!dep.startsWith(SCOPE)) continue
      if (!tarballs[dep])
        throw new Error(
          `${name} depends on ${dep}, which is not a published package of this repository`,
        )
      pkg[field][dep] = spec(dep)
    }
  }
  // Transitive ones too (react → query, schema; data → schema): no registry copy of ours, ever.
  pkg.overrides = {
    ...pkg.overrides,
    ...Object.fromEntries(Object.keys(tarballs).map((n) => [n, spec(n)])),
  }
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`)
  return to
}

/** `npm install` without a lockfile, as a user's fresh app. */
export function npmInstall(dir, label) {
  return run(
    'npm',
    [
      'install',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      '--prefer-offline',
    ],
    { cwd: dir, label },
  )
}

/**
 * Proves that every @karabakh-aftermath/* package installed in `dir` (at any depth) is one of
 * the tarballs, at the packed version: none came from a registry or a workspace link.
 * @returns {string[]} the installed paths
 */
export function verifyFromTarballs(dir, tarballs) {
  const lock = JSON.parse(readFileSync(join(dir, 'node_modules', '.package-lock.json'), 'utf8'))
  const ours = Object.entries(lock.packages).filter(([path]) =>
    path.includes(`node_modules/${SCOPE}`),
  )
  const problems = []
  for (const [path, entry] of ours) {
    const name = path.slice(path.lastIndexOf(`node_modules/${SCOPE}`) + 'node_modules/'.length)
    const tgz = tarballs[name]
    const resolved = entry.resolved?.startsWith('file:')
      ? resolve(dir, entry.resolved.slice(5))
      : entry.resolved
    if (!tgz || resolved !== tgz)
      problems.push(
        `${path} resolved to ${entry.resolved ?? '(nothing)'}, not ${tgz ? relative(dir, tgz) : 'a tarball'}`,
      )
    if (entry.link) problems.push(`${path} is a link`)
    const version = JSON.parse(readFileSync(join(dir, path, 'package.json'), 'utf8')).version
    const packed = tgz && basename(tgz).match(/-(\d+\.\d+\.\d+.*?)\.tgz$/)?.[1]
    if (packed && version !== packed) problems.push(`${path} is ${version}, the tarball ${packed}`)
  }
  if (ours.length === 0) problems.push('no @karabakh-aftermath/* package installed')
  if (problems.length)
    throw new Error(`packages not from the tarballs in ${dir}:\n  ${problems.join('\n  ')}`)
  return ours.map(([path]) => path)
}
