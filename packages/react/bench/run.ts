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
for (let i = 0; i < 5; i++) render()
const times: number[] = []
let html = ''
for (let i = 0; i < 30; i++) {
  const t = performance.now()
  html = render()
  times.push(performance.now() - t)
}
times.sort((a, b) => a - b)
const at = (q: number) => Number((times[Math.floor(times.length * q)] ?? 0).toFixed(1))
const records = Object.fromEntries(Object.entries(dataset).map(([k, v]) => [k, v.length]))
const ssr = {
  runs: times.length,
  medianMs: at(0.5),
  p95Ms: at(0.95),
  minMs: at(0),
  htmlBytes: Buffer.byteLength(html),
  htmlGzip: gzipSync(html, { level: 9 }).byteLength,
  records,
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`
const counts = Object.entries(records).map(([k, v]) => `${v} ${k}`)
console.log(
  `\nAnalysis server render (renderToString, full dataset: ${counts.join(', ')}): median ${ssr.medianMs} ms, p95 ${ssr.p95Ms} ms, min ${ssr.minMs} ms over ${ssr.runs} runs; HTML ${kB(ssr.htmlBytes)} (${kB(ssr.htmlGzip)} gzip)`,
)
const results = {
  measured: new Date().toISOString(),
  node: process.version,
  ssr,
}
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)
