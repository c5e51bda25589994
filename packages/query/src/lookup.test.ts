import { dataset } from '@karabakh-aftermath/data'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import { createQuery } from './create-query.js'
import { InvalidArgumentError, NotFoundError, QueryError } from './errors.js'
import { byId, createLookup } from './lookup.js'
import { getActor, getActorOrThrow, q } from './shipped.js'
import { datasetArb } from './testing/arbitraries.js'

describe('lookups on the shipped data', () => {
  it('finds every record of every collection by id, as the same object', () => {
    for (const a of dataset.actors) expect(q.getActor(a.id)).toBe(a)
    for (const e of dataset.events) expect(q.getEventOrThrow(e.id)).toBe(e)
    for (const c of dataset.claims) expect(q.getClaim(c.id)).toBe(c)
    for (const p of dataset.places) expect(q.getPlaceOrThrow(p.id)).toBe(p)
    for (const t of dataset.topics) expect(q.getTopic(t.id)).toBe(t)
    for (const s of dataset.sources) expect(q.getSourceOrThrow(s.id)).toBe(s)
  })

  it('answers what a reader looks up', () => {
    expect(getActor('nikol-pashinyan')?.name).toBe('Nikol Pashinyan')
    expect(q.getEvent('war-2020')?.bounds).toEqual({ earliest: '2020-09-27', latest: '2020-11-10' })
    expect(q.getPlace('agdam')?.name).toBe('Ağdam')
    expect(q.get('places', 'nagorno-karabakh')?.contested).toBe(true)
    // One id, two collections: Armenia the state and Armenia the country.
    expect(q.get('actors', 'armenia')?.kind).toBe('state')
    expect(q.get('places', 'armenia')?.kind).toBe('country')
  })

  it('returns undefined for an unknown id (a string that is not a shipped id)', () => {
    expect(q.getActor('rusia' as never)).toBeUndefined()
    expect(q.get('claims', 'no-such-claim' as never)).toBeUndefined()
    expect(q.has('actors', 'rusia')).toBe(false)
    expect(q.has('actors', 'russia')).toBe(true)
  })

  it('throws a NotFoundError with close ids from the OrThrow twin', () => {
    let error: unknown
    try {
      getActorOrThrow('rusia' as never)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(NotFoundError)
    expect(error).toBeInstanceOf(QueryError)
    expect(error).toMatchObject({
      name: 'NotFoundError',
      code: 'NOT_FOUND',
      helper: 'getActorOrThrow',
      argument: 'id',
      collection: 'actors',
      id: 'rusia',
      suggestions: ['rusi', 'russia'],
      message:
        'getActorOrThrow: id has no record in actors: "rusia" (did you mean "rusi" or "russia"?)',
    })
    expect(() => q.getOrThrow('topics', 'landmine' as never)).toThrow('(did you mean "landmines"?)')
    expect(() => q.getClaimOrThrow('zzz' as never)).toThrow(
      /^getClaimOrThrow: id has no record in claims: "zzz"$/,
    )
  })
})

describe('lookups refuse bad arguments', () => {
  const f = createQuery(fixture)
  it('refuses an id that is not a string', () => {
    expect(() => f.getActor(42 as never)).toThrow(InvalidArgumentError)
    expect(() => f.getActor(42 as never)).toThrow('getActor: id must be an id (a string) (got 42)')
    expect(() => f.getPlaceOrThrow(undefined as never)).toThrow(
      'getPlaceOrThrow: id must be an id (a string) (got undefined)',
    )
  })
  it('refuses an unknown collection', () => {
    expect(() => f.get('people' as never, 'a' as never)).toThrow(
      'get: collection must be one of: sources, actors, places, topics, events, claims (got "people")',
    )
    expect(() => f.has('people' as never, 'a')).toThrow(InvalidArgumentError)
  })
})

describe('lookups, property', () => {
  it('find exactly what Array.find finds, and nothing for other strings', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 20 }),
        (d, strangers) => {
          const query = createQuery(d)
          for (const collection of [
            'sources',
            'actors',
            'places',
            'topics',
            'events',
            'claims',
          ] as const) {
            const records = d[collection] as readonly { id: string }[]
            for (const r of records)
              expect(query.get(collection, r.id)).toBe(records.find((x) => x.id === r.id))
            for (const s of strangers) {
              expect(query.get(collection, s)).toBe(records.find((x) => x.id === s))
              expect(query.has(collection, s)).toBe(records.some((x) => x.id === s))
            }
          }
        },
      ),
      { numRuns: 100 },
    )
  })
})

describe('byId and createLookup', () => {
  it('map ids to records, built once per array, the first record winning a repeated id', () => {
    const map = byId(fixture.actors)
    expect(map.get('turkey')?.name).toBe('Turkey')
    expect(byId(fixture.actors)).toBe(map)
    expect([...map.keys()]).toEqual(fixture.actors.map((a) => a.id))
    const twice = [
      ...fixture.topics,
      { ...fixture.topics[0], name: 'again' },
    ] as typeof fixture.topics
    expect(byId(twice).get(fixture.topics[0]?.id as string)?.name).toBe(fixture.topics[0]?.name)
    const lookup = createLookup({ places: fixture.places })
    expect(lookup.places.get('agdam')?.name).toBe('Ağdam')
    expect(lookup.actors.size).toBe(0)
    expect(createLookup(fixture).claims).toBe(byId(fixture.claims))
  })
})
