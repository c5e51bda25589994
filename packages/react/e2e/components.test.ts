// Every component on one page, twice, in Chromium: no id twice; the same computed styles under a
// host page's hostile global stylesheet as on a blank page; table words never broken. Screenshots
// for a person to look at are `node e2e/screenshots.ts`, not a test.
import type { Page } from '@playwright/test'
import { expect, test } from '../../../scripts/e2e/browser.ts'
import { galleryHtml } from './gallery.ts'
import { openHtml as open } from './page.ts'

/** What a host stylesheet could change inside a component, per element in document order. */
const PROPS = [
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'text-align',
  'text-transform',
  'text-indent',
  'letter-spacing',
  'text-decoration-line',
  'list-style-type',
  'margin-top',
  'margin-left',
  'padding-top',
  'padding-left',
  'border-top-width',
  'border-bottom-width',
  'box-shadow',
  'display',
  'fill',
]
const styles = (tab: Page) =>
  tab.evaluate(
    (props) =>
      [...document.querySelectorAll('[data-component] *')].map((el) => {
        const s = getComputedStyle(el)
        // A root's margins are its place in the host's layout (`margin: auto` in a narrower box).
        const root = el.matches('.ka:not(.ka *)')
        const values = props.map((p) =>
          root && p.startsWith('margin') ? '' : s.getPropertyValue(p),
        )
        return `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${values.join('|')}`
      }),
    PROPS,
  )

let blank: string
let hostile: string
test.beforeAll(async () => {
  blank = await galleryHtml()
  hostile = await galleryHtml({ hostile: true })
})

test('every component twice on one page: no id twice, every reference resolves', async ({
  browser,
}) => {
  const { tab, close } = await open(browser, blank, 1280, 'light')
  try {
    const { ids, dangling } = await tab.evaluate(() => {
      const all = [...document.querySelectorAll('[id]')].map((e) => e.id)
      const seen = new Set<string>()
      const ids = all.filter((id) => seen.has(id) || !seen.add(id))
      const dangling = [...document.querySelectorAll('[aria-labelledby],[aria-controls]')]
        .flatMap((e) =>
          `${e.getAttribute('aria-labelledby') ?? ''} ${e.getAttribute('aria-controls') ?? ''}`
            .split(' ')
            .filter(Boolean),
        )
        .filter((id) => !document.getElementById(id))
      return { ids, dangling }
    })
    expect(ids).toEqual([])
    expect(dangling).toEqual([])
  } finally {
    await close()
  }
})

for (const scheme of ['light', 'dark'] as const) {
  test(`looks the same under a hostile global stylesheet as on a blank page (${scheme})`, async ({
    browser,
  }) => {
    const a = await open(browser, blank, 1280, scheme)
    const b = await open(browser, hostile, 1280, scheme)
    try {
      const [plain, attacked] = [await styles(a.tab), await styles(b.tab)]
      expect(attacked.length).toBe(plain.length)
      expect(attacked.filter((s, i) => s !== plain[i]).slice(0, 10)).toEqual([])
    } finally {
      await a.close()
      await b.close()
    }
  })
}

test('tables at 390 px break no word mid-word', async ({ browser }) => {
  const { tab, close } = await open(browser, blank, 390, 'light')
  try {
    const broken = await tab.evaluate(() => {
      const out: string[] = []
      for (const cell of document.querySelectorAll('td, th')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n.textContent ?? ''
          // Words: a line may break at a space or after a hyphen or dash, never inside a word.
          for (const m of text.matchAll(/[^\s\-–—/]+/g)) {
            const range = document.createRange()
            range.setStart(n, m.index)
            range.setEnd(n, m.index + m[0].length)
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
            if (lines.size > 1) out.push(m[0])
          }
        }
      }
      return out
    })
    expect(broken).toEqual([])
  } finally {
    await close()
  }
})
