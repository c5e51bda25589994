// The relation graph on the shipped data in Chromium, at 1280 and 390 px: every label's and
// node's box measured; no label overlaps another label or a node, none is cut by the drawing,
// none is drawn under 9 px (or the table stands in for the graph); screenshots, light and dark.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dataset } from '@karabakh-aftermath/data'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { expect, test } from '../../../scripts/e2e/browser.ts'
import { openHtml } from './page.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const SHOTS = process.env.KA_SCREENSHOTS ?? '/tmp/ka-shots'

async function pageHtml(): Promise<string> {
  const { RelationGraph } = await import(join(root, 'dist/relation-graph/index.js'))
  const { layoutRelations } = await import(join(root, 'dist/relation-graph/layout.js'))
  const body = renderToString(
    createElement(RelationGraph, { ...dataset, layout: layoutRelations(dataset) }),
  )
  const css = readFileSync(join(root, 'dist/styles.css'), 'utf8')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Relations</title>
<style>${css} body { margin: 0; padding: 1rem; }</style></head><body>${body}</body></html>`
}

for (const width of [1280, 390])
  for (const scheme of ['light', 'dark'] as const)
    test(`relation graph at ${width} px (${scheme}): no overlap, nothing cut, labels ≥ 9 px`, async ({
      browser,
    }) => {
      const { tab, close } = await openHtml(browser, await pageHtml(), width, scheme)
      const m = await tab.evaluate(() => {
        type B = { name: string; x: number; y: number; r: number; b: number }
        const figure = document.querySelector('.ka-relations__figure') as HTMLElement
        const table = document.querySelector('.ka-relations__table') as HTMLElement
        const box = (el: Element, name: string): B => {
          const r = el.getBoundingClientRect()
          return { name, x: r.left, y: r.top, r: r.right, b: r.bottom }
        }
        if (!figure.checkVisibility())
          return { shown: false, tableShown: table.checkVisibility(), labels: [], nodes: [] }
        const svg = document.querySelector('.ka-relations__svg') as SVGSVGElement
        const scale = svg.getScreenCTM()?.a ?? 0
        const font = (el: Element) => Number.parseFloat(getComputedStyle(el).fontSize) * scale
        const labels = [...svg.querySelectorAll('text')].map((t) => ({
          ...box(t, t.textContent ?? ''),
          px: font(t),
          owner: t.closest('g')?.querySelector('rect') ?? null,
        }))
        const nodes = [...svg.querySelectorAll('.ka-rel__node rect')].map((r) => box(r, 'node'))
        const frame = box(svg, 'svg')
        // A label's own box (the node or tag rect around it) is where it belongs: compare the
        // label with every other label and with every node box but its own.
        const hit = (a: B, b: B) =>
          a.x < b.r - 0.5 && b.x < a.r - 0.5 && a.y < b.b - 0.5 && b.y < a.b - 0.5
        const overlaps: string[] = []
        labels.forEach((a, i) => {
          labels.forEach((b, j) => {
            if (j > i && hit(a, b)) overlaps.push(`${a.name} / ${b.name}`)
          })
          const own = a.owner ? box(a.owner, '') : undefined
          for (const n of nodes)
            if (!(own && n.x === own.x && n.y === own.y) && hit(a, n))
              overlaps.push(`${a.name} / node`)
        })
        const cut = [...labels, ...nodes]
          .filter((l) => l.x < frame.x || l.r > frame.r || l.y < frame.y || l.b > frame.b)
          .map((l) => l.name)
        // Within its own box, too: the server's estimate of the text's width must hold.
        const spill = labels
          .filter((l) => {
            const own = l.owner && box(l.owner, '')
            return own && (l.x < own.x || l.r > own.r || l.y < own.y - 1 || l.b > own.b + 1)
          })
          .map(
            (l) => `${l.name} ${JSON.stringify([l.x, l.r, l.y, l.b, l.owner && box(l.owner, '')])}`,
          )
        return {
          shown: true,
          tableShown: table.checkVisibility(),
          count: labels.length,
          nodeCount: nodes.length,
          overlaps,
          cut,
          spill,
          smallest: Math.min(...labels.map((l) => l.px)),
        }
      })
      await tab
        .locator('.ka-relations')
        .screenshot({ path: `${SHOTS}/relation-graph-only-${width}-${scheme}.png` })
      expect(m.tableShown).toBe(true)
      if (width === 1280) expect(m.shown).toBe(true)
      if (m.shown) {
        // 9 actors and 9 pairs of actors on the shipped data.
        expect(m.nodeCount).toBe(9)
        expect(m.overlaps).toEqual([])
        expect(m.cut).toEqual([])
        expect(m.spill).toEqual([])
        expect(m.smallest).toBeGreaterThanOrEqual(9)
      }
      await close()
    })
