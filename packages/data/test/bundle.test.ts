// Importing one collection must not pull in the others: bundle each entry as a consumer would.
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const COLLECTIONS = ['sources', 'actors', 'places', 'topics', 'events', 'claims'] as const

async function bundle(entry: string) {
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(dist + entry)}`, resolveDir: dist },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
  })
  const code = result.outputFiles[0]?.text ?? ''
  return {
    code,
    inputs: Object.keys(result.metafile.inputs).map((p) => p.split('/').pop()),
    gzip: gzipSync(code, { level: 9 }).length,
  }
}

describe('per-collection entries', () => {
  for (const collection of COLLECTIONS) {
    it(`${collection} bundles alone`, async () => {
      const { inputs } = await bundle(`${collection}.js`)
      expect(inputs.filter((f) => f !== '<stdin>')).toEqual([`${collection}.js`])
    })
  }

  it('the claims entry is a fraction of the whole dataset', async () => {
    const claims = await bundle('claims.js')
    const all = await bundle('index.js')
    expect(claims.gzip).toBeLessThan(all.gzip)
    expect(claims.code).not.toContain('"textSha256"')
    console.log(`gzip: claims ${claims.gzip} B, whole dataset ${all.gzip} B`)
  })
})
