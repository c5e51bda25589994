// Tests of the API report on a small fixture package: what it shows, and that it is stable.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { reportOf } from '../api-report.mjs'

const dir = join(import.meta.dirname, 'fixtures', 'api-pkg')
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
const report = reportOf({ dir, pkg })
/** The code block of one entry. */
const entry = (specifier) => {
  const start = report.indexOf(`## \`${specifier}\` (`)
  assert.notEqual(start, -1, `no entry ${specifier} in:\n${report}`)
  return report.slice(start, report.indexOf('```\n', report.indexOf('```ts', start)) + 3)
}

describe('api report', () => {
  it('heads every entry with its code file and the use client directive; assets by their target', () => {
    assert.match(report, /^## `@fixture\/api-pkg` \(`\.\/build\/index\.js`\)$/m)
    assert.match(
      report,
      /^## `@fixture\/api-pkg\/client` \(`\.\/build\/client\.js`, `'use client'`\)$/m,
    )
    assert.match(report, /^## `@fixture\/api-pkg\/data\/\*\.json` → `\.\/build\/data\/\*\.json`$/m)
  })
  it('prints each exported declaration sorted by name, without comments or export/declare', () => {
    const index = entry('@fixture/api-pkg')
    const names = [...index.matchAll(/^(?:type|interface|function|class|const) (\w+)/gm)].map(
      (m) => m[1],
    )
    assert.deepEqual(names, ['helper', 'Id', 'Layout', 'make', 'Options', 'Widget'])
    assert.match(index, /^function make\(options\?: Options\): Widget;$/m)
    assert.match(index, /^interface Options \{\n {4}count\?: number;\n {4}hidden\?: Hidden;\n\}$/m)
    assert.match(
      index,
      /^class Widget \{\n {4}readonly size: number;\n {4}grow\(by: number\): Widget;\n\}$/m,
    )
    assert.doesNotMatch(report, /How many|module header|declare|^export (?!\{)/m)
  })
  it('prints a declaration once: another entry that exports it names where it is', () => {
    const client = entry('@fixture/api-pkg/client')
    assert.match(client, /^export \{ make \} from '@fixture\/api-pkg'$/m)
    assert.match(client, /^export \{ Options \} from '@fixture\/api-pkg'$/m)
  })
  it('prints a long union of literals one member per line', () => {
    assert.match(entry('@fixture/api-pkg'), /^type Id =\n {4}\| 'a'\n {4}\| 'b'\n[\s\S]*\| 'h';$/m)
  })
  it('shows a schema by the type it parses to, never its internals', () => {
    const schema = entry('@fixture/api-pkg/schema')
    assert.match(schema, /^const PointSchema: z\.ZodType<Point>$/m)
    assert.match(schema, /^const PairSchema: z\.ZodType<\[number, number\]>$/m)
    assert.match(schema, /^const SCHEMAS: \{\n {4}point: z\.ZodType<Point>;\n\}$/m)
    assert.doesNotMatch(schema, /internals/)
  })
  it('is deterministic', () => {
    assert.equal(reportOf({ dir, pkg }), report)
  })
})
