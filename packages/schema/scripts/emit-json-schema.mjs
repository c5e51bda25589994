// Writes one JSON Schema per collection (shipped and authored forms) and one for the dataset
// into dist/json-schema/, from the built zod schemas, so editors and other languages validate.
import { mkdirSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import * as schema from '../dist/index.js'

const out = new URL('../dist/json-schema/', import.meta.url)
mkdirSync(out, { recursive: true })
const shipped = {
  source: schema.SourceSchema,
  actor: schema.ActorSchema,
  place: schema.PlaceSchema,
  topic: schema.TopicSchema,
  event: schema.EventSchema,
  claim: schema.ClaimSchema,
  quote: schema.QuoteSchema,
  dataset: schema.DatasetSchema,
}
const authored = {
  source: schema.SourceInputSchema,
  actor: schema.ActorInputSchema,
  place: schema.PlaceInputSchema,
  topic: schema.TopicInputSchema,
  event: schema.EventInputSchema,
  claim: schema.ClaimInputSchema,
}

const write = (name, zodSchema, io) => {
  const json = z.toJSONSchema(zodSchema, { io, target: 'draft-2020-12', unrepresentable: 'any' })
  // An authored content file holds one record or a list of them.
  const doc =
    io === 'input'
      ? {
          $schema: json.$schema,
          title: `${name} (content file)`,
          anyOf: [stripSchema(json), { type: 'array', items: stripSchema(json) }],
          $defs: json.$defs,
        }
      : json
  writeFileSync(new URL(`${name}.json`, out), `${JSON.stringify(doc, null, 2)}\n`)
}
const stripSchema = ({ $schema, $defs, ...rest }) => rest

for (const [name, s] of Object.entries(shipped)) write(name, s, 'output')
for (const [name, s] of Object.entries(authored)) write(`${name}-input`, s, 'input')
console.log(
  `json-schema: ${Object.keys(shipped).length + Object.keys(authored).length} files in dist/json-schema/`,
)
