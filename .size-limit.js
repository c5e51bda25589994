// Bundle budgets (`pnpm size`, part of `pnpm test`): what each entry adds to an app's browser
// bundle, as a bundler would include it: esbuild bundles the built entry as ESM, minified, with
// React external and React's production build selected, then gzip. The limits are the targets of
// the issues that set them (query 5 kB; Timeline 5 kB, PlaceMap 10 kB and Analysis 20 kB each with
// the core it imports); the other entries are set a little above what they measured once the
// vocabulary labels joined the message catalogue (30 November 2026), as guards against growth.

import { readFileSync } from 'node:fs'

const REACT = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', 'scheduler']

/** The built file an app gets for `specifier`, read from the package's `exports`. */
function built(specifier) {
  const [, pkg, subpath] = /^@karabakh-aftermath\/([^/]+)(\/.*)?$/.exec(specifier)
  const target = JSON.parse(readFileSync(`packages/${pkg}/package.json`, 'utf8')).exports[
    `.${subpath ?? ''}`
  ]
  return `packages/${pkg}/${(target.import ?? target.default ?? target).replace(/^\.\//, '')}`
}

/** One check: what an app gets from `specifier` (and `import`, if given), at most `limit` gzip. */
const entry = (specifier, limit, more = {}) => ({
  name: more.import ? `${specifier} ${more.import}` : specifier,
  path: built(specifier),
  limit,
  gzip: true,
  ignore: REACT,
  modifyEsbuildConfig: (config) => ({
    ...config,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
  }),
  ...more,
})

const react = (subpath, limit) => entry(`@karabakh-aftermath/react/${subpath}`, limit)

// biome-ignore lint/style/noDefaultExport: size-limit reads its checks from the default export
export default [
  // Issue 13's target for the core: 5 kB. Search, mentions and the formats are entries of their
  // own so that it holds (docs/architecture.md).
  entry('@karabakh-aftermath/query', '5 kB'),
  entry('@karabakh-aftermath/query', '4.3 kB', {
    import: '{ createQuery }',
  }),
  entry('@karabakh-aftermath/query/search', '2.5 kB'),
  entry('@karabakh-aftermath/query/mentions', '2.2 kB'),
  entry('@karabakh-aftermath/query/exports', '3.1 kB'),
  // Every helper and the shipped data.
  entry('@karabakh-aftermath/query/shipped', '31.2 kB'),
  entry('@karabakh-aftermath/react', '20 kB'),
  entry('@karabakh-aftermath/react', '5 kB', {
    import: '{ Timeline }',
  }),
  react('timeline', '5 kB'),
  react('place-map', '10 kB'),
  react('analysis', '20 kB'),
  react('actor-card', '2.7 kB'),
  react('actor-list', '3.1 kB'),
  react('citation', '2.65 kB'),
  react('claim-card', '4.5 kB'),
  react('claim-list', '6.2 kB'),
  react('quote', '2.8 kB'),
  react('relation-graph', '2.9 kB'),
  react('source-reader', '6.7 kB'),
  entry('@karabakh-aftermath/react/utils', '5.3 kB'),
  entry('@karabakh-aftermath/react/styles.css', '3.65 kB'),
  entry('@karabakh-aftermath/schema/vocabulary', '1.3 kB'),
  entry('@karabakh-aftermath/schema/place-feature', '0.19 kB'),
  entry('@karabakh-aftermath/schema', '121.66 kB'),
  entry('@karabakh-aftermath/data', '24.74 kB'),
  entry('@karabakh-aftermath/data/claims', '11.53 kB'),
]
