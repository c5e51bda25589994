import { type Dataset, validateDataset } from '@karabakh-aftermath/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createQuery } from './create-query.js'
import { InvalidArgumentError, InvalidDatasetError } from './errors.js'
import { datasetArb } from './testing/arbitraries.js'
import { fixture } from './testing/fixture.js'

describe('createQuery', () => {
  // Events open at both ends have no date in the schema's EDTF subset: left out of validation.
  const dated = <D extends Dataset>(d: D): D => {
    const open = (e: Dataset['events'][number]) =>
      e.bounds.earliest === null && e.bounds.latest === null
    const gone = new Set(d.events.filter(open).map((e) => e.id))
    return {
      ...d,
      events: d.events.filter((e) => !open(e)),
      claims: d.claims.map((c) => ({
        ...c,
        about: { ...c.about, events: c.about.events.filter((e) => !gone.has(e)) },
      })),
    }
  }

  it('accepts any dataset the schema validates, such as the test fixture and generated ones', () => {
    const result = validateDataset(dated(fixture))
    expect(result.problems).toEqual([])
    if (result.ok)
      expect(createQuery(result.dataset).timeline()).toHaveLength(fixture.events.length - 1)
    fc.assert(
      fc.property(datasetArb, (d) => {
        expect(validateDataset(dated(d)).problems).toEqual([])
      }),
      { numRuns: 25 },
    )
  })

  it('refuses what is not a dataset, naming what is missing', () => {
    expect(() => createQuery(null as never)).toThrow(InvalidArgumentError)
    expect(() => createQuery({ ...fixture, claims: undefined } as never)).toThrow(
      InvalidDatasetError,
    )
    expect(() => createQuery({ ...fixture, claims: undefined } as never)).toThrow(
      'createQuery: claims must be an array of records',
    )
  })

  it('builds each index lazily, once, and reuses it', () => {
    let reads = 0
    const events = fixture.events.map((e) => {
      const copy = { ...e }
      Object.defineProperty(copy, 'bounds', {
        get: () => {
          reads++
          return e.bounds
        },
      })
      return copy
    })
    const q = createQuery({ ...fixture, events })
    expect(reads).toBe(0)
    q.getEvent('day')
    q.claims()
    expect(reads).toBe(0)
    q.timeline({ range: '2018' })
    expect(reads).toBe(events.length)
    q.timeline({ range: '2020', actors: 'b' })
    q.countByKind('events', { range: '2019' })
    expect(reads).toBe(events.length)
  })

  it('shares indexes between queries over the same dataset object', () => {
    let reads = 0
    const events = fixture.events.map((e) => {
      const copy = { ...e }
      Object.defineProperty(copy, 'bounds', {
        get: () => {
          reads++
          return e.bounds
        },
      })
      return copy
    })
    const dataset = { ...fixture, events }
    createQuery(dataset).prepare('timeline')
    expect(reads).toBe(events.length)
    createQuery(dataset).timeline()
    expect(reads).toBe(events.length)
  })

  it('prepares every index, or the named ones, and refuses an unknown part', () => {
    const q = createQuery(fixture)
    expect(() => q.prepare()).not.toThrow()
    expect(() => q.prepare('search', 'timeline')).not.toThrow()
    expect(() => q.prepare('everything' as never)).toThrow(
      'prepare: parts must be any of: lookup, timeline',
    )
  })

  it('gives plain functions that work destructured', () => {
    const { timeline, search, getPlace } = createQuery(fixture)
    expect(timeline({ places: 'agdam' }).map((e) => e.id)).toEqual(['year-2018'])
    expect(search('agdam')[0]?.id).toBe('agdam')
    expect(getPlace('zone')?.geometry).toBeUndefined()
  })
})
