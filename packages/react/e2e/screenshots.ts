// Screenshots for a person to look at: every component on its own at 1280 and 390 px, light, dark
// and under a hostile host stylesheet (`pnpm test:e2e` saves the Analysis embed, tab by tab, in
// light and dark). node e2e/screenshots.ts [outDir]
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { launchOptions } from '../../../scripts/e2e/browser.ts'
import { galleryHtml } from './gallery.ts'
import { openHtml } from './page.ts'

const out = process.argv[2] ?? '/tmp/ka-shots'
mkdirSync(out, { recursive: true })
const blank = await galleryHtml({ twice: false })
const pages = [
  [blank, 'light'],
  [blank, 'dark'],
  [await galleryHtml({ twice: false, hostile: true }), 'light-hostile'],
] as const
const browser = await chromium.launch(launchOptions)
try {
  for (const width of [1280, 390])
    for (const [html, name] of pages) {
      const { tab, close } = await openHtml(
        browser,
        html,
        width,
        name === 'dark' ? 'dark' : 'light',
      )
      for (const el of await tab.locator('[data-component]').all()) {
        const component = await el.getAttribute('data-component')
        await el.screenshot({ path: `${out}/${component}-${width}-${name}.png` })
      }
      await close()
    }
} finally {
  await browser.close()
}
console.log(`screenshots in ${out}`)
