// Bundle budgets: what each entry point adds to a consumer's production bundle, measured in a
// consumer that installed the packed tarballs (examples/bundle-size), against the budgets in
// bundle-budgets.json. Each entry is bundled on its own with esbuild (minified, ESM, platform
// browser, React external) as `export * from '<entry>'` (everything it exports: the worst case),
// and a few named imports show that tree-shaking works; CSS entries are minified as CSS. Sizes
// are minified bytes and gzip -9 bytes. Fails when a size is over its budget, an entry has no
// budget, or a budget names an entry that no longer exists.
//
//   node scripts/release/bundle-size.mjs                  pack, install the consumer, measure, check
//   node scripts/release/bundle-size.mjs --consumer DIR   measure in an installed consumer
//   node scripts/release/bundle-size.mjs --update         write the budgets (measured + 3%)
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import {
  defaultWorkDir,
  npmInstall,
  packAll,
  prepareConsumer,
  root,
  SCOPE,
  verifyFromTarballs,
} from './lib/consumer.mjs'
import { biomeFormat } from './lib/format.mjs'

export const BUDGETS = join(root, 'bundle-budgets.json')
const HEADROOM = 1.03
const REACT = ['react', 'react-dom', 'react/*', 'react-dom/*', 'scheduler']

/** The entries to measure: every JavaScript and CSS entry of every installed package of ours. */
function entriesOf(consumerDir) {
  const req = createRequire(join(consumerDir, 'package.json'))
  const consumer = JSON.parse(readFileSync(join(consumerDir, 'package.json'), 'utf8'))
  const names = Object.keys(consumer.dependencies)
    .filter((n) => n.startsWith(SCOPE))
    .sort()
  const out = []
  for (const name of names) {
    const pkg = JSON.parse(readFileSync(req.resolve(`${name}/package.json`), 'utf8'))
    for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
      if (subpath.includes('*')) continue
      const file = typeof target === 'string' ? target : (target.import ?? target.default)
      const spec = `${name}${subpath.slice(1)}`
      if (file.endsWith('.js')) out.push({ key: spec, kind: 'js', code: `export * from '${spec}'` })
      else if (file.endsWith('.css')) out.push({ key: spec, kind: 'css', file: req.resolve(spec) })
    }
  }
  return out
}

/** Named imports, `<specifier> { a, b }` in the budgets file: proof that tree-shaking works. */
function namedImports(budgets) {
  return Object.keys(budgets)
    .map((key) => /^(\S+) \{ (.+) \}$/.exec(key))
    .filter(Boolean)
    .map(([key, spec, names]) => ({ key, kind: 'js', code: `export { ${names} } from '${spec}'` }))
}

const kb = (n) => `${(n / 1000).toFixed(1)} kB`

/** Bytes in the output per package (from esbuild's metafile), largest first. */
function contributors(metafile) {
  const by = {}
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(input)
      const owner = m ? m[1] : input
      by[owner] = (by[owner] ?? 0) + bytesInOutput
    }
  }
  return Object.entries(by)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
}

/**
 * Measures every entry in an installed consumer.
 * @returns {Promise<{ key: string, minified: number, gzip: number, contributors: [string, number][] }[]>}
 */
export async function measure(consumerDir, budgets = {}) {
  const esbuild = createRequire(join(consumerDir, 'package.json'))('esbuild')
  const results = []
  for (const entry of [...entriesOf(consumerDir), ...namedImports(budgets)]) {
    const common = {
      bundle: true,
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
      outdir: 'out',
      absWorkingDir: consumerDir,
    }
    const result =
      entry.kind === 'css'
        ? await esbuild.build({ ...common, entryPoints: [entry.file], loader: { '.css': 'css' } })
        : await esbuild.build({
            ...common,
            stdin: {
              contents: entry.code,
              resolveDir: consumerDir,
              loader: 'js',
              sourcefile: 'entry.js',
            },
            format: 'esm',
            platform: 'browser',
            target: 'es2022',
            external: REACT,
            define: { 'process.env.NODE_ENV': '"production"' },
          })
    const out = result.outputFiles.filter((f) => !f.path.endsWith('.map'))
    const bytes = Buffer.concat(out.map((f) => Buffer.from(f.contents)))
    results.push({
      key: entry.key,
      minified: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      contributors: contributors(result.metafile),
    })
  }
  return results
}

