// Tests of the API report on a small fixture package: what it shows, and that it is stable.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { reportOf, stableText } from '../api-report.mjs'

const dir = join(import.meta.dirname, 'fixtures', 'api-pkg')
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
const report = reportOf({ dir, pkg })
const section = (heading) => {
  const start = report.indexOf(heading)
  assert.notEqual(start, -1, `no section ${heading} in:\n${report}`)
  const end = report.indexOf('\n### ', start + heading.length)
  return report.slice(start, end === -1 ? undefined : end)
}

describe('api report', () => {
  it('lists every entry point, asset files, and the use client directive', () => {
    assert.match(
      report,
      /- `@fixture\/api-pkg` → types `\.\/build\/index\.d\.ts`, code `\.\/build\/index\.js`\n/,
    )
    assert.match(
      report,
      /- `@fixture\/api-pkg\/client` → types `\.\/build\/client\.d\.ts`, code `\.\/build\/client\.js`, `'use client'`\n/,
    )
    assert.match(
      report,
      /- `@fixture\/api-pkg\/data\/\*\.json` → `\.\/build\/data\/\*\.json`: `build\/data\/a\.json`, `build\/data\/b\.json`/,
    )
  })
  it('lists the names each entry exports, sorted', () => {
    assert.match(
      report,
      /### `@fixture\/api-pkg`\n\n- `helper`\n- `Id`\n- `Layout`\n- `make`\n- `Options`\n- `Thing`\n- `Widget`\n/,
    )
    assert.match(report, /### `@fixture\/api-pkg\/client`\n\n- `make`\n- `Options`\n/)
  })
  it('prints each declaration once, without comments, with the entries that export it', () => {
    const make = section('### `make` (function; exported from `.`, `./client`)')
    assert.match(make, /```ts\nfunction make\(options\?: Options\): Widget;\n```/)
    const options = section('### `Options` (interface; exported from `.`, `./client`)')
    assert.match(options, /interface Options \{\n {4}count\?: number;\n {4}hidden\?: Hidden;\n\}/)
    assert.doesNotMatch(report, /How many|module header/)
    assert.match(
      section('### `helper` (const; exported from `.`)'),
      /const helper: \(x: number\) => number;/,
    )
  })
  it('merges aliases of one declaration', () => {
    const widget = section('### `Thing`, `Widget` (class; exported from `.`; declared as `Widget`)')
    assert.match(
      widget,
      /class Widget \{\n {4}readonly size: number;\n {4}grow\(by: number\): Widget;\n\}/,
    )
  })
  it('prints long unions of literals one member per line, sorted', () => {
    assert.match(section('### `Id`'), /type Id =\n {4}\| 'a'\n {4}\| 'b'\n[\s\S]*\| 'h'\n;/)
  })
  it('shows declarations the API references but does not export', () => {
    assert.match(
      report,
      /## Not exported, referenced by the API\n\n### `Hidden` \(build\/index\.d\.ts\)\n\n```ts\ntype Hidden = \{\n {4}secret: number;\n\};\n```/,
    )
  })
  it('prints the canonical layout, whatever the layout of the .d.ts', () => {
    assert.match(
      section('### `Layout`'),
      /```ts\ntype Layout = Options & Hidden & \{\n {4}a: 'x';\n {4}b\?: \{\n {8}kind: 'one';\n {4}\} \| \{\n {8}kind: 'two';\n {4}\};\n\};\n```/,
    )
  })
  it('is deterministic', () => {
    assert.equal(reportOf({ dir, pkg }), report)
  })
})

describe('stableText', () => {
  it('drops the machine-specific part of a node_modules path', () => {
    assert.equal(
      stableText(
        `export { "/tmp/x/node_modules/.pnpm/@types+geojson@7946.0.16/node_modules/@types/geojson/index" } from 'geojson'`,
      ),
      `export { "@types/geojson/index" } from 'geojson'`,
    )
  })

  it('orders the members of a union of literals, whatever order the checker chose', () => {
    const a = 'const KINDS: ["statement" | "commentary", ...("statement" | "commentary")[]];'
    const b = 'const KINDS: ["commentary" | "statement", ...("commentary" | "statement")[]];'
    assert.equal(stableText(a), b)
    assert.equal(stableText(b), b)
    assert.equal(stableText("type T = 'b' | X | 'a' | 'c';"), "type T = 'b' | X | 'a' | 'c';")
    assert.equal(stableText("type T = X | 'c' | 'a';"), "type T = X | 'a' | 'c';")
    assert.equal(stableText('type T = "z" | "x | y";'), 'type T = "x | y" | "z";')
  })

  it('orders the members of a printed enum object, whatever order the checker chose', () => {
    const a =
      '    role: z.ZodEnum<{\n        subject: "subject";\n        publisher: "publisher";\n        author: "author";\n    }>;'
    const b =
      '    role: z.ZodEnum<{\n        publisher: "publisher";\n        author: "author";\n        subject: "subject";\n    }>;'
    assert.equal(stableText(a), stableText(b))
    assert.match(
      stableText(a),
      /author: "author";\n\s+publisher: "publisher";\n\s+subject: "subject";/,
    )
  })
})
