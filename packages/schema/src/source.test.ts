import { describe, expect, test } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import { issuesOf } from './problem.js'
import type { Source } from './source.js'
import {
  SourceInputSchema,
  SourcePartSchema,
  SourceSchema,
  textSha256 as sha256,
  textSha256,
} from './source.js'

const validSource = () => structuredClone(fixture.sources[0] as Source)
const SOURCE_TEXT = validSource().text

const PART_KINDS =
  'title, image-credit, body, disclaimer, call-for-contributions, author-note, related'

const validInput = () => {
  const { text: _text, textSha256: _sha, parts: _parts, ...meta } = validSource()
  return { ...meta, textFile: 'rusi-test.txt', parts: ['title', 'body', 'body', 'disclaimer'] }
}

describe('SourceSchema', () => {
  test('accepts a valid source unchanged', () => {
    const source = validSource()
    expect(SourceSchema.parse(source)).toEqual(source)
  })

  test('its parts cover the blocks of the text', () => {
    const { parts, text } = SourceSchema.parse(validSource())
    expect(parts.map((p) => p.anchor).slice(0, 4)).toEqual([
      'title',
      'image-credit',
      'body-1',
      'body-2',
    ])
    expect(text.slice(parts[0]?.start, parts[0]?.end)).toBe(
      'The Aftermath of the Nagorno-Karabakh Conflict',
    )
  })

  test('accepts a source without a URL', () => {
    const { url: _url, ...source } = validSource()
    expect(SourceSchema.safeParse(source).success).toBe(true)
  })

  test('refuses a source without authors and with an author that is not an id', () => {
    expect(issuesOf(SourceSchema, { ...validSource(), authors: [] })).toEqual([
      { path: ['authors'], message: 'must not be empty' },
    ])
    expect(issuesOf(SourceSchema, { ...validSource(), authors: ['Nick Reynolds'] })).toEqual([
      {
        path: ['authors', 0],
        message: 'must be lowercase kebab-case (letters, digits and single hyphens)',
      },
    ])
  })

  test('refuses a date that is not EDTF, a javascript: URL and a language that is not BCP 47', () => {
    expect(
      issuesOf(SourceSchema, {
        ...validSource(),
        published: 'July 2021',
        url: 'javascript:void(0)',
        language: 'English',
      }),
    ).toEqual([
      { path: ['published'], message: expect.stringMatching(/^must be an EDTF date/) },
      { path: ['url'], message: 'must be an http: or https: URL' },
      {
        path: ['language'],
        message: 'must be a BCP 47 language tag such as en, hy, az-Latn or en-GB',
      },
    ])
  })

  test('refuses a textSha256 that is not lowercase hex SHA-256', () => {
    for (const textSha256 of [
      sha256(SOURCE_TEXT).toUpperCase(),
      sha256(SOURCE_TEXT).slice(1),
      'abc',
    ]) {
      expect(issuesOf(SourceSchema, { ...validSource(), textSha256 })).toEqual([
        { path: ['textSha256'], message: 'must be a lowercase hex SHA-256' },
      ])
    }
  })

  test('refuses a textSha256 that is not the hash of the text, giving the right one', () => {
    const text = `${SOURCE_TEXT} (edited)`
    expect(issuesOf(SourceSchema, { ...validSource(), text })).toEqual([
      {
        path: ['textSha256'],
        message: `does not match the text, whose SHA-256 is ${sha256(text)}: the text changed after the hash was computed`,
      },
    ])
  })

  test('refuses a part that ends before it starts or past the end of the text', () => {
    const parts = validSource().parts
    const last = parts.length - 1
    const broken = parts.map((p, i) =>
      i === 1 ? { ...p, end: p.start } : i === last ? { ...p, end: SOURCE_TEXT.length + 1 } : p,
    )
    expect(issuesOf(SourceSchema, { ...validSource(), parts: broken })).toEqual([
      { path: ['parts', 1, 'end'], message: `must be greater than start (${parts[1]?.start})` },
      {
        path: ['parts', last, 'end'],
        message: `is past the end of the text, which is ${SOURCE_TEXT.length} UTF-16 code units long`,
      },
    ])
  })

  test('refuses parts out of text order and a repeated anchor', () => {
    const [title, credit, body1, body2, ...rest] = validSource().parts
    if (!title || !credit || !body1 || !body2) throw new Error('the fixture has parts')
    expect(
      issuesOf(SourceSchema, {
        ...validSource(),
        parts: [title, credit, body2, { ...body1, anchor: 'body-2' }, ...rest],
      }),
    ).toEqual([
      {
        path: ['parts', 3, 'start'],
        message: `overlaps the part before it, which ends at ${body2.end}: parts follow the text in order`,
      },
      {
        path: ['parts', 3, 'anchor'],
        message: 'is also the anchor of parts[2]: anchors must be unique',
      },
    ])
  })

  test('refuses an empty text and no parts', () => {
    expect(issuesOf(SourceSchema, { ...validSource(), text: '', parts: [] })).toEqual([
      { path: ['text'], message: 'must not be empty' },
      { path: ['parts'], message: 'must not be empty' },
    ])
  })

  test('refuses the authored textFile field and unknown fields', () => {
    expect(
      issuesOf(SourceSchema, { ...validSource(), textFile: 'x.txt', author: 'nick-reynolds' }),
    ).toEqual([
      {
        path: [],
        message: 'has unknown fields textFile, author (check the spelling against the data model)',
      },
    ])
  })
})

