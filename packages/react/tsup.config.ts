import { copyFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'

// Unbundled: each source module becomes one ESM file, so `'use client'` stays at the top of
// the client components' own files (esbuild drops directives from bundled chunks), a Server
// Component importing a client one keeps the boundary, and apps tree-shake per module.
// Declarations come from `tsc -p tsconfig.build.json`, one per module beside each file.
export default defineConfig({
  entry: [
    'src/**/*.ts',
    'src/**/*.tsx',
    '!src/**/*.test.ts',
    '!src/**/*.test.tsx',
    '!src/**/*.test-d.ts',
    '!src/test/**',
  ],
  bundle: false,
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: false,
  clean: true,
  sourcemap: false,
  async onSuccess() {
    await copyFile('src/styles.css', 'dist/styles.css')
  },
})
