// Builds the e2e page: the Analysis embed rendered on the server from the built package, the
// dataset as JSON, the stylesheet, and a client bundle (esbuild) that hydrates it.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Dataset } from '@karabakh-aftermath/schema'
import type { Browser, Page as Tab } from '@playwright/test'
import { build } from 'esbuild'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { offlineContext } from '../../../scripts/e2e/browser.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The files of the page, served from memory. */
export type Page = { html: string; js: string; css: string; ssrMs: number }

export async function buildPage(dataset: Dataset): Promise<Page> {
  const { Analysis } = (await import(
    join(root, 'dist/analysis/index.js')
  )) as typeof import('../dist/analysis/index.js')
  const started = performance.now()
  const markup = renderToString(createElement(Analysis, { dataset }))
  const ssrMs = performance.now() - started
  const bundle = await build({
    entryPoints: [join(root, 'e2e/client.tsx')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    // The development build of React reports hydration mismatches; that is what is tested.
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  })
  const js = bundle.outputFiles[0]?.text ?? ''
  const css = readFileSync(join(root, 'dist/styles.css'), 'utf8')
  // JSON inside <script>: escape `<` so no text from data can close the element.
  const json = JSON.stringify(dataset).replace(/</g, '\\u003c')
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Analysis embed</title>
<link rel="stylesheet" href="/styles.css">
<meta name="color-scheme" content="light dark">
<style>body { margin: 0; background: Canvas; color: CanvasText; } .page-title { font: 600 1rem system-ui, sans-serif; margin: 0; padding: 1rem 1rem 0; max-width: 72rem; margin-inline: auto; }</style>
</head>
<body>
<main>
<h1 class="page-title">The analysis, embedded</h1>
<div id="root">${markup}</div>
</main>
<script type="application/json" id="ka-data">${json}</script>
<script type="module" src="/client.js"></script>
</body>
</html>`
  return { html, js, css, ssrMs }
}

/** The origin the page is served at, from memory. */
export const ORIGIN = 'http://ka.test'

/** Opens `html`, served at {@link ORIGIN}, in a new offline context `width` px wide. */
export async function openHtml(
  browser: Browser,
  html: string,
  width: number,
  colorScheme: 'light' | 'dark',
) {
  const { context } = await offlineContext(browser, ORIGIN, {
    colorScheme,
    viewport: { width, height: 900 },
  })
  const tab = await context.newPage()
  await tab.route(`${ORIGIN}/`, (route) => route.fulfill({ body: html, contentType: 'text/html' }))
  await tab.goto(`${ORIGIN}/`)
  return { tab, close: () => context.close() }
}

/**
 * Serves the page's three files at {@link ORIGIN} from memory and refuses every other request.
 * Every URL the tab asks for is passed to `onRequest`, so a test can check that none left.
 */
export async function servePage(
  tab: Tab,
  page: Page,
  onRequest: (url: string) => void = () => {},
): Promise<void> {
  const files: Record<string, [string, string]> = {
    [`${ORIGIN}/`]: [page.html, 'text/html'],
    [`${ORIGIN}/client.js`]: [page.js, 'text/javascript'],
    [`${ORIGIN}/styles.css`]: [page.css, 'text/css'],
  }
  await tab.route('**/*', (route) => {
    const url = route.request().url()
    onRequest(url)
    const file = files[url]
    return file ? route.fulfill({ body: file[0], contentType: file[1] }) : route.abort()
  })
}
