// The site's address: SITE_URL is the public URL, checked; without it a local build is for
// localhost and a build in CI stops (the hostile-content test checks a real build with SITE_URL).
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { test } from '../../../scripts/e2e/browser.ts'
import { LOCAL_URL, requireSiteUrlInCi, siteUrl } from '../build-env.mjs'

const APP = fileURLToPath(new URL('..', import.meta.url))
const setup = (env, command) => requireSiteUrlInCi(env).hooks['astro:config:setup']({ command })

test('SITE_URL is the site, normalised; without it, localhost', () => {
  assert.equal(siteUrl({ SITE_URL: 'https://docs.example.org' }), 'https://docs.example.org/')
  assert.equal(siteUrl({ SITE_URL: ' http://docs.example.org/ ' }), 'http://docs.example.org/')
  assert.equal(siteUrl({}), LOCAL_URL)
  assert.equal(siteUrl({ SITE_URL: '' }), LOCAL_URL)
})

test('a SITE_URL that is not an http(s) URL at the root of a host is an error that names it', () => {
  for (const bad of [
    'docs.example.org',
    'javascript:alert(1)',
    'ftp://docs.example.org/',
    'https://example.org/docs/',
    'https://docs.example.org/?a=1',
  ])
    assert.throws(() => siteUrl({ SITE_URL: bad }), /SITE_URL must be/, bad)
})

test('astro build stops in CI without SITE_URL; dev, preview and local builds go on', () => {
  assert.throws(() => setup({ CI: 'true' }, 'build'), /SITE_URL is not set/)
  assert.throws(() => setup({ CI: '1', SITE_URL: ' ' }, 'build'), /SITE_URL is not set/)
  setup({ CI: 'true', SITE_URL: 'https://docs.example.org' }, 'build')
  setup({ CI: 'true' }, 'preview')
  setup({ CI: 'true' }, 'dev')
  setup({ CI: 'false' }, 'build')
  setup({}, 'build')
})

test('the real `astro build` in CI without SITE_URL fails at once, naming SITE_URL', () => {
  const env = { ...process.env, CI: 'true' }
  delete env.SITE_URL
  const run = spawnSync('astro', ['build', '--outDir', '/nonexistent/never-written'], {
    cwd: APP,
    env,
    encoding: 'utf8',
    shell: process.platform === 'win32',
    timeout: 120_000,
  })
  assert.notEqual(run.status, 0)
  assert.match(`${run.stdout}${run.stderr}`, /SITE_URL is not set/)
})
