import { dataset } from '@karabakh-aftermath/data'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createQuery } from './create-query.js'
import { InvalidArgumentError } from './errors.js'
import type { SearchHit } from './search.js'
import { q } from './shipped.js'
import { datasetArb, searchTextArb, WORDS } from './testing/arbitraries.js'
import { fixture } from './testing/fixture.js'
import { searchRef } from './testing/reference.js'
import { foldText } from './text.js'
import type { QueryableDataset } from './types.js'

const plain = <D extends QueryableDataset>(hits: SearchHit<D>[]) =>
  hits.map(({ collection, id, field, text, lang, score }) => ({
    collection,
    id,
    field,
    text,
    lang,
    score,
  }))

describe('foldText', () => {
  it.each([
    ['Ağdam', 'agdam'],
    ['Şuşa', 'susa'],
    ['Xankəndi', 'xankendi'],
    ['Bakı', 'baki'],
    ['İSTANBUL', 'istanbul'],
    ['Azərbaycan', 'azerbaycan'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['Øresund', 'oresund'],
    ['Армения', 'армения'],
    ['Nagorno-Karabakh’s war', 'nagorno karabakh s war'],
    ['  53.9%  ', '53 9'],
  ])('%s → %s', (text, folded) => expect(foldText(text)).toBe(folded))
  it('refuses a non-string', () =>
    expect(() => foldText(3 as never)).toThrow('foldText: text must be a string (got 3)'))
})

describe('search on the shipped data', () => {
  it('finds Ağdam by "agdam", "Ağdam", "AGDAM" and "aghdam", the place first, by its name', () => {
    for (const text of ['agdam', 'Ağdam', 'AGDAM', 'aghdam']) {
      const [first] = q.search(text)
      expect(first).toMatchObject({
        collection: 'places',
        id: 'agdam',
        field: 'name',
        text: 'Ağdam',
      })
      expect(first?.highlights).toEqual([{ start: 0, end: 5 }])
    }
    const all = q.search('agdam')
    expect(all.map((h) => h.id)).toEqual(
      expect.arrayContaining(['destruction-and-idps-sticking-point']),
    )
  })

  it('finds names in other languages and aliases, with the field and language that matched', () => {
    expect(q.search('Artsakh')[0]).toMatchObject({
      id: 'nagorno-karabakh',
      field: 'names',
      lang: 'hy-Latn',
    })
    expect(q.search('Нагорный')[0]).toMatchObject({
      id: 'nagorno-karabakh',
      field: 'names',
      lang: 'ru',
    })
    expect(q.search('daglıq qarabag')[0]).toMatchObject({
      id: 'nagorno-karabakh',
      field: 'names',
      lang: 'az',
    })
    expect(q.search('POWs', { collections: 'actors' })[0]).toMatchObject({
      id: 'prisoners-of-war',
      field: 'aliases',
    })
    expect(q.search('azerbaycan', { collections: 'actors' })[0]).toMatchObject({
      id: 'azerbaijan',
      field: 'names',
      lang: 'az',
    })
  })

  it('finds statements and the exact words of the source, ranked below names', () => {
    const hits = q.search('land mines')
    expect(hits[0]).toMatchObject({ collection: 'events', id: 'mine-laying', field: 'title' })
    expect(hits.find((h) => h.id === 'armenians-laid-mines')).toMatchObject({
      collection: 'claims',
    })
    const pashinyan = q.search('pashinyan')
    expect(pashinyan[0]).toMatchObject({ collection: 'actors', id: 'nikol-pashinyan' })
    expect(pashinyan.slice(1).every((h) => h.score <= (pashinyan[0]?.score ?? 0))).toBe(true)
    expect(pashinyan.some((h) => h.collection === 'claims')).toBe(true)
    const quote = q.search('dim prospect', { fields: 'quote' })
    expect(quote[0]).toMatchObject({ id: 'committed-mediation-dim-prospect', field: 'quote' })
    expect(quote[0]?.highlights.map((r) => quote[0]?.text.slice(r.start, r.end))).toEqual([
      'dim',
      'prospect',
    ])
  })

  it('narrows the record type by collection', () => {
    const hit = q.search('baku')[0]
    if (hit?.collection !== 'places') throw new Error('expected the place first')
    expect(hit.record.geometry?.type).toBe('Point')
  })

  it('limits, and returns nothing for no words', () => {
    expect(q.search('the', { limit: 3 })).toHaveLength(3)
    expect(q.search('the', { limit: Number.POSITIVE_INFINITY }).length).toBeGreaterThan(20)
    expect(q.search('')).toEqual([])
    expect(q.search('  ...  ')).toEqual([])
    expect(q.search('zzzzqx')).toEqual([])
  })

  it('matches the naive reference on the shipped data', () => {
    for (const text of [
      'agdam',
      'russia',
      'rus',
      'armenia azerbaijan',
      'likely to',
      'the',
      'a',
      'minsk group',
      '53',
    ])
      expect(plain(q.search(text, { limit: Number.POSITIVE_INFINITY }))).toEqual(
        searchRef(dataset, text, { limit: Number.POSITIVE_INFINITY }),
      )
  })
})

describe('search on the fixture', () => {
  const f = createQuery(fixture)
  it('indexes both romanisations of ə and ğ', () => {
    expect(f.search('xankandi')[0]).toMatchObject({
      collection: 'claims',
      id: 'c3',
      field: 'quote',
    })
    expect(f.search('xankendi')[0]).toMatchObject({ id: 'c3' })
    expect(f.search('azarbaycan')[0]).toMatchObject({
      collection: 'actors',
      id: 'a',
      field: 'names',
      lang: 'az',
    })
  })
  it('refuses bad arguments', () => {
    expect(() => f.search(42 as never)).toThrow(InvalidArgumentError)
    expect(() => f.search(42 as never)).toThrow('search: text must be a string (got 42)')
    expect(() => f.search(null as never)).toThrow('search: text must be a string (got null)')
    expect(() => f.search('a', { limit: -1 })).toThrow('search: limit must be a whole number ≥ 0')
    expect(() => f.search('a', { collections: 'people' } as never)).toThrow(
      'search: collections must be one of: actors',
    )
    expect(() => f.search('a', { fields: ['name', 'body'] } as never)).toThrow(
      'search: fields[1] must be one of',
    )
  })
})

describe('search against the naive reference', () => {
  it('returns the same hits, fields and scores, in the same order', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.array(
          fc.record({
            text: searchTextArb,
            limit: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
            collections: fc.option(fc.subarray(['actors', 'places', 'events', 'claims'] as const), {
              nil: undefined,
            }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (d, queries) => {
          const query = createQuery(d)
          for (const { text, ...options } of queries)
            expect(plain(query.search(text, options))).toEqual(searchRef(d, text, options))
        },
      ),
      { numRuns: 200 },
    )
  })
  it('finds every word of the pool by its folded form', () => {
    const f = createQuery({
      ...fixture,
      topics: WORDS.map((w, i) => ({ id: `w${i}`, name: w, description: 'x' })),
    })
    for (const w of WORDS) {
      const hits = f.search(foldText(w), { collections: 'topics', limit: Number.POSITIVE_INFINITY })
      expect(hits.map((h) => h.text)).toContain(w)
    }
  })
})
