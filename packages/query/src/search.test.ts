import { COLLECTIONS } from '@karabakh-aftermath/schema/vocabulary'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import { InvalidArgumentError } from './errors.js'
import { type SearchHit, type SearchOptions, search } from './search.js'
import { search as shippedSearch } from './shipped.js'
import { datasetArb, searchTextArb, WORDS } from './testing/arbitraries.js'
import { foldText } from './text.js'
import type { QueryableDataset } from './types.js'

const _plain = <D extends QueryableDataset>(hits: SearchHit<D>[]) =>
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
      const [first] = shippedSearch(text)
      expect(first).toMatchObject({
        collection: 'places',
        id: 'agdam',
        field: 'name',
        text: 'Ağdam',
      })
      expect(first?.highlights).toEqual([{ start: 0, end: 5 }])
    }
    const all = shippedSearch('agdam')
    expect(all.map((h) => h.id)).toEqual(
      expect.arrayContaining(['destruction-and-idps-sticking-point']),
    )
  })

  it('finds names in other languages and aliases, with the field and language that matched', () => {
    expect(shippedSearch('Artsakh')[0]).toMatchObject({
      id: 'nagorno-karabakh',
      field: 'names',
      lang: 'hy-Latn',
    })
    expect(shippedSearch('Нагорный')[0]).toMatchObject({
      id: 'nagorno-karabakh',
      field: 'names',
      lang: 'ru',
    })
    expect(shippedSearch('daglıq qarabag')[0]).toMatchObject({
      id: 'nagorno-karabakh',
      field: 'names',
      lang: 'az',
    })
    expect(shippedSearch('POWs', { collections: 'actors' })[0]).toMatchObject({
      id: 'prisoners-of-war',
      field: 'aliases',
    })
    expect(shippedSearch('azerbaycan', { collections: 'actors' })[0]).toMatchObject({
      id: 'azerbaijan',
      field: 'names',
      lang: 'az',
    })
  })

  it('finds statements and the exact words of the source, ranked below names', () => {
    const hits = shippedSearch('land mines')
    expect(hits[0]).toMatchObject({ collection: 'events', id: 'mine-laying', field: 'title' })
    expect(hits.find((h) => h.id === 'armenians-laid-mines')).toMatchObject({
      collection: 'claims',
    })
    const pashinyan = shippedSearch('pashinyan')
    expect(pashinyan[0]).toMatchObject({ collection: 'actors', id: 'nikol-pashinyan' })
    expect(pashinyan.slice(1).every((h) => h.score <= (pashinyan[0]?.score ?? 0))).toBe(true)
    expect(pashinyan.some((h) => h.collection === 'claims')).toBe(true)
    const quote = shippedSearch('dim prospect', { fields: 'quote' })
    expect(quote[0]).toMatchObject({ id: 'committed-mediation-dim-prospect', field: 'quote' })
    expect(quote[0]?.highlights.map((r) => quote[0]?.text.slice(r.start, r.end))).toEqual([
      'dim',
      'prospect',
    ])
  })

  it('narrows the record type by collection', () => {
    const hit = shippedSearch('baku')[0]
    if (hit?.collection !== 'places') throw new Error('expected the place first')
    expect(hit.record.geometry?.type).toBe('Point')
  })

  it('limits, and returns nothing for no words', () => {
    expect(shippedSearch('the', { limit: 3 })).toHaveLength(3)
    expect(shippedSearch('the', { limit: Number.POSITIVE_INFINITY }).length).toBeGreaterThan(20)
    expect(shippedSearch('')).toEqual([])
    expect(shippedSearch('  ...  ')).toEqual([])
    expect(shippedSearch('zzzzqx')).toEqual([])
  })
})

