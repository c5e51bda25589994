// A static page with every component rendered twice on the server from the built package, for
// the checks one embed cannot make: no id twice on a page, the same look under a host page's
// hostile global stylesheet as on a blank page, screenshots of each component.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dataset } from '@karabakh-aftermath/data'
import { createElement, Fragment, type ReactElement } from 'react'
import { renderToString } from 'react-dom/server'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = (entry: string) => import(join(root, `dist/${entry}/index.js`))
const { layoutRelations } = await import(join(root, 'dist/relation-graph/layout.js'))

/**
 * The stock Vite React template's `index.css` and `App.css`, then a stylesheet that styles every
 * tag a component uses: what a host page may throw at an embed.
 */
export const HOSTILE_CSS = `
:root { font-family: system-ui, Avenir, Helvetica, Arial, sans-serif; line-height: 1.5;
  font-weight: 400; color-scheme: light dark; color: rgba(255, 255, 255, 0.87);
  background-color: #242424; font-synthesis: none; text-rendering: optimizeLegibility; }
a { font-weight: 500; color: #646cff; text-decoration: inherit; }
a:hover { color: #535bf2; }
body { margin: 0; min-width: 320px; min-height: 100vh; }
h1 { font-size: 3.2em; line-height: 1.1; }
button { border-radius: 8px; border: 1px solid transparent; padding: 0.6em 1.2em; font-size: 1em;
  font-weight: 500; font-family: inherit; background-color: #1a1a1a; cursor: pointer; }
button:hover { border-color: #646cff; }
@media (prefers-color-scheme: light) {
  :root { color: #213547; background-color: #ffffff; }
  button { background-color: #f9f9f9; }
}
#root { max-width: 1280px; margin: 0 auto; padding: 2rem; text-align: center; }
body { line-height: 2.5; text-align: justify; letter-spacing: 0.05em; }
h1, h2, h3, h4, h5, h6 { text-transform: uppercase; letter-spacing: 0.2em; margin: 2em 0;
  color: crimson; font-family: Georgia, serif; border-bottom: 3px double; }
p { margin: 1.5em 0; line-height: 3; text-indent: 2em; }
ul, ol { list-style: square; margin: 2em; padding-left: 4em; }
li { margin: 1em 0; }
table { border: 3px solid; border-spacing: 8px; width: 50%; }
th, td { padding: 1em; text-align: right; background: #eee; }
a { text-decoration: underline overline; font-size: 1.2em; }
svg { display: block; width: 40px; height: 40px; fill: red; margin: 1em; }
button { text-transform: uppercase; box-shadow: 0 0 0 4px orange; }
`

/** Every component with the full dataset, each by name. */
export async function components(): Promise<[string, ReactElement][]> {
  const [a, b, c, d, e, f, g, h, i, j, k] = await Promise.all(
    [
      'timeline',
      'claim-list',
      'source-reader',
      'actor-list',
      'relation-graph',
      'place-map',
      'analysis',
      'claim-card',
      'actor-card',
      'quote',
      'citation',
    ].map(dist),
  )
  const source = dataset.sources[0] as (typeof dataset.sources)[number]
  const claim = dataset.claims.find((x) => x.disputes.length > 0) ?? dataset.claims[0]
  return [
    ['timeline', createElement(a.Timeline, dataset)],
    ['claim-list', createElement(b.ClaimList, dataset)],
    ['source-reader', createElement(c.SourceReader, { ...dataset, source })],
    ['actor-list', createElement(d.ActorList, { ...dataset, linkClaims: true })],
    [
      'relation-graph',
      createElement(e.RelationGraph, { ...dataset, layout: layoutRelations(dataset) }),
    ],
    ['place-map', createElement(f.PlaceMap, dataset)],
    ['analysis', createElement(g.Analysis, { dataset })],
    ['claim-card', createElement(h.ClaimCard, { ...dataset, claim })],
    ['actor-card', createElement(i.ActorCard, { ...dataset, actor: dataset.actors[2] })],
    ['quote', createElement(j.Quote, { ...dataset, quote: claim?.quote })],
    ['citation', createElement(k.Citation, { ...dataset, source, at: claim?.quote.start })],
  ]
}

/** The page: one React tree with each component in a `<div data-component>`, twice when `twice`. */
export async function galleryHtml({ hostile = false, twice = true } = {}): Promise<string> {
  const css = readFileSync(join(root, 'dist/styles.css'), 'utf8')
  const tree = (await components()).flatMap(([name, element]) =>
    Array.from({ length: twice ? 2 : 1 }, (_, copy) =>
      createElement('div', { key: `${name}-${copy}`, 'data-component': name }, element),
    ),
  )
  const body = renderToString(createElement(Fragment, null, tree))
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Gallery</title>
<style>${css}</style>${hostile ? `<style>${HOSTILE_CSS}</style>` : ''}</head>
<body><main id="root">${body}</main></body></html>`
}
