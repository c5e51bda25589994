import { chromium } from '@playwright/test'
const base = process.argv[2]
const pages = JSON.parse(process.argv[3])
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
for (const [name, path] of pages)
  for (const width of [1280, 390])
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme })
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme)
      const page = await context.newPage()
      await page.goto(base + path, { waitUntil: 'load' })
      await page.waitForTimeout(300)
      await page.screenshot({ path: `/tmp/docs-slim-shots/${name}-${width}-${theme}.png` })
      await context.close()
    }
await browser.close()
