// `pnpm bench`: how long the server takes to render the Analysis embed for the full dataset,
// with React's production build. What each entry adds to an app's bundle is `pnpm size` at the
// repository root (size-limit, .size-limit.js).
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

process.env.NODE_ENV = 'production'
const root = join(dirname(fileURLToPath(import.meta.url)), '..')

// Server rendering of the Analysis embed for the full dataset, with React's production build.
const { createElement } = await import('react')
const { renderToString } = await import('react-dom/server')
const { Analysis } = (await import(
  join(root, 'dist/analysis/index.js')
)) as typeof import('../dist/analysis/index.js')
const { dataset } = await import('@karabakh-aftermath/data')
const render = () => renderToString(createElement(Analysis, { dataset }))
// The baseline, measured in the same run: React rendering one list item per record of the same
// dataset (its name, title or statement), the floor any server-rendered view of it pays.
const records = Object.values(dataset).flat()
const text = (r: (typeof records)[number]) =>
  String('name' in r ? r.name : 'title' in r ? r.title : r.statement)
const baseline = () =>
  renderToString(
    createElement(
      'ul',
      null,
      records.map((r) => createElement('li', { key: r.id }, text(r))),
    ),
  )
/** The median, p95 and fastest of 30 timed calls after 5 warm-up calls. */
function time(fn: () => string) {
  for (let i = 0; i < 5; i++) fn()
  const times: number[] = []
  let out = ''
  for (let i = 0; i < 30; i++) {
    const t = performance.now()
    out = fn()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  const at = (q: number) => Number((times[Math.floor(times.length * q)] ?? 0).toFixed(2))
  return { out, runs: times.length, medianMs: at(0.5), p95Ms: at(0.95), minMs: at(0) }
}
const base = time(baseline)
const { out: html, ...timing } = time(render)
const counts = Object.fromEntries(Object.entries(dataset).map(([k, v]) => [k, v.length]))
const ssr = {
  ...timing,
  baselineMedianMs: base.medianMs,
  ratio: Number((timing.medianMs / base.medianMs).toFixed(1)),
  htmlBytes: Buffer.byteLength(html),
  htmlGzip: gzipSync(html, { level: 9 }).byteLength,
  records: counts,
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`
const listed = Object.entries(counts).map(([k, v]) => `${v} ${k}`)
console.log(
  `\nAnalysis server render (renderToString, full dataset: ${listed.join(', ')}): median ${ssr.medianMs} ms, p95 ${ssr.p95Ms} ms, min ${ssr.minMs} ms over ${ssr.runs} runs; ${ssr.ratio}× the baseline (one <li> per record: median ${ssr.baselineMedianMs} ms); HTML ${kB(ssr.htmlBytes)} (${kB(ssr.htmlGzip)} gzip)`,
)
const results = { measured: new Date().toISOString(), node: process.version, ssr }
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)
