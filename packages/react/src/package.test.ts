// @vitest-environment node
// The published shape: every export exists, client entries keep 'use client' as their first
// line through the build, and nothing imports zod or the schema's root at run time.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { types: string; default: string }>
}
const dist = join(root, 'dist')
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  )

describe('the built package', () => {
  it('exists (run `pnpm build` first)', () => expect(existsSync(dist)).toBe(true))

  it('has every export the package.json names', () => {
    for (const [key, target] of Object.entries(pkg.exports)) {
      const paths = typeof target === 'string' ? [target] : [target.types, target.default]
      for (const p of paths) expect(existsSync(join(root, p)), `${key} → ${p}`).toBe(true)
    }
  })

  it('keeps use client as the first line of the client entries, and only there', () => {
    const client = ['timeline', 'claim-list', 'source-reader', 'analysis']
    for (const file of files(dist).filter((f) => f.endsWith('.js'))) {
      const first = readFileSync(file, 'utf8').split('\n')[0]
      const rel = file.slice(dist.length + 1)
      const isClient = client.some((c) => rel === `${c}/index.js` || rel === `${c}/${c}.js`)
      expect(first === '"use client";', rel).toBe(isClient)
    }
  })

  it('imports neither zod nor the schema root at run time, and never sets inner HTML', () => {
    for (const file of files(dist).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8')
      expect(code).not.toMatch(/from ["']zod["']/)
      expect(code).not.toMatch(/from ["']@karabakh-aftermath\/schema["']/)
      expect(code).not.toContain('dangerouslySetInnerHTML')
      expect(code).not.toContain('innerHTML')
    }
    expect(existsSync(join(dist, 'styles.css'))).toBe(true)
  })
})
