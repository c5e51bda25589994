import { describe, expect, test } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import type { Claim } from './claim.js'
import {
  ClaimInputSchema,
  ClaimSchema,
  LikelihoodSchema,
  QuantitySchema,
  RelationSchema,
} from './claim.js'
import { issuesOf } from './problem.js'

const validClaim = () =>
  structuredClone(fixture.claims.find((c) => c.id === 'border-likely-unstable') as Claim)
const TEXT = fixture.sources[0]?.text ?? ''
const quoteOf = (exact: string) => {
  const start = TEXT.indexOf(exact)
  return { source: 'rusi-2021-aftermath', exact, start, end: start + exact.length }
}

const TERMS =
  'remote, highly-unlikely, unlikely, realistic-possibility, likely, highly-likely, almost-certain'
const CUE = 'the likelihood cue must be words that appear in the quote'
const KEBAB = 'must be lowercase kebab-case (letters, digits and single hyphens)'

const { quote: _quote, ...claimFields } = validClaim()
const validInput = () => ({ ...claimFields, quote: 'The border is likely to remain unstable.' })

describe('ClaimSchema', () => {
  test('accepts a valid claim unchanged', () => {
    expect(ClaimSchema.parse(validClaim())).toEqual(validClaim())
  })

  test('fills the defaults of a minimal claim', () => {
    const minimal = {
      id: 'russia-ally',
      statement: 'Russia is an ally of Armenia.',
      kind: 'fact',
      claimant: 'nick-reynolds',
      quote: quoteOf('its traditional ally'),
    }
    expect(ClaimSchema.parse(minimal)).toEqual({
      ...minimal,
      about: { actors: [], events: [], places: [] },
      disputes: [],
      supports: [],
      topics: [],
    })
  })

  test('fills the lists missing from about', () => {
    expect(ClaimSchema.parse({ ...validClaim(), about: { actors: ['armenia'] } }).about).toEqual({
      actors: ['armenia'],
      events: [],
      places: [],
    })
  })

  test('refuses an unknown likelihood term, listing the terms in order', () => {
    const likelihood = { term: 'probable', cue: 'likely to' }
    expect(issuesOf(ClaimSchema, { ...validClaim(), likelihood })).toEqual([
      { path: ['likelihood', 'term'], message: `must be one of: ${TERMS} (got "probable")` },
    ])
  })

  test('refuses a likelihood cue that is not in the quote', () => {
    const likelihood = { term: 'likely', cue: 'probably' }
    expect(issuesOf(ClaimSchema, { ...validClaim(), likelihood })).toEqual([
      { path: ['likelihood', 'cue'], message: CUE },
    ])
  })

  test('matches the cue regardless of case', () => {
    const likelihood = { term: 'likely', cue: 'LIKELY TO REMAIN' }
    expect(ClaimSchema.safeParse({ ...validClaim(), likelihood }).success).toBe(true)
  })

  test('refuses an empty cue and a likelihood without a term', () => {
    expect(issuesOf(ClaimSchema, { ...validClaim(), likelihood: { cue: 'likely to' } })).toEqual([
      { path: ['likelihood', 'term'], message: 'is required' },
    ])
    expect(
      issuesOf(ClaimSchema, { ...validClaim(), likelihood: { term: 'likely', cue: '' } }),
    ).toEqual([{ path: ['likelihood', 'cue'], message: 'must not be empty' }])
  })

  test('accepts a quantity as a value or a range', () => {
    for (const quantity of [
      { value: 60, unit: 'prisoners' },
      { low: 50, high: 70, unit: 'percent' },
      { low: 60, high: 60, unit: 'prisoners' },
    ]) {
      expect(ClaimSchema.parse({ ...validClaim(), quantity }).quantity).toEqual(quantity)
    }
  })

  test('refuses a quantity whose low exceeds its high', () => {
    const quantity = { low: 70, high: 50, unit: 'percent' }
    expect(issuesOf(ClaimSchema, { ...validClaim(), quantity })).toEqual([
      { path: ['quantity', 'high'], message: 'low must not exceed high' },
    ])
  })

  test('refuses a quantity without a unit or with half a range', () => {
    expect(issuesOf(ClaimSchema, { ...validClaim(), quantity: { value: 60 } })).toEqual([
      { path: ['quantity', 'unit'], message: 'is required' },
    ])
    expect(
      issuesOf(ClaimSchema, { ...validClaim(), quantity: { low: 50, unit: 'percent' } }),
    ).toEqual([{ path: ['quantity', 'high'], message: 'is required' }])
    expect(
      issuesOf(ClaimSchema, { ...validClaim(), quantity: { value: '60', unit: 'prisoners' } }),
    ).toEqual([{ path: ['quantity', 'value'], message: 'must be a number (got string)' }])
  })

  test('refuses a relation with an unknown predicate', () => {
    const relation = { subject: 'russia', predicate: 'friend-of', object: 'armenia' }
    expect(issuesOf(ClaimSchema, { ...validClaim(), relation })).toEqual([
      {
        path: ['relation', 'predicate'],
        message: expect.stringMatching(
          /^must be one of: ally-of, enemy-of, member-of, .*\(got "friend-of"\)$/,
        ),
      },
    ])
  })

  test('refuses a relation without an object', () => {
    expect(
      issuesOf(ClaimSchema, {
        ...validClaim(),
        relation: { subject: 'russia', predicate: 'ally-of' },
      }),
    ).toEqual([{ path: ['relation', 'object'], message: 'is required' }])
  })

  test('refuses ids that are not kebab-case in claimant, about, disputes and topics', () => {
    const claim = {
      ...validClaim(),
      claimant: 'Nick Reynolds',
      about: { actors: ['Armenia'], events: [], places: [] },
      disputes: ['claim_2'],
      topics: ['Landmines'],
    }
    expect(issuesOf(ClaimSchema, claim)).toEqual([
      { path: ['claimant'], message: KEBAB },
      { path: ['about', 'actors', 0], message: KEBAB },
      { path: ['disputes', 0], message: KEBAB },
      { path: ['topics', 0], message: KEBAB },
    ])
  })

  test('refuses unknown fields, in the claim and in about', () => {
    expect(issuesOf(ClaimSchema, { ...validClaim(), confidence: 0.7 })).toEqual([
      {
        path: [],
        message: 'has unknown field confidence (check the spelling against the data model)',
      },
    ])
    expect(issuesOf(ClaimSchema, { ...validClaim(), about: { people: ['armenia'] } })).toEqual([
      {
        path: ['about'],
        message: 'has unknown field people (check the spelling against the data model)',
      },
    ])
  })

  test('refuses a quote whose offsets do not span its words', () => {
    const quote = { ...quoteOf('likely to'), end: quoteOf('likely to').end - 1 }
    expect(issuesOf(ClaimSchema, { ...validClaim(), quote })).toEqual([
      {
        path: ['quote', 'end'],
        message: 'end - start must equal the length of exact (UTF-16 code units)',
      },
    ])
  })

  test('refuses an authored quote (a string) in the shipped form', () => {
    expect(ClaimSchema.safeParse(validInput()).success).toBe(false)
  })
})

