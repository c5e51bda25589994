import { defineConfig } from 'tsup'

export default defineConfig({
  // `shipped` binds the helpers to @karabakh-aftermath/data; the main entry has no runtime dependency.
  entry: ['src/index.ts', 'src/shipped.ts'],
  format: ['esm'],
  target: 'es2022',
  dts: true,
  clean: true,
  sourcemap: true,
})
