import { dataset } from '@karabakh-aftermath/data'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createQuery } from './create-query.js'
import { InvalidArgumentError, NotFoundError } from './errors.js'
import { q } from './shipped.js'
import { datasetArb } from './testing/arbitraries.js'
import { fixture } from './testing/fixture.js'
import { mentionsRef } from './testing/reference.js'

describe('mentions on the shipped data', () => {
  it('finds Ağdam in the fourth body paragraph, with the offsets to highlight', () => {
    const mentions = q.mentions('places', 'agdam')
    expect(mentions.length).toBeGreaterThanOrEqual(2)
    for (const m of mentions) {
      expect(m.part?.anchor).toBe('body-4')
      expect(m.text.slice(m.highlight.start, m.highlight.end)).toBe(m.quote.exact)
    }
    const own = mentions.find((m) => m.via.includes('mention'))
    expect(own?.quote.exact).toBe('Ağdam')
    const claim = mentions.find((m) => m.via.includes('about'))
    expect(claim?.claims).toEqual(['destruction-and-idps-sticking-point'])
    expect(claim?.quote.exact).toMatch(/^The destruction of historical towns such as Ağdam/)
  })

  it('gives every quote of a record in source order, each inside its paragraph', () => {
    const source = dataset.sources[0]
    for (const [collection, id] of [
      ['actors', 'russia'],
      ['events', 'war-2020'],
      ['topics', 'landmines'],
      ['claims', 'border-likely-unstable'],
    ] as const) {
      const mentions = q.mentions(collection, id as never)
      expect(mentions.length).toBeGreaterThan(0)
      const starts = mentions.map((m) => m.quote.start)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
      for (const m of mentions) {
        expect(source?.text.slice(m.quote.start, m.quote.end)).toBe(m.quote.exact)
        expect(m.part).toBeDefined()
        expect(m.text).toBe(source?.text.slice(m.part?.start, m.part?.end))
        expect(m.text.slice(m.highlight.start, m.highlight.end)).toBe(m.quote.exact)
      }
    }
  })

  it('shows who makes a claim and what a claim is about', () => {
    const armenia = q.mentions('actors', 'armenia', { via: 'claimant' })
    expect(armenia.flatMap((m) => m.claims)).toEqual([
      'armenia-denies-war-crimes-claims',
      'armenia-claims-missing',
    ])
    expect(q.mentions('claims', 'border-likely-unstable')).toMatchObject([
      { via: ['quote'], claims: ['border-likely-unstable'], part: { anchor: 'body-5' } },
    ])
  })

  it('takes an id alone when only one collection has it, and refuses an ambiguous one', () => {
    expect(q.mentions('war-2020')).toEqual(q.mentions('events', 'war-2020'))
    expect(() => q.mentions('armenia')).toThrow(InvalidArgumentError)
    expect(() => q.mentions('armenia')).toThrow(/names records in actors and places/)
  })

  it('matches the naive reference for every shipped record', () => {
    for (const collection of ['actors', 'events', 'places', 'claims', 'topics'] as const)
      for (const r of dataset[collection])
        expect(q.mentions(collection, r.id as never)).toEqual(
          mentionsRef(dataset, collection, r.id),
        )
  })
})

describe('mentions on the fixture', () => {
  const f = createQuery(fixture)
  it('merges a quote reached several ways and keeps the reasons in order', () => {
    const a = f.mentions('actors', 'a')
    // c4 (b enemy-of a) shares c1's quote, so one quote carries both reasons and all its claims.
    expect(a.map((m) => [m.quote.exact, m.via, m.claims])).toEqual([
      ['Ağdam were shelled', ['about', 'relation'], ['c1', 'c4', 'c5', 'c6', 'c7']],
      ['Baku said so.', ['claimant'], ['c2']],
    ])
    expect(f.mentions('actors', 'a', { via: 'claimant' }).map((m) => m.quote.exact)).toEqual([
      'Baku said so.',
    ])
  })
  it('locates the quote in its paragraph', () => {
    const [m] = f.mentions('places', 'shusha')
    expect(m).toMatchObject({
      part: { anchor: 'body-1' },
      text: 'Şuşa and Ağdam were shelled. Baku said so.',
      highlight: { start: 0, end: 4 },
    })
  })
  it('refuses bad arguments', () => {
    expect(() => f.mentions('sources', 'src' as never)).toThrow(
      'mentions: collection must be one of: actors, events, places, claims, topics (got "sources")',
    )
    expect(() => f.mentions('places', 'nowhere')).toThrow(NotFoundError)
    expect(() => f.mentions('nowhere')).toThrow(
      'mentions: id has no record in actors, events, places, claims, topics: "nowhere"',
    )
    expect(() => f.mentions('places', 'agdam', { via: 'said' } as never)).toThrow(
      InvalidArgumentError,
    )
  })
})

describe('mentions against the naive reference', () => {
  it('returns the same quotes, paragraphs, offsets and reasons', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const query = createQuery(d)
        for (const collection of ['actors', 'events', 'places', 'claims', 'topics'] as const)
          for (const r of d[collection])
            expect(query.mentions(collection, r.id)).toEqual(mentionsRef(d, collection, r.id))
      }),
      { numRuns: 150 },
    )
  })
})