describe('ClaimInputSchema', () => {
  test('accepts the quote as exact words', () => {
    expect(ClaimInputSchema.parse(validInput())).toEqual(validInput())
  })

  test('accepts the quote as an object with prefix', () => {
    const input = {
      ...validInput(),
      quote: { exact: 'The border is likely to remain unstable.', prefix: 'saboteurs. ' },
    }
    expect(ClaimInputSchema.parse(input)).toEqual(input)
  })

  test('checks the cue against the authored quote, in both forms', () => {
    const likelihood = { term: 'unlikely', cue: 'a dim prospect' }
    expect(issuesOf(ClaimInputSchema, { ...validInput(), likelihood })).toEqual([
      { path: ['likelihood', 'cue'], message: CUE },
    ])
    expect(issuesOf(ClaimInputSchema, { ...validInput(), quote: { exact: 'unstable' } })).toEqual([
      { path: ['likelihood', 'cue'], message: CUE },
    ])
    expect(
      ClaimInputSchema.safeParse({
        ...validInput(),
        likelihood,
        quote: { exact: 'to clear, a dim prospect' },
      }).success,
    ).toBe(true)
  })
})

describe('LikelihoodSchema, QuantitySchema, RelationSchema', () => {
  test('accept valid values', () => {
    expect(LikelihoodSchema.parse({ term: 'remote', cue: 'a dim prospect' })).toEqual({
      term: 'remote',
      cue: 'a dim prospect',
    })
    expect(QuantitySchema.parse({ value: 0, unit: 'mines' })).toEqual({ value: 0, unit: 'mines' })
    expect(
      RelationSchema.parse({
        subject: 'turkey',
        predicate: 'military-supporter-of',
        object: 'azerbaijan',
      }),
    ).toEqual({
      subject: 'turkey',
      predicate: 'military-supporter-of',
      object: 'azerbaijan',
    })
  })

  test('refuse a quantity with both a value and a range', () => {
    expect(QuantitySchema.safeParse({ value: 5, low: 1, high: 9, unit: 'mines' }).success).toBe(
      false,
    )
  })
})

describe('likelihood cues match whole words', () => {
  test.each([
    [
      'refuses the cue "likely" in a quote that only says "unlikely"',
      'International actors are unlikely to bridge this divide.',
      { term: 'likely', cue: 'likely' },
      false,
    ],
    [
      'accepts a cue that stands as words in the quote, whatever its case',
      'Unlikely to bridge this divide.',
      { term: 'unlikely', cue: 'unlikely to' },
      true,
    ],
  ])('%s', async (_, quote, likelihood, valid) => {
    const { ClaimInputSchema } = await import('./claim.js')
    const claim = {
      id: 'c',
      statement: 'A forecast.',
      quote,
      kind: 'forecast',
      claimant: 'nick-reynolds',
    }
    const result = ClaimInputSchema.safeParse({ ...claim, likelihood })
    expect(result.success).toBe(valid)
    if (!valid) expect(result.error?.issues[0]?.path).toEqual(['likelihood', 'cue'])
  })
})
