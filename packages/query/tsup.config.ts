import { defineConfig } from 'tsup'

export default defineConfig({
  // `shipped` binds the helpers to @karabakh-aftermath/data; the main entry has no runtime dependency;
  // `exports` holds the mappings to other formats (Web Annotations, citations), apart from the root.
  entry: ['src/index.ts', 'src/shipped.ts', 'src/exports.ts'],
  format: ['esm'],
  target: 'es2022',
  dts: true,
  clean: true,
  sourcemap: true,
})
