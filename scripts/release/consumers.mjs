// `pnpm test:consumers`: the packages as users get them. Builds, packs every published package
// with `pnpm pack`, copies each app of examples/ to a temporary directory outside the repository,
// installs it with npm from the tarballs (no lockfile, no workspace link, no registry copy of our
// packages), builds it and runs its checks.
// Prints how long each step took.
//
//   node scripts/release/consumers.mjs [--only node-ts,vite-react,next-app] [--keep] [--no-build]
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import {
  defaultWorkDir,
  npmInstall,
  packAll,
  prepareConsumer,
  root,
  run,
  verifyFromTarballs,
} from './lib/consumer.mjs'

const CONSUMERS = ['node-ts', 'vite-react', 'next-app']
const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'work-dir': { type: 'string' },
  },
})
const only = args.only ? args.only.split(',').map((s) => s.trim()) : CONSUMERS
const unknown = only.filter((c) => !CONSUMERS.includes(c))
if (unknown.length) {
  console.error(
    `test:consumers: unknown consumer(s) ${unknown.join(', ')}; choose among ${CONSUMERS.join(', ')}`,
  )
  process.exit(2)
}
const work = args['work-dir'] ?? defaultWorkDir()
const timings = []
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`

/** Runs one step, records its duration, and fails the whole run on error. */
async function step(consumer, name, fn) {
  console.log(`\n== ${consumer}: ${name}`)
  const start = performance.now()
  try {
    await fn()
  } catch (error) {
    timings.push({ consumer, step: name, ms: performance.now() - start, ok: false })
    printTimings()
    console.error(`\ntest:consumers: FAILED at ${consumer}: ${name}\n${error.message}`)
    console.error(`The apps are kept in ${work} to look at.`)
    process.exit(1)
  }
  const ms = performance.now() - start
  timings.push({ consumer, step: name, ms, ok: true })
  console.log(`   ${consumer}: ${name} ok (${seconds(ms)})`)
}

function printTimings() {
  console.log('\n== durations')
  const w = Math.max(...timings.map((t) => `${t.consumer}: ${t.step}`.length))
  for (const t of timings)
    console.log(
      `  ${`${t.consumer}: ${t.step}`.padEnd(w)}  ${seconds(t.ms).padStart(8)}${t.ok ? '' : '  FAILED'}`,
    )
  console.log(
    `  ${'total'.padEnd(w)}  ${seconds(timings.reduce((s, t) => s + t.ms, 0)).padStart(8)}`,
  )
}

const scriptsOf = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts ?? {}
const started = performance.now()

if (!args['no-build']) {
  await step('packages', 'build (turbo, cached when unchanged)', () =>
    run(
      'pnpm',
      ['exec', 'turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only'],
      { cwd: root, label: 'build', env: process.env },
    ),
  )
}
let tarballs
await step('packages', 'pack (pnpm pack)', async () => {
  tarballs = await packAll(join(work, 'tarballs'))
  for (const [name, file] of Object.entries(tarballs)) console.log(`   ${name} → ${file}`)
})

/** One app: install, build, test. The apps run side by side: an install waits on the disk and
 * the network while another app builds. */
async function check(consumer) {
  let dir
  await step(consumer, 'install from the tarballs (npm, no lockfile)', async () => {
    dir = prepareConsumer(consumer, work, tarballs)
    await npmInstall(dir, `${consumer} install`)
    const installed = verifyFromTarballs(dir, tarballs)
    console.log(`   from the tarballs: ${installed.join(', ')}`)
  })
  const scripts = scriptsOf(dir)
  if (scripts.build)
    await step(consumer, `build (npm run build: ${scripts.build})`, () =>
      run('npm', ['run', 'build', '--silent'], { cwd: dir, label: `${consumer} build` }),
    )
  if (scripts.test)
    await step(consumer, `test (npm test: ${scripts.test})`, () =>
      run('npm', ['test', '--silent'], { cwd: dir, label: `${consumer} test` }),
    )
  // The plain ESM consumer under the machine's own Node too (20 on CI), if it is another one.
  if (consumer === 'node-ts') {
    const other = ['/usr/local/bin/node', '/usr/bin/node'].find((n) => existsSync(n))
    if (other) {
      await step(consumer, `run the ESM script and the node16 build on ${other}`, async () => {
        await run(other, ['--version'], { cwd: dir, label: 'node' })
        await run(other, ['forecasts.mjs'], {
          cwd: dir,
          label: `${consumer} forecasts`,
          quiet: true,
        })
        await run(other, ['dist-node16/ids.js'], {
          cwd: dir,
          label: `${consumer} node16`,
          quiet: true,
        })
      })
    }
  }
}

await Promise.all(only.map(check))

printTimings()
writeFileSync(join(work, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`)
console.log(
  `\ntest:consumers: ${only.join(', ')} passed from the packed tarballs in ${seconds(performance.now() - started)}`,
)
if (args.keep || args['work-dir'] || process.env.KA_CONSUMERS_DIR)
  console.log(`(the apps, tarballs and timings.json are in ${work})`)
else rmSync(work, { recursive: true, force: true })
