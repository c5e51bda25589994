import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { describeIssues, formatPath, formatProblem } from './problem.js'

const describe_ = (schema: z.ZodType, value: unknown, base?: PropertyKey[]) => {
  const result = schema.safeParse(value, { reportInput: true })
  if (result.success) throw new Error('expected the value to be invalid')
  return describeIssues(result.error.issues, base)
}

describe('formatPath', () => {
  test('joins keys with dots and indexes with brackets', () => {
    expect(formatPath(['about', 'actors', 2])).toBe('about.actors[2]')
    expect(formatPath(['names', 0, 'usedBy', 1])).toBe('names[0].usedBy[1]')
    expect(formatPath(['likelihood', 'term'])).toBe('likelihood.term')
    expect(formatPath([3, 'id'])).toBe('[3].id')
    expect(formatPath([])).toBe('')
  })
})

describe('formatProblem', () => {
  test('writes collection/id field: message', () => {
    expect(
      formatProblem({
        collection: 'claims',
        id: 'x',
        path: ['likelihood', 'term'],
        message: 'must be one of: remote, likely (got "probable")',
      }),
    ).toBe('claims/x likelihood.term: must be one of: remote, likely (got "probable")')
  })

  test('leaves the field out for the record as a whole', () => {
    expect(
      formatProblem({
        collection: 'actors',
        id: '#2',
        path: [],
        message: 'has unknown field foo',
      }),
    ).toBe('actors/#2: has unknown field foo')
  })
})

describe('describeIssues', () => {
  test('a missing field is required; a wrong type names both types', () => {
    const schema = z.object({ a: z.string(), b: z.array(z.string()), c: z.number(), d: z.string() })
    expect(describe_(schema, { b: 'x', c: null, d: [] })).toEqual([
      { path: ['a'], message: 'is required' },
      { path: ['b'], message: 'must be a list (got string)' },
      { path: ['c'], message: 'must be a number (got null)' },
      { path: ['d'], message: 'must be a string (got a list)' },
    ])
  })

  test('uses the right article for the expected type', () => {
    expect(describe_(z.object({ o: z.object({}) }), { o: 'x' })).toEqual([
      { path: ['o'], message: 'must be an object (got string)' },
    ])
    expect(describe_(z.int(), 1.5)).toEqual([
      { path: [], message: 'must be a whole number (got number)' },
    ])
  })

  test('an enum lists its values and quotes the value given', () => {
    expect(describe_(z.enum(['a', 'b']), 'c')).toEqual([
      { path: [], message: 'must be one of: a, b (got "c")' },
    ])
    expect(describe_(z.literal('Point'), 'point')).toEqual([
      { path: [], message: 'must be "Point" (got "point")' },
    ])
  })

  test('cuts a long value it shows', () => {
    const [issue] = describe_(z.enum(['a', 'b']), 'x'.repeat(100))
    expect(issue?.message).toBe(`must be one of: a, b (got "${'x'.repeat(57)}…")`)
  })

  test('unknown fields are named, one or several', () => {
    const schema = z.object({ a: z.string() }).strict()
    expect(describe_(schema, { a: 'x', b: 1 })).toEqual([
      { path: [], message: 'has unknown field b (check the spelling against the data model)' },
    ])
    expect(describe_(schema, { a: 'x', b: 1, c: 2 })).toEqual([
      { path: [], message: 'has unknown fields b, c (check the spelling against the data model)' },
    ])
  })

  test('sizes and bounds in plain words', () => {
    expect(describe_(z.array(z.string()).min(1), [])).toEqual([
      { path: [], message: 'must not be empty' },
    ])
    expect(describe_(z.array(z.string()).min(3), ['a'])).toEqual([
      { path: [], message: 'must have at least 3 items' },
    ])
    expect(describe_(z.array(z.string()).max(2), ['a', 'b', 'c'])).toEqual([
      { path: [], message: 'must have at most 2 items' },
    ])
    expect(describe_(z.string().min(1), '')).toEqual([{ path: [], message: 'must not be empty' }])
    expect(describe_(z.string().min(3), 'ab')).toEqual([
      { path: [], message: 'must be at least 3 characters' },
    ])
    expect(describe_(z.string().max(2), 'abc')).toEqual([
      { path: [], message: 'must have at most 2 characters' },
    ])
    expect(describe_(z.number().min(0), -2)).toEqual([
      { path: [], message: 'must be at least 0 (got -2)' },
    ])
    expect(describe_(z.number().max(10), 11)).toEqual([
      { path: [], message: 'must be at most 10 (got 11)' },
    ])
  })

  test('a custom size message is kept, with the value', () => {
    expect(describe_(z.number().max(180, 'longitude must be between -180 and 180'), 200)).toEqual([
      { path: [], message: 'longitude must be between -180 and 180 (got 200)' },
    ])
  })

  test('a custom refinement message is kept as written', () => {
    const schema = z
      .object({ a: z.number() })
      .refine((v) => v.a > 0, { message: 'a must be positive', path: ['a'] })
    expect(describe_(schema, { a: -1 })).toEqual([{ path: ['a'], message: 'a must be positive' }])
  })

  test('a union is described by its closest branch', () => {
    const schema = z.object({
      q: z.union([
        z.string(),
        z.object({ exact: z.string(), prefix: z.string().min(1).optional() }).strict(),
      ]),
    })
    expect(describe_(schema, { q: { exact: 'x', prefix: '' } })).toEqual([
      { path: ['q', 'prefix'], message: 'must not be empty' },
    ])
    expect(describe_(schema, { q: 5 })).toEqual([
      { path: ['q'], message: 'must be a string (got number)' },
    ])
  })

  test('a union prefers the branch of the same type as the value', () => {
    const schema = z.union([z.string(), z.object({ exact: z.string() }).strict()])
    expect(describe_(schema, { prefix: 'x' })).toEqual([
      { path: ['exact'], message: 'is required' },
      { path: [], message: 'has unknown field prefix (check the spelling against the data model)' },
    ])
  })

  test('prefixes paths with the base path', () => {
    expect(describe_(z.object({ a: z.string() }), {}, ['claims', 3])).toEqual([
      { path: ['claims', 3, 'a'], message: 'is required' },
    ])
  })
})

describe('describeIssues: missing values', () => {
  test('a missing enum or literal field is required, not "one of … (got undefined)"', () => {
    const schema = z.object({ kind: z.enum(['a', 'b']), type: z.literal('Point') })
    expect(describe_(schema, {})).toEqual([
      { path: ['kind'], message: 'is required' },
      { path: ['type'], message: 'is required' },
    ])
  })
})
