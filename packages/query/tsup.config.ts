import { defineConfig } from 'tsup'

export default defineConfig({
  // `shipped` binds the helpers to @karabakh-aftermath/data; the main entry has no runtime dependency;
  // `search` is full-text search, `mentions` the quotes that mention a record, and `exports` the
  // mappings to other formats (GeoJSON, Web
  // Annotations, citations), each apart so the root stays small.
  // The declarations come from `tsc -p tsconfig.build.json`: tsup's dts build printed inferred
  // types in the order rollup loaded the modules, so the API report changed from build to build.
  entry: ['src/index.ts', 'src/shipped.ts', 'src/search.ts', 'src/mentions.ts', 'src/exports.ts'],
  format: ['esm'],
  target: 'es2022',
  dts: false,
  clean: true,
  sourcemap: true,
})
