import { globSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'

// Unbundled: each source module becomes one ESM file, so `'use client'` stays at the top of
// the client components' own files (esbuild drops directives from bundled chunks), a Server
// Component importing a client one keeps the boundary, and apps tree-shake per module.
// Declarations come from `tsc -p tsconfig.build.json`, one per module beside each file.
// One stylesheet per component beside its `.tsx`, joined into `dist/styles.css` after the shared
// base, so a component's rules can build on it (no component's rules depend on another's order).
const STYLESHEETS = new Set(['src/shared/base.css', ...globSync('src/*/*.css').sort()])

export default defineConfig({
  entry: ['src/**/*.{ts,tsx}', '!src/**/*.{test,test-d}.{ts,tsx}', '!src/test/**'],
  bundle: false,
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  clean: true,
  async onSuccess() {
    const sheets = await Promise.all([...STYLESHEETS].map((f) => readFile(f, 'utf8')))
    await writeFile('dist/styles.css', sheets.join('\n'))
  },
})
