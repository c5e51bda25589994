import { defineConfig } from 'tsup'

// One output file per source module (no bundling), so that with `sideEffects: false` a
// consumer's bundler drops every module an import does not reach: `import { LIKELIHOOD_BANDS }`
// from the root then costs the vocabulary alone, not zod. The declarations come from `tsc -p
// tsconfig.build.json`: tsup's dts build checks the modules in the order rollup happens to load
// them, so the inferred types it printed (a `z.enum`'s members) changed order from build to build.
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/**/*.d.ts'],
  format: ['esm'],
  bundle: false,
  clean: true,
  sourcemap: true,
})
