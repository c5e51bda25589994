import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import * as schema from './index.js'
import * as vocabulary from './vocabulary.js'

const SHIPPED = {
  source: schema.SourceSchema,
  actor: schema.ActorSchema,
  place: schema.PlaceSchema,
  topic: schema.TopicSchema,
  event: schema.EventSchema,
  claim: schema.ClaimSchema,
  quote: schema.QuoteSchema,
  dataset: schema.DatasetSchema,
}
const AUTHORED = {
  source: schema.SourceInputSchema,
  actor: schema.ActorInputSchema,
  place: schema.PlaceInputSchema,
  topic: schema.TopicInputSchema,
  event: schema.EventInputSchema,
  claim: schema.ClaimInputSchema,
}

const toJson = (s: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(s, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >

describe('the package entry', () => {
  test('exports the schemas, the validation and the vocabularies', () => {
    for (const name of [
      'validateDataset',
      'checkReferences',
      'formatProblem',
      'describeIssues',
      'parseEdtf',
      'edtfBounds',
      'GeometrySchema',
      'IdSchema',
      'COLLECTIONS',
    ]) {
      expect(schema).toHaveProperty(name)
    }
    for (const name of Object.keys(vocabulary)) expect(schema).toHaveProperty(name)
  })

  test('does not export the test helpers', () => {
    for (const name of [
      'validDataset',
      'quoteOf',
      'issuesOf',
      'problemsOf',
      'SOURCE_TEXT',
      'sha256',
    ]) {
      expect(schema).not.toHaveProperty(name)
    }
  })
})

describe('JSON Schema emission (as the build does it)', () => {
  test.each(Object.entries(SHIPPED))('emits the shipped %s schema', (_, s) => {
    const json = toJson(s, 'output')
    expect(json.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(JSON.stringify(json)).not.toBe('{}')
  })

  test.each(Object.entries(AUTHORED))('emits the authored %s schema', (_, s) => {
    const json = toJson(s, 'input')
    expect(json.type === 'object' || '$ref' in json || 'allOf' in json).toBe(true)
  })

  test('documents that quote offsets count UTF-16 code units', () => {
    const json = JSON.stringify(toJson(schema.QuoteSchema, 'output'))
    expect(json).toContain('UTF-16 code units')
  })

  test('in the authored form, defaulted lists are optional; in the shipped form, required', () => {
    type Defs = { $defs: Record<string, { required: string[] }> }
    const shipped = (toJson(schema.ActorSchema, 'output') as Defs).$defs.Actor
    const authored = (toJson(schema.ActorInputSchema, 'input') as Defs).$defs.ActorInput
    expect(shipped?.required).toEqual(
      expect.arrayContaining(['aliases', 'names', 'memberOf', 'mentions']),
    )
    expect(authored?.required).not.toContain('aliases')
    expect(authored?.required).toEqual(
      expect.arrayContaining(['id', 'kind', 'name', 'description']),
    )
  })

  test('lists the closed vocabularies as enums', () => {
    const json = JSON.stringify(toJson(schema.ClaimSchema, 'output'))
    for (const term of schema.LIKELIHOOD_TERMS) expect(json).toContain(`"${term}"`)
    for (const kind of schema.CLAIM_KINDS) expect(json).toContain(`"${kind}"`)
  })
})
