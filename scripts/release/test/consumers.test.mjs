// Tests of the consumer plumbing: the rewrite of an example's manifest to the tarballs, and the
// proof that installed packages came from them.
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { consumerEnv, prepareConsumer, verifyFromTarballs } from '../consumers.mjs'

const work = mkdtempSync(join(tmpdir(), 'consumer-test-'))
after(() => rmSync(work, { recursive: true, force: true }))
const tarballs = {
  '@karabakh-aftermath/schema': join(work, 'tarballs', 'karabakh-aftermath-schema-1.2.3.tgz'),
  '@karabakh-aftermath/data': join(work, 'tarballs', 'karabakh-aftermath-data-1.2.3.tgz'),
  '@karabakh-aftermath/query': join(work, 'tarballs', 'karabakh-aftermath-query-1.2.3.tgz'),
  '@karabakh-aftermath/react': join(work, 'tarballs', 'karabakh-aftermath-react-1.2.3.tgz'),
}

describe('prepareConsumer', () => {
  it('copies the example and points direct and transitive dependencies at the tarballs', () => {
    const dir = prepareConsumer('node-ts', work, tarballs)
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    assert.equal(
      pkg.dependencies['@karabakh-aftermath/data'],
      `file:${tarballs['@karabakh-aftermath/data']}`,
    )
    assert.equal(
      pkg.dependencies['@karabakh-aftermath/query'],
      `file:${tarballs['@karabakh-aftermath/query']}`,
    )
    assert.equal(pkg.devDependencies.typescript, '~6.0.3', 'other dependencies are left alone')
    assert.deepEqual(Object.keys(pkg.overrides).sort(), Object.keys(tarballs).sort())
    assert.equal(
      pkg.overrides['@karabakh-aftermath/react'],
      `file:${tarballs['@karabakh-aftermath/react']}`,
    )
    assert.ok(existsSync(join(dir, 'forecasts.mjs')))
    assert.ok(!existsSync(join(dir, 'node_modules')))
  })
  it('refuses a dependency of our scope that is not a published package', () => {
    assert.throws(
      () =>
        prepareConsumer('node-ts', work, {
          '@karabakh-aftermath/data': tarballs['@karabakh-aftermath/data'],
        }),
      /not a published package/,
    )
  })
})

describe('verifyFromTarballs', () => {
  const install = (packages) => {
    const dir = join(work, `app-${Math.random().toString(36).slice(2)}`)
    for (const [path, entry] of Object.entries(packages)) {
      mkdirSync(join(dir, path), { recursive: true })
      writeFileSync(
        join(dir, path, 'package.json'),
        JSON.stringify({ version: entry.version ?? '1.2.3' }),
      )
    }
    writeFileSync(join(dir, 'node_modules', '.package-lock.json'), JSON.stringify({ packages }))
    return dir
  }
  it('accepts packages resolved to the tarballs, at any depth', () => {
    const dir = install({
      'node_modules/@karabakh-aftermath/data': {
        resolved: `file:${tarballs['@karabakh-aftermath/data']}`,
      },
      'node_modules/x/node_modules/@karabakh-aftermath/schema': {
        resolved: `file:${tarballs['@karabakh-aftermath/schema']}`,
      },
      'node_modules/zod': { resolved: 'https://registry.npmjs.org/zod/-/zod-4.0.0.tgz' },
    })
    assert.deepEqual(verifyFromTarballs(dir, tarballs), [
      'node_modules/@karabakh-aftermath/data',
      'node_modules/x/node_modules/@karabakh-aftermath/schema',
    ])
  })
  it('rejects a registry copy, a link or another version', () => {
    const registry = install({
      'node_modules/@karabakh-aftermath/schema': {
        resolved: 'https://registry.npmjs.org/@karabakh-aftermath/schema/-/schema-1.2.3.tgz',
      },
    })
    assert.throws(() => verifyFromTarballs(registry, tarballs), /resolved to https:\/\/registry/)
    const link = install({
      'node_modules/@karabakh-aftermath/query': {
        resolved: `file:${tarballs['@karabakh-aftermath/query']}`,
        link: true,
      },
    })
    assert.throws(() => verifyFromTarballs(link, tarballs), /is a link/)
    const version = install({
      'node_modules/@karabakh-aftermath/data': {
        resolved: `file:${tarballs['@karabakh-aftermath/data']}`,
        version: '1.0.0',
      },
    })
    assert.throws(() => verifyFromTarballs(version, tarballs), /is 1\.0\.0, the tarball 1\.2\.3/)
    const none = install({
      'node_modules/zod': { resolved: 'https://registry.npmjs.org/zod/-/zod-4.0.0.tgz' },
    })
    assert.throws(
      () => verifyFromTarballs(none, tarballs),
      /no @karabakh-aftermath\/\* package installed/,
    )
  })
})

describe('consumerEnv', () => {
  it('drops the npm settings pnpm exports to its scripts, but not the network ones', () => {
    const saved = { ...process.env }
    process.env.npm_config_registry = 'https://registry.example/'
    process.env.npm_config_node_linker = 'isolated'
    process.env.npm_package_name = 'karabakh-aftermath-monorepo'
    try {
      const env = consumerEnv()
      assert.equal(env.npm_config_registry, 'https://registry.example/')
      assert.equal(env.npm_config_node_linker, undefined)
      assert.equal(env.npm_package_name, undefined)
      assert.equal(env.NEXT_TELEMETRY_DISABLED, '1')
      assert.equal(env.PATH, process.env.PATH)
    } finally {
      process.env = saved
    }
  })
})
