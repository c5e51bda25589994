// `pnpm bench`: what each entry of @karabakh-aftermath/react adds to an app, and how long the
// server takes to render the Analysis embed for the full dataset.
//
// Sizes are measured as an app's bundler would include them: esbuild bundles the built entry
// (`export * from` it), minified, for the browser, with React external; then gzip -9. The same
// recipe measures the peers that are installed here (d3-geo, topojson-client) and the data.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

process.env.NODE_ENV = 'production'
const { build } = await import('esbuild')

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { default: string }>
}

type Size = { name: string; min: number; gzip: number }

async function measure(name: string, contents: string, resolveDir = root): Promise<Size> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  return { name, min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength }
}

const sizes: Size[] = []
for (const [key, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'string') continue
  const file = join(root, target.default)
  sizes.push(
    await measure(
      key === '.'
        ? '@karabakh-aftermath/react (everything)'
        : `@karabakh-aftermath/react/${key.slice(2)}`,
      `export * from ${JSON.stringify(file)}`,
    ),
  )
}
const css = readFileSync(join(root, 'dist/styles.css'))
const cssMin =
  (
    await build({
      stdin: { contents: css.toString(), loader: 'css' },
      write: false,
      minify: true,
      logLevel: 'error',
    })
  ).outputFiles[0]?.contents ?? new Uint8Array()
const region = await measure(
  'place-map boundaries alone (generated SVG paths)',
  `export * from ${JSON.stringify(join(root, 'dist/place-map/region.generated.js'))}`,
)
const data = await measure(
  '@karabakh-aftermath/data (the dataset)',
  "export * from '@karabakh-aftermath/data'",
)
const peers = [
  await measure(
    'd3-geo (geoPath + one projection) + topojson-client (feature)',
    "export { geoPath, geoConicEqualArea } from 'd3-geo'; export { feature } from 'topojson-client'",
  ),
  await measure(
    'd3-geo + topojson-client (whole)',
    "export * from 'd3-geo'; export * from 'topojson-client'",
  ),
]

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
const ssr = {
  runs: times.length,
  medianMs: Number((times[Math.floor(times.length / 2)] ?? 0).toFixed(1)),
  p95Ms: Number((times[Math.floor(times.length * 0.95)] ?? 0).toFixed(1)),
  minMs: Number((times[0] ?? 0).toFixed(1)),
  htmlBytes: Buffer.byteLength(html),
  htmlGzip: gzipSync(html, { level: 9 }).byteLength,
  records: Object.fromEntries(
    Object.entries(dataset).map(([k, v]) => [k, (v as unknown[]).length]),
  ),
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`
const row = (s: Size) => `| ${s.name} | ${kB(s.min)} | ${kB(s.gzip)} |`
console.log('\n| entry (React external) | minified | gzip -9 |\n|---|---:|---:|')
for (const s of sizes) console.log(row(s))
console.log(
  row({
    name: 'styles.css',
    min: cssMin.byteLength,
    gzip: gzipSync(cssMin, { level: 9 }).byteLength,
  }),
)
console.log(row(region))
console.log(row(data))
for (const p of peers) console.log(row(p))
console.log(
  `\nAnalysis server render (renderToString, full dataset: ${Object.entries(ssr.records)
    .map(([k, v]) => `${v} ${k}`)
    .join(
      ', ',
    )}): median ${ssr.medianMs} ms, p95 ${ssr.p95Ms} ms, min ${ssr.minMs} ms over ${ssr.runs} runs; HTML ${kB(ssr.htmlBytes)} (${kB(ssr.htmlGzip)} gzip)`,
)
const results = {
  measured: new Date().toISOString(),
  node: process.version,
  sizes,
  css: { min: cssMin.byteLength, gzip: gzipSync(cssMin, { level: 9 }).byteLength },
  region,
  data,
  peers,
  ssr,
}
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)
