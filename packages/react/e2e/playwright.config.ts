// `pnpm test:e2e` (part of the root `pnpm test`): the components in Chromium (see analysis.test.ts).
import { browserConfig } from '../../../scripts/e2e/browser.ts'
import { ORIGIN } from './page.ts'

export default browserConfig({
  testDir: '.',
  testMatch: '*.test.ts',
  timeout: 180_000,
  workers: 2,
  // Tests of one file may run on both workers (each test opens its own page).
  fullyParallel: true,
  use: { baseURL: ORIGIN },
})
