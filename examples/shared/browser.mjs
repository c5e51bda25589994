// The example apps' one Chromium launcher. scripts/release/consumers.mjs copies this folder beside
// the apps, so their tests import it as ../../shared/browser.mjs there as here; it takes the app's
// own `chromium` (from its playwright-core), as it resolves no package itself.
import chromiumFlags from './chromium.json' with { type: 'json' }

/** Debian's Chromium (or the one `CHROMIUM_PATH` names), with the flags of chromium.json. */
export const launch = (chromium) =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumFlags.args,
  })

/** Collects a page's console errors and warnings, page errors and failed or 4xx/5xx requests. */
export function watch(page) {
  const problems = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`console.${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('requestfailed', (r) =>
    problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`),
  )
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`))
  return problems
}
