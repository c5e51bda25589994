/**
 * The size a browser pays for the package: each entry bundled with esbuild (minified, the data
 * package left external, as it is a peer; the schema's zod-free `/vocabulary` entry, the only
 * schema code the helpers run, is counted), then gzip -9.
 * Run directly (`pnpm size`) or from the benchmark.
 */
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

export type EntrySize = { entry: string; minified: number; gzip: number; inputs: string[] }

export async function entrySize(entry: string): Promise<EntrySize> {
  const result = await build({
    entryPoints: [new URL(`../dist/${entry}`, import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    external: ['@karabakh-aftermath/data'],
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  return {
    entry,
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    inputs: Object.keys(result.metafile.inputs),
  }
}

export async function sizes(): Promise<EntrySize[]> {
  return [await entrySize('index.js'), await entrySize('shipped.js')]
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const s of await sizes()) {
    const foreign = s.inputs.filter((i) => !i.startsWith('dist/') && !i.includes('query/dist/'))
    console.log(
      `${s.entry}: ${s.minified.toLocaleString('en')} B minified, ${s.gzip.toLocaleString('en')} B gzip -9` +
        (foreign.length
          ? ` (bundles ${foreign.join(', ')})`
          : ' (nothing bundled beyond its own dist/)'),
    )
  }
}
