// The docs app: Starlight renders the guides (synced from the repo's docs/), the analysis with
// live components, a page per record of the dataset, the API reference (typedoc through
// starlight-typedoc), embeds and downloads. Everything is static and works offline.
import react from '@astrojs/react'
import starlight from '@astrojs/starlight'
import { defineConfig } from 'astro/config'
import starlightTypeDoc from 'starlight-typedoc'
import { datasetDir, PORT, requireSiteUrlInCi, siteUrl } from './build-env.mjs'
import { syncGuides } from './scripts/guides.mjs'

process.env.ASTRO_TELEMETRY_DISABLED = '1'
syncGuides()

const dataset = datasetDir(process.env)
const PACKAGES = ['schema', 'data', 'query', 'react']
/** A sidebar group of `[label, path]` links. */
const group = (label, links) => ({
  label,
  items: links.map(([text, link]) => ({ label: text, link })),
})

export default defineConfig({
  // SITE_URL, or localhost on a developer machine; a build in CI without it stops (build-env.mjs).
  site: siteUrl(process.env),
  trailingSlash: 'always',
  server: { host: '127.0.0.1', port: PORT },
  preview: { host: '127.0.0.1', port: PORT },
  // Page prefetching and the dev toolbar would add scripts; the site needs neither.
  prefetch: false,
  devToolbar: { enabled: false },
  // DOCS_DATASET_DIR: the pages import another build of the dataset (the hostile-content test's).
  vite: dataset
    ? { resolve: { alias: [{ find: /^@karabakh-aftermath\/data(?=\/|$)/, replacement: dataset }] } }
    : {},
  integrations: [
    requireSiteUrlInCi(process.env),
    starlight({
      title: 'Karabakh aftermath',
      description:
        'The RUSI Commentary “The Aftermath of the Nagorno-Karabakh Conflict” (Nick Reynolds, 2021) as typed, sourced data: the analysis, every record, the packages and their API.',
      customCss: [
        '@karabakh-aftermath/react/styles.css',
        './src/styles/theme-bridge.css',
        './src/styles/site.css',
      ],
      lastUpdated: false,
      credits: false,
      pagination: false,
      // The 404 page is src/pages/404.astro, a StarlightPage.
      disable404Route: true,
      // Escapes every page's <title>, which Starlight writes as raw HTML (src/lib/route-data.ts).
      routeMiddleware: './src/lib/route-data.ts',
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
      // Long lines wrap rather than scroll: a scrolling code block would need to be focusable,
      // and expressive-code makes it so only after a delay, as an unnamed region.
      expressiveCode: { defaultProps: { wrap: true } },
      // DOCS_API=off leaves the API reference out (the hostile-content build: nothing in it comes
      // from the dataset, and typedoc is most of a build's time).
      plugins: [
        ...(process.env.DOCS_API === 'off'
          ? []
          : [
              starlightTypeDoc({
                entryPoints: PACKAGES.map((name) => `../../packages/${name}`),
                output: 'api',
                typeDoc: {
                  entryPointStrategy: 'packages',
                  // The per-package typedoc.json files extend the shared base; its warnings are the
                  // packages' own checks (`pnpm run docs`), not a reason to stop the site's build.
                  treatWarningsAsErrors: false,
                  // Each package's own type check is its `typecheck` task; an error in a sibling's work in
                  // progress (a test file its tsconfig includes) must not stop the docs. The rest of
                  // each package's options (no sources, private or internal members, or readme) are
                  // its typedoc.json's, which extends the repository's typedoc.base.json.
                  packageOptions: { skipErrorChecking: true },
                  parametersFormat: 'table',
                  enumMembersFormat: 'table',
                  useCodeBlocks: true,
                  // Package and module pages as overview.md: starlight-typedoc drops README.md pages
                  // when no readme is configured, and index.md would give query's `index` module and
                  // the package page the same slug. /api/ itself is src/pages/api/index.astro.
                  entryFileName: 'overview.md',
                },
              }),
            ]),
      ],
      sidebar: [
        { label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] },
        group('The analysis', [
          ['The analysis, live', '/analysis/'],
          ['Source reader', '/analysis/reader/'],
          ['Timeline', '/analysis/timeline/'],
          ['Claims', '/analysis/claims/'],
          ['Actors', '/analysis/actors/'],
          ['Map', '/analysis/map/'],
          ['Relations', '/analysis/relations/'],
        ]),
        group('Dataset browser', [
          ['All records', '/records/'],
          ...['Actors', 'Events', 'Claims', 'Places', 'Topics'].map((c) => [
            c,
            `/records/${c.toLowerCase()}/`,
          ]),
          ['Downloads', '/downloads/'],
        ]),
        // The API group links the packages' overviews rather than every export (about 400 pages):
        // every page carries the whole sidebar, and /api/ and the overviews list each export.
        group('API reference', [
          ['All packages', '/api/'],
          ...PACKAGES.map((name) => [
            `@karabakh-aftermath/${name}`,
            `/api/karabakh-aftermath/${name}/overview/`,
          ]),
        ]),
      ],
    }),
    react(),
  ],
})
