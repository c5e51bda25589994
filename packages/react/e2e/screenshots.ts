// Takes screenshots of the Analysis embed, section by section, in light and dark, for a person
// to look at: node e2e/screenshots.ts [outDir] [maxShotsPerSection]
import { mkdirSync } from 'node:fs'
import { dataset } from '@karabakh-aftermath/data'
import { chromium } from '@playwright/test'
import { launchOptions } from '../../../scripts/e2e/browser.ts'
import { buildPage, ORIGIN, servePage } from './page.ts'

const out = process.argv[2] ?? '/tmp/ka-shots'
const perSection = Number(process.argv[3] ?? 3)
// KA_NO_CSS=1 shows the components as they are without the stylesheet.
const noCss = process.env.KA_NO_CSS === '1'
mkdirSync(out, { recursive: true })
const page = await buildPage(dataset)
const browser = await chromium.launch(launchOptions)
for (const colorScheme of ['light', 'dark'] as const) {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } })
  const tab = await context.newPage()
  await servePage(tab, noCss ? { ...page, css: '' } : page)
  await tab.goto(`${ORIGIN}/`)
  await tab.waitForFunction(() => (window as { __kaHydrated?: boolean }).__kaHydrated === true)
  for (const section of ['reader', 'timeline', 'claims', 'actors', 'relations', 'map']) {
    const box = await tab.locator(`#ka-analysis-${section}`).boundingBox()
    if (!box) continue
    for (let i = 0; i < perSection && i * 900 < box.height; i++) {
      const y = box.y + i * 900
      await tab.screenshot({
        path: `${out}/${section}-${colorScheme}-${i + 1}.png`,
        fullPage: true,
        clip: { x: 0, y, width: 1280, height: Math.min(900, box.height - i * 900) },
      })
    }
  }
  // Details worth a closer look: a dispute side by side, a hedged forecast, the selected claim.
  await tab
    .locator('.ka-dispute')
    .first()
    .screenshot({ path: `${out}/dispute-${colorScheme}.png` })
  await tab
    .locator('.ka-claim-list .ka-claim:has(.ka-likelihood)')
    .first()
    .screenshot({ path: `${out}/likelihood-${colorScheme}.png` })
  await tab.locator('.ka-reader__marker').nth(43).click()
  await tab
    .locator('.ka-reader__layout')
    .screenshot({ path: `${out}/reader-selected-${colorScheme}.png` })
  await context.close()
}
await browser.close()
console.log(`screenshots in ${out}`)
