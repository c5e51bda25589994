// The JSON Schema documents the package ships, by file name (without `.json`), built from a module
// of the zod schemas: the build passes dist/index.js, the tests pass src/index.ts, so both see the
// same documents. No I/O here; scripts/emit-json-schema.mjs writes them.
import { z } from 'zod'
import type * as Schema from '../src/index.js'

type JsonObject = Record<string, unknown>

/** One document per collection in the shipped form, and `<name>-input` for content files. */
export function jsonSchemaDocuments(schema: typeof Schema): Map<string, JsonObject> {
  const collections = Object.values(schema.COLLECTION_SCHEMAS)
  const name = (type: string) => type.toLowerCase()
  const shipped = {
    ...Object.fromEntries(collections.map((c) => [name(c.type), c.schema])),
    quote: schema.QuoteSchema,
    dataset: schema.DatasetSchema,
  }
  const authored = Object.fromEntries(collections.map((c) => [name(c.type), c.input]))
  const toJson = (s: z.ZodType, io: 'input' | 'output') =>
    z.toJSONSchema(s, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as JsonObject
  const documents = new Map<string, JsonObject>()
  for (const [name, s] of Object.entries(shipped)) documents.set(name, toJson(s, 'output'))
  for (const [name, s] of Object.entries(authored)) {
    const { $schema, $defs, ...record } = toJson(s, 'input')
    // An authored content file holds one record or a list of them.
    documents.set(`${name}-input`, {
      $schema,
      title: `${name}-input (content file)`,
      anyOf: [record, { type: 'array', items: record }],
      $defs,
    })
  }
  return documents
}