describe('search on the shared fixture', () => {
  const f = { search: (text: string, options?: SearchOptions) => search(fixture, text, options) }
  it('finds both romanisations of ə and ğ, diacritics or not', () => {
    for (const text of ['agdam', 'aghdam', 'Ağdam', 'AGDAM'])
      expect(f.search(text)[0]).toMatchObject({ collection: 'places', id: 'agdam', field: 'name' })
    expect(f.search('azarbaycan')[0]).toMatchObject({
      collection: 'actors',
      id: 'azerbaijan',
      field: 'names',
      lang: 'az',
    })
    expect(f.search('azerbaycan')[0]).toMatchObject({ id: 'azerbaijan', field: 'names' })
  })
  it('highlights the words that matched', () => {
    const [hit] = f.search('likely unstable', { collections: 'claims', fields: 'quote' })
    expect(hit?.id).toBe('border-likely-unstable')
    expect(hit?.highlights.map((h) => hit.text.slice(h.start, h.end))).toEqual([
      'likely',
      'unstable',
    ])
  })
  it('bounds the query: at most 500 characters and 20 words, refused before any work', () => {
    expect(() => f.search('a '.repeat(20_000))).toThrow(
      'search: text must be a string of at most 500 characters',
    )
    expect(() => f.search('a '.repeat(21))).toThrow('search: text must be at most 20 words')
    expect(f.search('a '.repeat(20))).not.toHaveLength(0)
  })
  it('refuses bad arguments', () => {
    expect(() => f.search(42 as never)).toThrow(InvalidArgumentError)
    expect(() => f.search(42 as never)).toThrow(
      'search: text must be a string of at most 500 characters (got 42)',
    )
    expect(() => f.search(null as never)).toThrow(
      'search: text must be a string of at most 500 characters (got null)',
    )
    expect(() => f.search('a', { limit: -1 })).toThrow('search: limit must be a whole number ≥ 0')
    expect(() => f.search('a', { collections: 'people' } as never)).toThrow(
      'search: collections must be one of: sources, actors',
    )
    expect(() => f.search('a', { fields: ['name', 'body'] } as never)).toThrow(
      'search: fields[1] must be one of',
    )
  })
})

describe('search, property: every hit holds every word, ranked, one per record, none missing', () => {
  it('holds on random datasets', () => {
    fc.assert(
      fc.property(datasetArb, searchTextArb, (d, text) => {
        const hits = search(d, text, { limit: Number.POSITIVE_INFINITY })
        const words = foldText(text).split(' ').filter(Boolean)
        // A field matches when each word begins one of its words, in some romanisation.
        const variants = (w: string) => [w, w.replace(/ə/g, 'a'), w.replace(/ğ/g, 'gh')]
        const matches = (field: string) => {
          const own = field
            .split(/[^\p{L}\p{N}\p{M}]+/u)
            .filter(Boolean)
            .flatMap((x) => variants(x.toLowerCase()))
            .map(foldText)
          return words.every((w) => own.some((o) => o.startsWith(w)))
        }
        for (const h of hits) expect(matches(h.text)).toBe(true)
        const scores = hits.map((h) => h.score)
        expect(scores).toEqual([...scores].sort((a, b) => b - a))
        const keys = hits.map((h) => `${h.collection} ${h.id}`)
        expect(new Set(keys).size).toBe(keys.length)
        if (words.length === 0) return
        const fields = (r: Record<string, unknown>) =>
          [r.name, r.title, r.statement, (r.quote as { exact?: string } | undefined)?.exact]
            .concat(
              ((r.names ?? []) as { text: string }[]).map((n) => n.text),
              (r.aliases ?? []) as string[],
            )
            .filter((x): x is string => typeof x === 'string')
        for (const collection of COLLECTIONS)
          for (const r of d[collection] as readonly Record<string, unknown>[])
            if (fields(r).some(matches)) expect(keys).toContain(`${collection} ${r.id}`)
      }),
      { numRuns: 200 },
    )
  })
  it('finds every word of the pool by its folded form', () => {
    const words = {
      ...fixture,
      topics: WORDS.map((w, i) => ({ id: `w${i}`, name: w, description: 'x' })),
    }
    for (const w of WORDS) {
      const hits = search(words, foldText(w), {
        collections: 'topics',
        limit: Number.POSITIVE_INFINITY,
      })
      expect(hits.map((h) => h.text)).toContain(w)
    }
  })
})