describe('SourcePartSchema', () => {
  test('accepts a part', () => {
    const part = { kind: 'body', anchor: 'body-3', start: 10, end: 20 }
    expect(SourcePartSchema.parse(part)).toEqual(part)
  })

  test('refuses an unknown kind, a bad anchor and bad offsets', () => {
    expect(
      issuesOf(SourcePartSchema, { kind: 'footnote', anchor: 'Body 3', start: -1, end: 0 }),
    ).toEqual([
      { path: ['kind'], message: `must be one of: ${PART_KINDS} (got "footnote")` },
      { path: ['anchor'], message: expect.stringMatching(/^invalid string/) },
      { path: ['start'], message: 'must be at least 0 (got -1)' },
      { path: ['end'], message: expect.stringMatching(/^must be/) },
    ])
  })
})

describe('SourceInputSchema', () => {
  test('accepts an authored source: a text file name and one part kind per block', () => {
    const input = validInput()
    expect(SourceInputSchema.parse(input)).toEqual(input)
  })

  test('refuses the compiled fields text, textSha256', () => {
    expect(
      issuesOf(SourceInputSchema, {
        ...validInput(),
        text: SOURCE_TEXT,
        textSha256: sha256(SOURCE_TEXT),
      }),
    ).toEqual([
      {
        path: [],
        message: 'has unknown fields text, textSha256 (check the spelling against the data model)',
      },
    ])
  })

  test('refuses a text file that is not a .txt name, and a path', () => {
    for (const textFile of ['rusi.md', '../secret.txt', 'sources/rusi.txt', 'rusi test.txt']) {
      expect(issuesOf(SourceInputSchema, { ...validInput(), textFile })).toEqual([
        {
          path: ['textFile'],
          message: 'must be the name of a .txt file in packages/data/sources/',
        },
      ])
    }
  })

  test('refuses an unknown part kind, at its index', () => {
    expect(issuesOf(SourceInputSchema, { ...validInput(), parts: ['title', 'preface'] })).toEqual([
      { path: ['parts', 1], message: `must be one of: ${PART_KINDS} (got "preface")` },
    ])
  })
})

describe('textSha256', () => {
  test('is the SHA-256 of the UTF-8 text, as Node computes it, for any script', () => {
    for (const text of [SOURCE_TEXT, '', 'Ստեփանակերտ / Xankəndi / Степанакерт', '😀 emoji']) {
      expect(textSha256(text)).toBe(sha256(text))
    }
    expect(textSha256('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })
})
