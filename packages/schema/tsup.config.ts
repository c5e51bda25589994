import { defineConfig } from 'tsup'

// One output file per source module (no bundling), so that with `sideEffects: false` a
// consumer's bundler drops every module an import does not reach: `import { LIKELIHOOD_BANDS }`
// from the root then costs the vocabulary alone, not zod.
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/**/*.d.ts'],
  format: ['esm'],
  target: 'es2022',
  bundle: false,
  dts: true,
  clean: true,
  sourcemap: true,
})
