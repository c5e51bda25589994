import { dataset } from '@karabakh-aftermath/data'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import { createQuery } from './create-query.js'
import { InvalidArgumentError, NotFoundError } from './errors.js'
import { mentions as mentionsIn } from './mentions.js'
import * as q from './shipped.js'
import { partAt, partNumber } from './sources.js'
import { datasetArb } from './testing/arbitraries.js'

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
    expect(() => q.mentions('armenia')).toThrow(/it names actors and places/)
  })
})

describe('mentions on the shared fixture', () => {
  const f = createQuery(fixture)
  it('merges a quote reached several ways and keeps the reasons in order', () => {
    const russia = mentionsIn(fixture, 'actors', 'russia')
    const mediator = russia.find((m) => m.claims.includes('russia-mediator-armenia'))
    expect(mediator?.via).toEqual(['about', 'relation'])
    expect(
      mentionsIn(fixture, 'actors', 'armenia', { via: 'claimant' }).flatMap((m) => m.claims),
    ).toEqual(['armenia-denies-war-crimes-claims', 'armenia-claims-missing'])
  })
  it('locates the quote in its paragraph', () => {
    const [m] = mentionsIn(fixture, 'places', 'agdam')
    expect(m?.part?.anchor).toBe('body-4')
    expect(m?.text.slice(m.highlight.start, m.highlight.end)).toBe('Ağdam')
  })
  it('finds the part of a source at an offset, and its number among its kind', () => {
    const source = fixture.sources[0] as (typeof fixture.sources)[number]
    const quote = f.getClaimOrThrow('border-likely-unstable').quote
    const part = partAt(source, quote.start)
    expect(part?.anchor).toBe('body-5')
    expect(part && partNumber(source, part)).toBe(5)
    expect(partAt(source, source.text.length + 5)).toBeUndefined()
    const title = partAt(source, 0)
    expect(title && [title.kind, partNumber(source, title)]).toEqual(['title', 1])
  })
  it('refuses bad arguments', () => {
    expect(() => mentionsIn(fixture, 'sources' as never, 'rusi-2021-aftermath' as never)).toThrow(
      'mentions: collection must be one of: actors, events, places, claims, topics (got "sources")',
    )
    expect(() => mentionsIn(fixture, 'places', 'nowhere' as never)).toThrow(NotFoundError)
    expect(() => mentionsIn(fixture, 'nowhere' as never)).toThrow(
      'mentions: id has no record in actors, events, places, claims, topics: "nowhere"',
    )
    expect(() => mentionsIn(fixture, 'places', 'agdam', { via: 'said' } as never)).toThrow(
      InvalidArgumentError,
    )
  })
  it('keeps its error short whatever the id: a 1 MB id gives a message of a few dozen characters', () => {
    const huge = 'x'.repeat(1_000_000)
    expect(() => mentionsIn(fixture, huge as never)).toThrow(
      /^mentions: id has no record in .{0,150}$/,
    )
  })
})

describe('mentions, property: every quote highlighted in its paragraph, in order, none missing', () => {
  it('holds on random datasets', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        for (const collection of ['actors', 'events', 'places', 'claims', 'topics'] as const)
          for (const r of d[collection]) {
            const found = mentionsIn(d, collection, r.id)
            const starts = found.map((m) => m.quote.start)
            expect(starts).toEqual([...starts].sort((a, b) => a - b))
            for (const m of found) {
              const marked = m.text.slice(m.highlight.start, m.highlight.end)
              expect(m.quote.exact.startsWith(marked)).toBe(true)
            }
            // Every claim naming the record (independently of how the core finds them) is listed.
            const naming = d.claims.filter((c) =>
              collection === 'claims'
                ? c.id === r.id
                : collection === 'topics'
                  ? c.topics.includes(r.id)
                  : collection === 'actors'
                    ? c.about.actors.includes(r.id) ||
                      c.claimant === r.id ||
                      c.relation?.subject === r.id ||
                      c.relation?.object === r.id
                    : c.about[collection].includes(r.id),
            )
            expect(new Set(found.flatMap((m) => m.claims))).toEqual(
              new Set(naming.map((c) => c.id)),
            )
            const own = 'mentions' in r ? r.mentions : []
            expect(found.length).toBeLessThanOrEqual(own.length + naming.length)
          }
      }),
      { numRuns: 150 },
    )
  })
})
