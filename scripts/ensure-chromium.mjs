// The browser tests drive Debian's Chromium through playwright-core (nothing downloads a browser).
// On a fresh machine of this project's kind it is not installed yet: install it when we can.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CHROMIUM = '/usr/bin/chromium'
if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('chromium: not found, installing Debian’s package (apt-get install -y chromium)…')
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null',
      { stdio: 'inherit' },
    )
  } else {
    console.error(
      `chromium: ${CHROMIUM} is missing. Install it (Debian: sudo apt-get install -y chromium); the browser tests need it.`,
    )
    process.exit(1)
  }
}
