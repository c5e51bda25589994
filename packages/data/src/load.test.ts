import { checkRecord } from '@karabakh-aftermath/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { decodeUtf8, loadText } from './load.ts'

// Pieces of YAML syntax, so that random texts use every feature: anchors, aliases, tags, merge
// keys, flow and block collections, block scalars, directives and several documents.
const TOKENS = [
  '- ',
  'id: ',
  'x',
  '&a ',
  '&b ',
  '*a',
  '*b',
  '!!js/function ',
  '!!binary ',
  '!custom ',
  '!!str ',
  '<<: ',
  '<<: *a',
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '{',
  '}',
  '[',
  ']',
  ', ',
  ': ',
  '? ',
  '|\n',
  '>-\n',
  '"',
  "'",
  '#',
  '\n',
  '  ',
  '\t',
  '\\u0000',
  '=cmd',
  '</script>',
  '1e999',
  '0x1F',
  '~',
]
const yamlText = fc.oneof(
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join('')),
  fc.anything({ withNullPrototype: true, maxDepth: 4 }).map((v) => stringify(v)),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .nat({ max: 12 })
    .map(
      (n) =>
        `a0: &a0 [x]\n${Array.from({ length: n }, (_, i) => `a${i + 1}: &a${i + 1} [${`*a${i},`.repeat(9)}*a${i}]`).join('\n')}\n`,
    ),
)

describe('loadText on arbitrary YAML (property)', () => {
  it('returns records or problems at a file:line, never throws, and the records check', () => {
    fc.assert(
      fc.property(yamlText, (text) => {
        const { records, problems } = loadText(text, 'claims', 'content/claims/x.yaml')
        for (const p of problems) {
          expect(p.file).toBe('content/claims/x.yaml')
          expect(p.line).toBeGreaterThanOrEqual(1)
          expect(p.code).toBe('unreadable-file')
        }
        for (const [i, r] of records.entries()) {
          expect(r.lineOf(['id'])).toBeGreaterThanOrEqual(1)
          checkRecord('claims', r.value, i, 'input')
        }
      }),
      { numRuns: 400 },
    )
  }, 60_000)
})

describe('decodeUtf8', () => {
  it('decodes UTF-8 and names the line of the first invalid byte', () => {
    expect(decodeUtf8(Buffer.from('Ağdam\n'))).toEqual({ text: 'Ağdam\n' })
    expect(decodeUtf8(Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0xc3, 0x28]))).toEqual({ line: 3 })
  })
})
