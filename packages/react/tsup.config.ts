import { readFile, writeFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'

// Unbundled: each source module becomes one ESM file, so `'use client'` stays at the top of
// the client components' own files (esbuild drops directives from bundled chunks), a Server
// Component importing a client one keeps the boundary, and apps tree-shake per module.
// Declarations come from `tsc -p tsconfig.build.json`, one per module beside each file.
// One stylesheet per component beside its `.tsx`, joined into `dist/styles.css`: the shared base
// first, then each component after the ones it contains, so a component's rules can build on theirs.
const STYLESHEETS = [
  'shared/base',
  'quote/quote',
  'claim-card/claim-card',
  'claim-list/claim-list',
  'timeline/timeline',
  'actor-list/actor-list',
  'actor-card/actor-card',
  'relation-graph/relation-graph',
  'place-map/place-map',
  'source-reader/source-reader',
  'analysis/analysis',
]

export default defineConfig({
  entry: ['src/**/*.{ts,tsx}', '!src/**/*.{test,test-d}.{ts,tsx}', '!src/test/**'],
  bundle: false,
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  clean: true,
  async onSuccess() {
    const sheets = await Promise.all(STYLESHEETS.map((f) => readFile(`src/${f}.css`, 'utf8')))
    await writeFile('dist/styles.css', sheets.join('\n'))
  },
})
