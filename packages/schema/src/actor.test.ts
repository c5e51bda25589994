import { describe, expect, test } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import type { Actor } from './actor.js'
import { ActorInputSchema, ActorSchema } from './actor.js'
import { issuesOf } from './problem.js'

const validActor = () => structuredClone(fixture.actors.find((a) => a.id === 'armenia') as Actor)
const quoteOf = (_: 'Armenia') => validActor().mentions[0] as Actor['mentions'][number]

const KEBAB = 'must be lowercase kebab-case (letters, digits and single hyphens)'

describe('ActorSchema', () => {
  test('accepts a valid actor unchanged', () => {
    const actor = validActor()
    expect(ActorSchema.parse(actor)).toEqual(actor)
  })

  test.each([
    ['shipped', ActorSchema],
    ['authored', ActorInputSchema],
  ])('fills the defaulted lists of a minimal actor (%s)', (_, schema) => {
    const minimal = { id: 'rusi', kind: 'organization', name: 'RUSI', description: 'A think tank.' }
    expect(schema.parse(minimal)).toEqual({
      ...minimal,
      names: [],
      aliases: [],
      memberOf: [],
      mentions: [],
    })
  })

  test('refuses an id that is not kebab-case', () => {
    expect(issuesOf(ActorSchema, { ...validActor(), id: 'Armenia' })).toEqual([
      { path: ['id'], message: KEBAB },
    ])
  })

  test('refuses a bad Wikidata id, a country that is not alpha-2 and an empty alias', () => {
    expect(
      issuesOf(ActorSchema, { ...validActor(), wikidata: '399', country: 'ARM', aliases: [''] }),
    ).toEqual([
      { path: ['aliases', 0], message: 'must not be empty' },
      { path: ['wikidata'], message: 'must be a Wikidata item id such as Q227' },
      { path: ['country'], message: 'must be an ISO 3166-1 alpha-2 code such as AZ' },
    ])
    expect(issuesOf(ActorSchema, { ...validActor(), country: 'am' })).toEqual([
      { path: ['country'], message: 'must be an ISO 3166-1 alpha-2 code such as AZ' },
    ])
  })

  test('refuses a broken name, at its index', () => {
    const names = [
      { text: 'Հայաստան', lang: 'hy' },
      { text: 'Ermənistan', lang: 'Azerbaijani', usedBy: ['Azerbaijan'] },
    ]
    expect(issuesOf(ActorSchema, { ...validActor(), names })).toEqual([
      {
        path: ['names', 1, 'lang'],
        message: 'must be a BCP 47 language tag such as en, hy, az-Latn or en-GB',
      },
      { path: ['names', 1, 'usedBy', 0], message: KEBAB },
    ])
  })

  test('refuses memberOf entries that are not ids', () => {
    expect(issuesOf(ActorSchema, { ...validActor(), memberOf: ['CSTO'] })).toEqual([
      { path: ['memberOf', 0], message: KEBAB },
    ])
  })

  test('refuses a mention whose offsets do not span its words', () => {
    const mention = { ...quoteOf('Armenia'), end: quoteOf('Armenia').end + 1 }
    expect(issuesOf(ActorSchema, { ...validActor(), mentions: [mention] })).toEqual([
      {
        path: ['mentions', 0, 'end'],
        message: 'end - start must equal the length of exact (UTF-16 code units)',
      },
    ])
  })

  test('refuses an authored mention (a bare string) in the shipped form', () => {
    expect(ActorSchema.safeParse({ ...validActor(), mentions: ['Armenia'] }).success).toBe(false)
  })

  test('refuses an unknown field, naming it', () => {
    expect(issuesOf(ActorSchema, { ...validActor(), wikiData: 'Q399' })).toEqual([
      {
        path: [],
        message: 'has unknown field wikiData (check the spelling against the data model)',
      },
    ])
  })
})

describe('ActorInputSchema', () => {
  test('accepts mentions as exact words, or with prefix/suffix', () => {
    const input = {
      ...validActor(),
      mentions: ['Armenia', { exact: 'Armenia', prefix: 'ally of ' }],
    }
    expect(ActorInputSchema.parse(input)).toEqual(input)
  })

  test('refuses offsets in an authored mention', () => {
    expect(
      issuesOf(ActorInputSchema, {
        ...validActor(),
        mentions: [{ exact: 'Armenia', start: 0, end: 7 }],
      }),
    ).toEqual([
      {
        path: ['mentions', 0],
        message: 'has unknown fields start, end (check the spelling against the data model)',
      },
    ])
  })

  test('refuses an empty mention', () => {
    expect(issuesOf(ActorInputSchema, { ...validActor(), mentions: [''] })).toEqual([
      { path: ['mentions', 0], message: 'must not be empty' },
    ])
  })
})
