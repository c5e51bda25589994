// `pnpm test` of the docs app: the built site (turbo builds it first) served by `astro preview`,
// driven by the repository's Playwright harness. The tests that read the build without a browser
// (links, records, page weight) run in the same pass.
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { browserConfig } from '../../../scripts/e2e/browser.ts'

if (!existsSync(new URL('../dist/index.html', import.meta.url)))
  throw new Error(
    'apps/docs/dist is missing: run `pnpm build` first (turbo runs it before `pnpm test`)',
  )

/** A port nothing listens on now, so two runs on one machine never share a server. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 4321))
    })
  })

// Kept in the environment, so the workers (which load this file again) use the main process's.
process.env.KA_DOCS_PORT ??= String(await freePort())
const url = `http://127.0.0.1:${process.env.KA_DOCS_PORT}/`

export default browserConfig({
  testDir: '.',
  testMatch: '*.test.mjs',
  timeout: 300_000,
  // The routes, the two axe passes and the file-level checks are independent: on two cores the
  // two workers halve the wall time (turbo runs this task last, after the site's build).
  fullyParallel: true,
  workers: 2,
  use: { baseURL: url },
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${process.env.KA_DOCS_PORT}`,
    cwd: '..',
    url,
    reuseExistingServer: false,
    // `astro preview` loads the site's config (and its integrations) first: slow on a busy machine.
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