/** Compares with the budgets; prints a table; returns the failures. */
export function check(results, budgets) {
  const failures = []
  const slack = []
  const rows = results.map((r) => {
    const b = budgets[r.key]
    let status = 'ok'
    if (!b) {
      status = 'NO BUDGET'
      failures.push(
        `${r.key}: no budget in bundle-budgets.json (run pnpm size:update and review it)`,
      )
    } else if (r.minified > b.minified || r.gzip > b.gzip) {
      status = 'OVER'
      failures.push(
        `${r.key}: ${kb(r.minified)} min / ${kb(r.gzip)} gzip, over the budget of ${kb(b.minified)} / ${kb(b.gzip)}`,
      )
    } else if (r.gzip < b.gzip * 0.9) {
      // Not a failure; but a budget far above the size would let the entry grow back unnoticed.
      status = 'ok, slack'
      slack.push(r.key)
    }
    const parts = r.contributors.slice(0, 3).map(([p, n]) => `${p} ${kb(n)}`)
    return [
      r.key,
      kb(r.minified),
      kb(r.gzip),
      b ? `${kb(b.minified)} / ${kb(b.gzip)}` : '-',
      status,
      parts.join(', '),
    ]
  })
  for (const key of Object.keys(budgets)) {
    if (!key.startsWith('$') && !results.some((r) => r.key === key))
      failures.push(
        `${key}: has a budget but is no longer an entry (remove it from bundle-budgets.json)`,
      )
  }
  const head = ['entry', 'minified', 'gzip', 'budget (min / gzip)', 'status', 'largest parts']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells) =>
    cells
      .map((c, i) => (i >= 1 && i <= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  console.log(line(head))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const r of rows) console.log(line(r))
  if (slack.length)
    console.log(
      `\n${slack.length} entr${slack.length === 1 ? 'y is' : 'ies are'} more than 10% under budget: tighten with pnpm size:update (${slack.join(', ')})`,
    )
  return failures
}

/** Budgets just above the measurements (+3%, rounded up to 10 bytes). */
export function budgetsFrom(results, previous = {}) {
  const up = (n) => Math.ceil((n * HEADROOM) / 10) * 10
  const out = {
    $comment:
      previous.$comment ??
      'Bytes per entry: minified and gzip -9, as scripts/release/bundle-size.mjs measures them. Update with `pnpm size:update` and explain the growth in review.',
  }
  for (const r of [...results].sort((a, b) => a.key.localeCompare(b.key, 'en')))
    out[r.key] = { minified: up(r.minified), gzip: up(r.gzip) }
  return out
}

export function readBudgets() {
  try {
    return JSON.parse(readFileSync(BUDGETS, 'utf8'))
  } catch {
    return {}
  }
}

if (import.meta.main ?? process.argv[1] === import.meta.filename) {
  const { values: args } = parseArgs({
    options: { consumer: { type: 'string' }, update: { type: 'boolean', default: false } },
  })
  let dir = args.consumer
  let work
  if (!dir) {
    work = defaultWorkDir()
    const tarballs = await packAll(join(work, 'tarballs'))
    dir = prepareConsumer('bundle-size', work, tarballs)
    await npmInstall(dir, 'bundle-size install')
    verifyFromTarballs(dir, tarballs)
  }
  const budgets = readBudgets()
  const results = await measure(dir, budgets)
  if (work && !process.env.KA_CONSUMERS_DIR) rmSync(work, { recursive: true, force: true })
  if (args.update) {
    writeFileSync(
      BUDGETS,
      biomeFormat(`${JSON.stringify(budgetsFrom(results, budgets), null, 2)}\n`, BUDGETS),
    )
    check(results, budgetsFrom(results, budgets))
    console.log(`size: wrote ${BUDGETS}`)
  } else {
    const failures = check(results, budgets)
    if (failures.length) {
      console.error(`\nsize: ${failures.length} problem(s):\n  ${failures.join('\n  ')}`)
      process.exit(1)
    }
    console.log('size: every entry is within its budget')
  }
}
