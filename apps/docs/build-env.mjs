// What the docs build takes from the environment: the site's public URL (SITE_URL), and, for the
// hostile-content test, another dataset to build from (DOCS_DATASET_DIR).
import { resolve } from 'node:path'

/** The port `pnpm start` and `astro dev` serve on, and the URL of a local build. */
export const PORT = 4321
/** The URL of a build made for this machine only. */
export const LOCAL_URL = `http://localhost:${PORT}`

/**
 * The site's public URL, which Astro writes into every canonical link, og:url, JSON-LD `@id`,
 * embed snippet and sitemap entry: `SITE_URL`, which must be an absolute `http:` or `https:` URL at
 * the root of its host (else an error), or http://localhost:4321 when it is not set.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function siteUrl(env) {
  const value = env.SITE_URL?.trim()
  if (!value) return LOCAL_URL
  const url = URL.canParse(value) ? new URL(value) : undefined
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new Error(
      `SITE_URL must be an absolute http: or https: URL, got ${JSON.stringify(value)}`,
    )
  // The pages link with root paths (/records/…), so the site lives at the root of its host.
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(`SITE_URL must be the root of a host (https://docs.example.org), got ${value}`)
  return url.href
}

/**
 * An Astro integration that stops `astro build` when `CI` is set and `SITE_URL` is not: a pipeline
 * may deploy what it builds, and a deployed site must not point readers and search engines at
 * localhost. `astro dev`, `astro preview` and builds on a developer machine are left alone.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {import('astro').AstroIntegration}
 */
export function requireSiteUrlInCi(env) {
  return {
    name: 'karabakh-aftermath:site-url',
    hooks: {
      'astro:config:setup': ({ command }) => {
        const ci = env.CI && env.CI !== 'false' && env.CI !== '0'
        if (command === 'build' && ci && !env.SITE_URL?.trim())
          throw new Error(
            'SITE_URL is not set. The docs app writes it into every canonical link, og:url, JSON-LD id ' +
              'and sitemap entry, so a build in CI needs the public URL: ' +
              'SITE_URL=https://docs.example.org pnpm build (a build that is only tested may name any ' +
              'address: the tests serve it on 127.0.0.1 whatever it says).',
          )
      },
    },
  }
}

/**
 * The directory the site reads the dataset from instead of `@karabakh-aftermath/data`'s `dist/`,
 * when `DOCS_DATASET_DIR` names one laid out like it (index.js, a module per collection, meta.js,
 * dataset.json, places.geojson, csv/). Undefined otherwise. Used by the hostile-content test.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {string | undefined}
 */
export const datasetDir = (env) =>
  env.DOCS_DATASET_DIR ? resolve(env.DOCS_DATASET_DIR) : undefined
