// The JSON Schema documents the package ships, by file name (without `.json`), built from a module
// of the zod schemas: the build passes dist/index.js, the tests pass src/index.ts, so both see the
// same documents. No I/O here; scripts/emit-json-schema.mjs writes them.
import { z } from 'zod'
import type * as Schema from '../src/index.js'

type JsonObject = Record<string, unknown>

/** One document per collection in the shipped form, and `<name>-input` for content files. */
export function jsonSchemaDocuments(schema: typeof Schema): Map<string, JsonObject> {
  const toJson = (s: z.ZodType, io: 'input' | 'output') =>
    z.toJSONSchema(s, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as JsonObject
  const collections = Object.values(schema.COLLECTION_SCHEMAS)
  const documents = new Map<string, JsonObject>([
    ...collections.map((c) => [c.type.toLowerCase(), toJson(c.schema, 'output')] as const),
    ['quote', toJson(schema.QuoteSchema, 'output')],
    ['dataset', toJson(schema.DatasetSchema, 'output')],
  ])
  for (const c of collections) {
    const name = `${c.type.toLowerCase()}-input`
    const { $schema, $defs, ...record } = toJson(c.input, 'input')
    // An authored content file holds one record or a list of them.
    const anyOf = [record, { type: 'array', items: record }]
    documents.set(name, { $schema, title: `${name} (content file)`, anyOf, $defs })
  }
  return documents
}
