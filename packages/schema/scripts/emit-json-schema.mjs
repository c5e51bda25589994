// Writes the JSON Schema documents (scripts/json-schema.ts) into dist/json-schema/, from the built
// zod schemas, so editors and other languages validate.
import { mkdirSync, writeFileSync } from 'node:fs'
import * as schema from '../dist/index.js'
import { jsonSchemaDocuments } from './json-schema.ts'

const out = new URL('../dist/json-schema/', import.meta.url)
mkdirSync(out, { recursive: true })
const documents = jsonSchemaDocuments(schema)
for (const [name, doc] of documents)
  writeFileSync(new URL(`${name}.json`, out), `${JSON.stringify(doc, null, 2)}\n`)
console.log(`json-schema: ${documents.size} files in dist/json-schema/`)
