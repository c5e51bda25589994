import { describe, expect, test } from 'vitest'
import {
  CitationSchema,
  HttpUrlSchema,
  IdSchema,
  IsoDaySchema,
  LanguageTagSchema,
  NameSchema,
  WikidataIdSchema,
} from './id.js'
import { issuesOf } from './problem.js'

const KEBAB = 'must be lowercase kebab-case (letters, digits and single hyphens)'
const HTTP = 'must be an http: or https: URL'
const LANG = 'must be a BCP 47 language tag such as en, hy, az-Latn or en-GB'
const QID = 'must be a Wikidata item id such as Q227'
const DAY = 'must be a calendar day written YYYY-MM-DD'

// Each string schema: values it accepts unchanged, values it refuses with its one message.
describe.each([
  {
    schema: IdSchema,
    name: 'IdSchema',
    valid: ['nick-reynolds', 'armenia', 'war-2020', '2020-war', 'a', 'q1', 'body-1-2-3'],
    invalid: [
      'Nick_Reynolds',
      'Nick-Reynolds',
      'nick_reynolds',
      'nick reynolds',
      'nick--reynolds',
      '-nick',
      'nick-',
      'nick.reynolds',
      'şuşa',
      '',
    ],
    message: KEBAB,
  },
  {
    schema: HttpUrlSchema,
    name: 'HttpUrlSchema',
    valid: [
      'https://rusi.org/explore-our-research',
      'http://example.org/a?b=c#d',
      'https://en.wikipedia.org/wiki/Shusha',
    ],
    invalid: [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      'ftp://example.org/file.txt',
      'mailto:someone@example.org',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'not a url',
      '//example.org/no-scheme',
      '',
    ],
    message: HTTP,
  },
  {
    schema: IsoDaySchema,
    name: 'IsoDaySchema',
    valid: ['2021-07-01'],
    invalid: ['2021-07', '2021-02-30', '01/07/2021', '2021-07-01T00:00'],
    message: DAY,
  },
  {
    schema: LanguageTagSchema,
    name: 'LanguageTagSchema',
    valid: ['en', 'hy', 'az', 'ru', 'tr', 'hy-Latn', 'az-Cyrl', 'en-GB', 'es-419', 'zh-Hant-TW'],
    invalid: ['EN', 'english', 'en_GB', 'hy-latn', 'en-gb', 'e', 'en-', ''],
    message: LANG,
  },
  {
    schema: WikidataIdSchema,
    name: 'WikidataIdSchema',
    valid: ['Q227', 'Q1', 'Q7035479'],
    invalid: ['q227', 'Q0', 'Q0227', 'Q', 'P31', '227', 'Q227 '],
    message: QID,
  },
])('$name', ({ schema, valid, invalid, message }) => {
  test.each(valid)('accepts %j', (value) => {
    expect(schema.parse(value)).toBe(value)
  })

  test.each(invalid)('refuses %j', (value) => {
    expect(issuesOf(schema, value)).toEqual([{ path: [], message }])
  })
})

test('IdSchema refuses a non-string with a type message', () => {
  expect(issuesOf(IdSchema, 42)).toEqual([{ path: [], message: 'must be a string (got number)' }])
})

test('HttpUrlSchema refuses a URL with non-ASCII characters, which a JSON Schema uri refuses', () => {
  expect(issuesOf(HttpUrlSchema, 'https://en.wikipedia.org/wiki/Ağdam')).toEqual([
    { path: [], message: 'must be ASCII: percent-encode other characters (ğ is %C4%9F)' },
  ])
  expect(HttpUrlSchema.parse('https://en.wikipedia.org/wiki/A%C4%9Fdam')).toBeTruthy()
})

describe('NameSchema', () => {
  test('accepts a name with its language and who uses it', () => {
    const name = { text: 'Xankəndi', lang: 'az', usedBy: ['azerbaijan'] }
    expect(NameSchema.parse(name)).toEqual(name)
  })

  test('accepts a name without usedBy', () => {
    expect(NameSchema.parse({ text: 'Stepanakert', lang: 'hy-Latn' })).toEqual({
      text: 'Stepanakert',
      lang: 'hy-Latn',
    })
  })

  test('reports each broken field with its path', () => {
    expect(issuesOf(NameSchema, { text: '', lang: 'Azeri', usedBy: ['Azerbaijan'] })).toEqual([
      { path: ['text'], message: 'must not be empty' },
      { path: ['lang'], message: LANG },
      { path: ['usedBy', 0], message: KEBAB },
    ])
  })

  test('requires text and lang', () => {
    expect(issuesOf(NameSchema, {})).toEqual([
      { path: ['text'], message: 'is required' },
      { path: ['lang'], message: 'is required' },
    ])
  })

  test('refuses an unknown field', () => {
    expect(issuesOf(NameSchema, { text: 'Shusha', lang: 'en', language: 'en' })).toEqual([
      {
        path: [],
        message: 'has unknown field language (check the spelling against the data model)',
      },
    ])
  })
})

describe('CitationSchema', () => {
  const citation = {
    title: 'OSCE Minsk Group',
    url: 'https://en.wikipedia.org/wiki/OSCE_Minsk_Group',
    publisher: 'Wikipedia',
    accessed: '2021-07-01',
  }

  test('accepts a full citation and a minimal one', () => {
    expect(CitationSchema.parse(citation)).toEqual(citation)
    expect(CitationSchema.parse({ title: citation.title, url: citation.url })).toEqual({
      title: citation.title,
      url: citation.url,
    })
  })

  test('refuses a javascript: URL and a day that does not exist', () => {
    expect(
      issuesOf(CitationSchema, { ...citation, url: 'javascript:alert(1)', accessed: '2021-02-30' }),
    ).toEqual([
      { path: ['url'], message: HTTP },
      { path: ['accessed'], message: 'must be a calendar day written YYYY-MM-DD' },
    ])
  })

  test('requires a title and a URL', () => {
    expect(issuesOf(CitationSchema, { publisher: 'Wikipedia' })).toEqual([
      { path: ['title'], message: 'is required' },
      { path: ['url'], message: 'is required' },
    ])
  })

  test('refuses an empty title, an empty publisher and unknown fields', () => {
    expect(
      issuesOf(CitationSchema, { ...citation, title: '', publisher: '', author: 'x' }),
    ).toEqual([
      { path: ['title'], message: 'must not be empty' },
      { path: ['publisher'], message: 'must not be empty' },
      { path: [], message: 'has unknown field author (check the spelling against the data model)' },
    ])
  })
})
