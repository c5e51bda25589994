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

describe('IdSchema', () => {
  test.each(['nick-reynolds', 'armenia', 'war-2020', '2020-war', 'a', 'q1', 'body-1-2-3'])(
    'accepts the kebab-case id %j',
    (id) => {
      expect(IdSchema.parse(id)).toBe(id)
    },
  )

  test.each([
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
  ])('refuses %j with the kebab-case message', (id) => {
    expect(issuesOf(IdSchema, id)).toEqual([{ path: [], message: KEBAB }])
  })

  test('refuses a non-string with a type message', () => {
    expect(issuesOf(IdSchema, 42)).toEqual([{ path: [], message: 'must be a string (got number)' }])
  })
})

describe('HttpUrlSchema', () => {
  test.each([
    'https://rusi.org/explore-our-research',
    'http://example.org/a?b=c#d',
    'https://en.wikipedia.org/wiki/Shusha',
  ])('accepts %j', (url) => {
    expect(HttpUrlSchema.parse(url)).toBe(url)
  })

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'ftp://example.org/file.txt',
    'mailto:someone@example.org',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
    '//example.org/no-scheme',
    '',
  ])('refuses %j', (url) => {
    expect(issuesOf(HttpUrlSchema, url)).toEqual([{ path: [], message: HTTP }])
  })
})

test('HttpUrlSchema refuses a URL with non-ASCII characters, which a JSON Schema uri refuses', () => {
  expect(issuesOf(HttpUrlSchema, 'https://en.wikipedia.org/wiki/Ağdam')).toEqual([
    { path: [], message: 'must be ASCII: percent-encode other characters (ğ is %C4%9F)' },
  ])
  expect(HttpUrlSchema.parse('https://en.wikipedia.org/wiki/A%C4%9Fdam')).toBeTruthy()
})

describe('IsoDaySchema', () => {
  test('accepts a calendar day', () => {
    expect(IsoDaySchema.parse('2021-07-01')).toBe('2021-07-01')
  })

  test.each(['2021-07', '2021-02-30', '01/07/2021', '2021-07-01T00:00'])('refuses %j', (day) => {
    expect(issuesOf(IsoDaySchema, day)).toEqual([
      { path: [], message: 'must be a calendar day written YYYY-MM-DD' },
    ])
  })
})

describe('LanguageTagSchema', () => {
  test.each(['en', 'hy', 'az', 'ru', 'tr', 'hy-Latn', 'az-Cyrl', 'en-GB', 'es-419', 'zh-Hant-TW'])(
    'accepts %j',
    (tag) => {
      expect(LanguageTagSchema.parse(tag)).toBe(tag)
    },
  )

  test.each(['EN', 'english', 'en_GB', 'hy-latn', 'en-gb', 'e', 'en-', ''])('refuses %j', (tag) => {
    expect(issuesOf(LanguageTagSchema, tag)).toEqual([{ path: [], message: LANG }])
  })
})

describe('WikidataIdSchema', () => {
  test.each(['Q227', 'Q1', 'Q7035479'])('accepts %j', (qid) => {
    expect(WikidataIdSchema.parse(qid)).toBe(qid)
  })

  test.each(['q227', 'Q0', 'Q0227', 'Q', 'P31', '227', 'Q227 '])('refuses %j', (qid) => {
    expect(issuesOf(WikidataIdSchema, qid)).toEqual([{ path: [], message: QID }])
  })
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
