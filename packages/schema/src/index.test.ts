import { describe, expect, test } from 'vitest'
import { jsonSchemaDocuments } from '../scripts/json-schema.js'
import * as schema from './index.js'
import * as vocabulary from './vocabulary.js'

// The documents the build writes, from the source schemas.
const documents = jsonSchemaDocuments(schema)
const doc = (name: string) => {
  const d = documents.get(name)
  if (!d) throw new Error(`no JSON Schema document ${name}`)
  return d
}
const SHIPPED = ['source', 'actor', 'place', 'topic', 'event', 'claim', 'quote', 'dataset']
const AUTHORED = ['source', 'actor', 'place', 'topic', 'event', 'claim']

describe('the package entry', () => {
  test('exports the schemas, the validation and the vocabularies', () => {
    for (const name of [
      'validateDataset',
      'COLLECTION_SCHEMAS',
      'ref',
      'formatProblem',
      'describeIssues',
      'parseEdtf',
      'GeometrySchema',
      'IdSchema',
      'COLLECTIONS',
    ]) {
      expect(schema).toHaveProperty(name)
    }
    for (const name of Object.keys(vocabulary)) expect(schema).toHaveProperty(name)
  })

  test('does not export the test helpers', () => {
    for (const name of ['validDataset', 'quoteOf', 'problemsOf', 'SOURCE_TEXT', 'sha256']) {
      expect(schema).not.toHaveProperty(name)
    }
  })
})

describe('JSON Schema emission (as the build does it)', () => {
  test('emits one document per shipped record type and per content file, and nothing else', () => {
    expect([...documents.keys()].sort()).toEqual(
      [...SHIPPED, ...AUTHORED.map((name) => `${name}-input`)].sort(),
    )
  })

  test.each(SHIPPED)('emits the shipped %s schema', (name) => {
    const json = doc(name)
    expect(json.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(JSON.stringify(json)).not.toBe('{}')
  })

  test.each(AUTHORED)('emits the authored %s schema, for one record or a list', (name) => {
    const json = doc(`${name}-input`)
    expect(json.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(json.title).toBe(`${name}-input (content file)`)
    const [record, list] = json.anyOf as Record<string, unknown>[]
    expect(record?.type === 'object' || '$ref' in (record ?? {}) || 'allOf' in (record ?? {})).toBe(
      true,
    )
    expect(list).toEqual({ type: 'array', items: record })
  })

  test('documents that quote offsets count UTF-16 code units', () => {
    const json = JSON.stringify(doc('quote'))
    expect(json).toContain('UTF-16 code units')
  })

  test('in the authored form, defaulted lists are optional; in the shipped form, required', () => {
    type Defs = { $defs: Record<string, { required: string[] }> }
    const shipped = (doc('actor') as Defs).$defs.Actor
    const authored = (doc('actor-input') as Defs).$defs.ActorInput
    expect(shipped?.required).toEqual(
      expect.arrayContaining(['aliases', 'names', 'memberOf', 'mentions']),
    )
    expect(authored?.required).not.toContain('aliases')
    expect(authored?.required).toEqual(
      expect.arrayContaining(['id', 'kind', 'name', 'description']),
    )
  })

  test('lists the closed vocabularies as enums', () => {
    const json = JSON.stringify(doc('claim'))
    for (const term of schema.LIKELIHOOD_TERMS) expect(json).toContain(`"${term}"`)
    for (const kind of schema.CLAIM_KINDS) expect(json).toContain(`"${kind}"`)
  })
})
