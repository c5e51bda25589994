// Every JSON file the packages ship, checked against the JSON Schema they ship for it by a
// third-party validator (ajv, draft 2020-12, formats on), as a user in another language would.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const require = createRequire(import.meta.url)
const schemaDir = join(
  dirname(require.resolve('@karabakh-aftermath/schema/package.json')),
  'dist/json-schema',
)
const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const content = fileURLToPath(new URL('../content/', import.meta.url))
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'))

const strictAjv = () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  addFormats.default(ajv)
  return ajv
}
const ajv = strictAjv()
const validatorOf = (name: string) => ajv.compile(read(join(schemaDir, `${name}.json`)))

describe('the shipped JSON Schema documents', () => {
  it.each(readdirSync(schemaDir))(
    '%s is a valid draft 2020-12 schema under ajv strict mode',
    (file) => {
      expect(() => strictAjv().compile(read(join(schemaDir, file)))).not.toThrow()
    },
  )
})

describe('the shipped JSON files against their shipped JSON Schema', () => {
  it('dataset.json validates against json-schema/dataset.json', () => {
    const validate = validatorOf('dataset')
    expect(validate(read(join(dist, 'dataset.json'))), ajv.errorsText(validate.errors)).toBe(true)
  })

  it('every record of dataset.json validates against its collection’s schema', () => {
    const dataset = read(join(dist, 'dataset.json'))
    for (const [collection, name] of Object.entries({
      sources: 'source',
      actors: 'actor',
      places: 'place',
      topics: 'topic',
      events: 'event',
      claims: 'claim',
    })) {
      const validate = validatorOf(name)
      for (const record of dataset[collection])
        expect(
          validate(record),
          `${collection}/${record.id}: ${ajv.errorsText(validate.errors)}`,
        ).toBe(true)
    }
  })

  it('every content file validates against its input schema (what the editor’s $schema comment names)', () => {
    for (const collection of readdirSync(content)) {
      for (const file of readdirSync(join(content, collection))) {
        const text = readFileSync(join(content, collection, file), 'utf8')
        const name = /\$schema=.*\/([\w-]+)\.json/.exec(text)?.[1]
        expect(name, `${collection}/${file} names its schema`).toBeTruthy()
        const validate = validatorOf(name as string)
        expect(
          validate(parse(text)),
          `${collection}/${file}: ${ajv.errorsText(validate.errors)}`,
        ).toBe(true)
      }
    }
  })

  it('a non-ASCII URL fails the shipped schema as it fails the build', () => {
    const validate = validatorOf('dataset')
    const dataset = read(join(dist, 'dataset.json'))
    dataset.places[0].citations = [{ title: 'x', url: 'https://en.wikipedia.org/wiki/Ağdam' }]
    expect(validate(dataset)).toBe(false)
  })
})
