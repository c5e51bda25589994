// The browser tests drive Debian's Chromium, or the one `CHROMIUM_PATH` names, as the Playwright
// harness (scripts/e2e/browser.ts) does: nothing downloads a browser. On a fresh machine of this
// project's kind it is not installed yet: install Debian's package when we can.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(CHROMIUM)) {
  if (!process.env.CHROMIUM_PATH && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('chromium: not found, installing Debian’s package (apt-get install -y chromium)…')
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null',
      { stdio: 'inherit' },
    )
  } else {
    console.error(
      `chromium: ${CHROMIUM} is missing. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium; the browser tests need it.`,
    )
    process.exit(1)
  }
}
