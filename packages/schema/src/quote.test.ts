import { describe, expect, test } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import { issuesOf } from './problem.js'
import { QuoteInputSchema, QuoteSchema } from './quote.js'

const SOURCE_TEXT = fixture.sources[0]?.text ?? ''
const quoteOf = (exact: string) => {
  const start = SOURCE_TEXT.indexOf(exact)
  return { source: 'rusi-2021-aftermath', exact, start, end: start + exact.length }
}

const LENGTH = 'end - start must equal the length of exact (UTF-16 code units)'
const unknown = (keys: string) =>
  `has unknown field${keys.includes(',') ? 's' : ''} ${keys} (check the spelling against the data model)`

describe('QuoteSchema', () => {
  test('accepts a quote whose offsets span exactly its words', () => {
    const q = quoteOf('is therefore likely to remain unstable.')
    expect(QuoteSchema.parse(q)).toEqual(q)
    expect(SOURCE_TEXT.slice(q.start, q.end)).toBe(q.exact)
  })

  test('accepts prefix and suffix', () => {
    const q = { ...quoteOf('Azerbaijan'), prefix: 'war; ', suffix: ' says' }
    expect(QuoteSchema.parse(q)).toEqual(q)
  })

  test('counts offsets in UTF-16 code units', () => {
    // A non-breaking space and `ğ` are one unit each; an astral character is two.
    expect(
      QuoteSchema.safeParse({ source: 's', exact: '60\u00a0prisoners', start: 0, end: 12 }).success,
    ).toBe(true)
    expect(QuoteSchema.safeParse({ source: 's', exact: 'Ağdam', start: 10, end: 15 }).success).toBe(
      true,
    )
    expect(QuoteSchema.safeParse({ source: 's', exact: '𝔸', start: 0, end: 2 }).success).toBe(true)
    expect(issuesOf(QuoteSchema, { source: 's', exact: '𝔸', start: 0, end: 1 })).toEqual([
      { path: ['end'], message: LENGTH },
    ])
  })

  test.each([
    ['too short', 10, 12],
    ['too long', 10, 14],
    ['inverted', 13, 10],
  ])('refuses offsets that are %s for exact, at path end', (_, start, end) => {
    expect(issuesOf(QuoteSchema, { source: 's', exact: 'abc', start, end })).toEqual([
      { path: ['end'], message: LENGTH },
    ])
  })

  test('refuses negative and fractional offsets', () => {
    expect(issuesOf(QuoteSchema, { source: 's', exact: 'abc', start: -1, end: 2 })).toEqual([
      { path: ['start'], message: 'must be at least 0 (got -1)' },
    ])
    expect(issuesOf(QuoteSchema, { source: 's', exact: 'abc', start: 0.5, end: 3.5 })).toEqual([
      {
        path: ['start'],
        message: expect.stringMatching(/^must be an? (int|integer|whole number)/),
      },
      { path: ['end'], message: expect.stringMatching(/^must be an? (int|integer|whole number)/) },
    ])
  })

  test('requires source, exact, start and end', () => {
    expect(issuesOf(QuoteSchema, {})).toEqual([
      { path: ['source'], message: 'is required' },
      { path: ['exact'], message: 'is required' },
      { path: ['start'], message: 'is required' },
      { path: ['end'], message: 'is required' },
    ])
  })

  test('refuses an empty exact and a source that is not an id', () => {
    expect(issuesOf(QuoteSchema, { source: 'RUSI 2021', exact: '', start: 0, end: 1 })).toEqual([
      {
        path: ['source'],
        message: 'must be lowercase kebab-case (letters, digits and single hyphens)',
      },
      { path: ['exact'], message: 'must not be empty' },
      { path: ['end'], message: LENGTH },
    ])
  })

  test('refuses unknown fields', () => {
    expect(issuesOf(QuoteSchema, { ...quoteOf('Russia'), text: 'Russia', page: 2 })).toEqual([
      { path: [], message: unknown('text, page') },
    ])
  })
})

describe('QuoteInputSchema', () => {
  test('accepts the exact words as a string', () => {
    expect(QuoteInputSchema.parse('a dim prospect')).toBe('a dim prospect')
  })

  test('accepts the object form with source, prefix and suffix', () => {
    const q = { source: 'rusi-test', exact: 'Azerbaijan', prefix: 'war; ', suffix: ' says' }
    expect(QuoteInputSchema.parse(q)).toEqual(q)
    expect(QuoteInputSchema.parse({ exact: 'Azerbaijan' })).toEqual({ exact: 'Azerbaijan' })
  })

  test('refuses an empty string', () => {
    expect(issuesOf(QuoteInputSchema, '')).toEqual([{ path: [], message: 'must not be empty' }])
  })

  test('refuses offsets: authors never write them', () => {
    expect(issuesOf(QuoteInputSchema, { exact: 'Russia', start: 0, end: 6 })).toEqual([
      { path: [], message: unknown('start, end') },
    ])
  })

  test('refuses an unknown field, with the message of the object form', () => {
    expect(issuesOf(QuoteInputSchema, { exact: 'Russia', prefx: 'war. ' })).toEqual([
      { path: [], message: unknown('prefx') },
    ])
  })

  test('refuses an object without exact and empty prefix or suffix', () => {
    expect(issuesOf(QuoteInputSchema, { prefix: 'war. ' })).toEqual([
      { path: ['exact'], message: 'is required' },
    ])
    expect(issuesOf(QuoteInputSchema, { exact: 'Russia', prefix: '', suffix: '' })).toEqual([
      { path: ['prefix'], message: 'must not be empty' },
      { path: ['suffix'], message: 'must not be empty' },
    ])
  })

  test('refuses a value that is neither form', () => {
    expect(QuoteInputSchema.safeParse(42).success).toBe(false)
    expect(QuoteInputSchema.safeParse(['Russia']).success).toBe(false)
    expect(QuoteInputSchema.safeParse(null).success).toBe(false)
  })
})
