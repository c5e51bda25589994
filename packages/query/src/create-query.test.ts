import { type Dataset, validateDataset } from '@karabakh-aftermath/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import { createQuery } from './create-query.js'
import { InvalidArgumentError, InvalidDatasetError, NotFoundError } from './errors.js'
import { datasetArb } from './testing/arbitraries.js'

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

  it('accepts any dataset the schema validates: the shared fixture (real hashes, exact quotes) and generated ones', () => {
    const result = validateDataset(fixture)
    expect(result.ok ? [] : result.problems).toEqual([])
    if (result.ok)
      expect(createQuery(result.dataset).timeline()).toHaveLength(fixture.events.length)
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

  it('gives plain functions that work destructured', () => {
    const { timeline, getPlace } = createQuery(fixture)
    expect(timeline({ places: 'agdam' as never }).map((e) => e.id)).toEqual([])
    expect(timeline({ places: 'armenia' }).map((e) => e.id)).toEqual([
      'armenia-election-2018',
      'armenia-snap-election-2021',
    ])
    expect(getPlace('armenia-azerbaijan-border')?.geometry).toBeUndefined()
  })

  it('keeps error messages short whatever the id: a 1 MB id gives a message of a few dozen characters', () => {
    const q = createQuery(fixture)
    const huge = 'x'.repeat(1_000_000)
    for (const call of [
      () => q.getActorOrThrow(huge as never),
      () => q.claims({ claimant: huge as never }),
      () => q.getOrThrow('places', huge as never),
    ]) {
      expect(call).toThrow(NotFoundError)
      try {
        call()
      } catch (error) {
        expect((error as Error).message.length).toBeLessThan(200)
        expect((error as NotFoundError).id).toBe(huge)
      }
    }
  })
})
