import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import { COLLECTION_SCHEMAS, DatasetSchema, validateDataset } from './dataset.js'
import { formatProblem, issuesOf, type Problem } from './problem.js'
import {
  ACTOR_KINDS,
  CLAIM_KINDS,
  COLLECTIONS,
  type CollectionName,
  PLACE_KINDS,
  SOURCE_KINDS,
} from './vocabulary.js'

type Place = Pick<Problem, 'collection' | 'id' | 'path' | 'message'>
/** The problems of a dataset, where and why (their code, index and other are tested apart). */
const problemsOf = (value: unknown): Place[] =>
  validateDataset(value).problems.map(({ collection, id, path, message }) => ({
    collection,
    id,
    path,
    message,
  }))

type Rec = Record<string, unknown>
/** A fresh valid dataset, loosely typed so a test can break anything in it. */
/** The shared fixture, its war without bounds (validateDataset computes them): a fresh copy. */
const validDataset = () => {
  const d = structuredClone(fixture)
  const war = d.events.find((e) => e.id === 'war-2020') as Rec
  delete war.bounds
  return d
}
const data = () => validDataset() as unknown as Record<string, Rec[]>
const SOURCE_TEXT = fixture.sources[0]?.text ?? ''
const quoteOf = (exact: string) => {
  const start = SOURCE_TEXT.indexOf(exact)
  return { source: 'rusi-2021-aftermath', exact, start, end: start + exact.length }
}
/** The record of `collection` with `id` in `d`. */
const rec = (d: Record<string, Rec[]>, collection: string, id: string): Rec => {
  const found = d[collection]?.find((r) => r.id === id)
  if (!found) throw new Error(`no ${collection}/${id} in the fixture`)
  return found
}
const missing = (target: string, id: string) => `refers to ${target}/${id}, which does not exist`

const META = {
  name: '@karabakh-aftermath/data',
  version: '0.1.0',
  sources: [{ id: 'rusi-2021-aftermath', title: 'T', textSha256: 'ab' }],
  counts: { sources: 1, actors: 5, places: 4, topics: 2, events: 2, claims: 5 },
  coverage: { units: 1, covered: 1 },
}

describe('validateDataset: a valid dataset', () => {
  test('passes, with no problems', () => {
    const result = validateDataset(validDataset())
    expect(result.problems).toEqual([])
    expect(result.ok).toBe(true)
  })

  test('returns every record, parsed', () => {
    const result = validateDataset(validDataset())
    if (!result.ok) throw new Error('expected a valid dataset')
    for (const collection of COLLECTIONS) {
      expect(result.dataset[collection].map((r) => r.id)).toEqual(
        validDataset()[collection].map((r) => r.id),
      )
    }
    expect(result.dataset.sources[0]?.text).toBe(SOURCE_TEXT)
  })

  test('computes the bounds of events that have none, and keeps given bounds', () => {
    const result = validateDataset(validDataset())
    if (!result.ok) throw new Error('expected a valid dataset')
    const bounds = (id: string) => result.dataset.events.find((e) => e.id === id)?.bounds
    expect(bounds('war-2020')).toEqual({ earliest: '2020-09-27', latest: '2020-11-10' })
    const given = fixture.events.find((e) => e.id === 'russian-peacekeeping-deployment')?.bounds
    expect(bounds('russian-peacekeeping-deployment')).toEqual(given)
  })

  test.each([
    ['2018', { earliest: '2018-01-01', latest: '2018-12-31' }],
    ['2020-11/..', { earliest: '2020-11-01', latest: null }],
    ['2021-07~', { earliest: '2021-07-01', latest: '2021-07-31' }],
    ['../2020', { earliest: null, latest: '2020-12-31' }],
  ])('computes the bounds of %j', (date, bounds) => {
    const d = data()
    rec(d, 'events', 'war-2020').date = date
    const result = validateDataset(d)
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'))
    expect(result.dataset.events.find((e) => e.id === 'war-2020')?.bounds).toEqual(bounds)
  })

  test('does not change its input', () => {
    const d = validDataset()
    validateDataset(d)
    expect(d).toEqual(validDataset())
    expect(d.events.find((e) => e.id === 'war-2020')).not.toHaveProperty('bounds')
  })

  test('fills the defaults of records', () => {
    const d = data()
    const claim = rec(d, 'claims', 'russia-traditional-ally-of-armenia')
    delete claim.disputes
    delete claim.about
    const result = validateDataset(d)
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'))
    const parsed = result.dataset.claims.find((c) => c.id === 'russia-traditional-ally-of-armenia')
    expect(parsed?.disputes).toEqual([])
    expect(parsed?.about).toEqual({ actors: [], events: [], places: [] })
  })

  test('allows $schema and meta beside the collections', () => {
    expect(problemsOf({ ...validDataset(), $schema: './dataset.json', meta: META })).toEqual([])
    expect(problemsOf({ ...validDataset(), meta: { ...META, counts: 3 } })).toEqual([
      expect.objectContaining({ path: ['meta', 'counts'] }),
    ])
  })

  test('accepts an empty dataset', () => {
    const empty = { sources: [], actors: [], places: [], topics: [], events: [], claims: [] }
    expect(validateDataset(empty)).toEqual({ ok: true, dataset: empty, problems: [] })
  })
})

describe('validateDataset: the dataset as a whole', () => {
  test.each([null, undefined, 42, 'dataset', [], [validDataset()]])(
    'refuses %j: not an object',
    (input) => {
      expect(validateDataset(input)).toEqual({
        ok: false,
        problems: [
          {
            code: 'invalid',
            collection: 'sources',
            id: '#dataset',
            path: [],
            message: 'the dataset must be an object with one list per collection',
          },
        ],
      })
    },
  )

  test('reports a missing collection and one that is not a list', () => {
    const { topics: _topics, ...d } = { ...validDataset(), places: 'baku' }
    const problems = problemsOf(d)
    expect(problems).toContainEqual({
      collection: 'places',
      id: '#collection',
      path: [],
      message: 'the dataset needs a list of places (got string)',
    })
    expect(problems).toContainEqual({
      collection: 'topics',
      id: '#collection',
      path: [],
      message: 'the dataset needs a list of topics (got nothing)',
    })
  })

  test('reports an unknown top-level key', () => {
    expect(problemsOf({ ...validDataset(), people: [] })).toEqual([
      {
        collection: 'sources',
        id: '#dataset',
        path: ['people'],
        message:
          'is not a collection of the dataset (expected sources, actors, places, topics, events, claims)',
      },
    ])
  })
})

describe('validateDataset: record shapes', () => {
  test('reports each problem with collection, id, path and message', () => {
    const d = data()
    const likelihood = rec(d, 'claims', 'border-likely-unstable').likelihood as Rec
    likelihood.term = 'probable'
    expect(problemsOf(d)).toEqual([
      {
        collection: 'claims',
        id: 'border-likely-unstable',
        path: ['likelihood', 'term'],
        message:
          'must be one of: remote, highly-unlikely, unlikely, realistic-possibility, likely, highly-likely, almost-certain (got "probable")',
      },
    ])
  })

  test('reports a source whose text no longer matches its hash or its parts', () => {
    const d = data()
    const source = (d.sources as Rec[])[0] as Rec
    source.text = (source.text as string).slice(0, 40)
    expect(problemsOf(d).map(formatProblem)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^sources\/rusi-2021-aftermath textSha256: does not match the text, whose SHA-256 is [0-9a-f]{64}: /,
        ),
        expect.stringMatching(
          /^sources\/rusi-2021-aftermath parts\[\d+\]\.end: is past the end of the text, which is 40 UTF-16 code units long$/,
        ),
      ]),
    )
  })

  test('formats a problem as collection/id field: message', () => {
    const d = data()
    ;(rec(d, 'claims', 'border-likely-unstable').likelihood as Rec).term = 'probable'
    expect(problemsOf(d).map(formatProblem)).toEqual([
      'claims/border-likely-unstable likelihood.term: must be one of: remote, highly-unlikely, unlikely, realistic-possibility, likely, highly-likely, almost-certain (got "probable")',
    ])
  })

  test('reports problems in several records and collections, in collection order', () => {
    const d = data()
    delete rec(d, 'claims', 'russia-traditional-ally-of-armenia').statement
    rec(d, 'actors', 'russia').kind = 'empire'
    rec(d, 'places', 'agdam').foo = 1
    expect(problemsOf(d).map(formatProblem)).toEqual([
      'actors/russia kind: must be one of: state, government, person, organization, intergovernmental-organization, armed-force, political-party, population-group, collective (got "empire")',
      'places/agdam: has unknown field foo (check the spelling against the data model)',
      'claims/russia-traditional-ally-of-armenia statement: is required',
    ])
  })

  test('names a record without a usable id by its index', () => {
    const d = data()
    d.topics?.push({ name: 'Mediation', description: 'Talks.' })
    d.topics?.push('mediation' as unknown as Rec)
    const n = fixture.topics.length
    expect(problemsOf(d)).toEqual([
      { collection: 'topics', id: `#${n}`, path: ['id'], message: 'is required' },
      {
        collection: 'topics',
        id: `#${n + 1}`,
        path: [],
        message: 'must be an object (got string)',
      },
    ])
  })

  test('reports an invalid event date once, not also its missing bounds', () => {
    const d = data()
    rec(d, 'events', 'war-2020').date = 'Autumn 2020'
    expect(problemsOf(d).map(formatProblem)).toEqual([
      'events/war-2020 date: must be an EDTF date: YYYY, YYYY-MM or YYYY-MM-DD (optionally with ~, ? or %), or an interval A/B where an end may be .. (open) or empty (unknown)',
    ])
    delete rec(d, 'events', 'war-2020').date
    expect(problemsOf(d).map(formatProblem)).toEqual(['events/war-2020 date: is required'])
  })

  test('reports the rules of each collection through the dataset', () => {
    const d = data()
    delete rec(d, 'places', 'agdam').precision
    rec(d, 'events', 'war-2020').citations = []
    rec(d, 'events', 'minsk-group-mediation').mentions = []
    rec(d, 'claims', 'border-likely-unstable').likelihood = { term: 'likely', cue: 'probably' }
    rec(d, 'claims', 'armenia-claims-missing').quantity = { low: 70, high: 60, unit: 'prisoners' }
    expect(problemsOf(d).map(formatProblem)).toEqual([
      'places/agdam precision: a place with a geometry needs a precision (exact, approximate or centroid)',
      'events/minsk-group-mediation mentions: an event based on the source must quote it at least once (mentions)',
      'events/war-2020 citations: a context event must cite at least one public document (citations)',
      'claims/border-likely-unstable likelihood.cue: the likelihood cue must be words that appear in the quote',
      'claims/armenia-claims-missing quantity.high: low must not exceed high',
    ])
  })

  test('a record that fails its shape is not reported again by the references to it', () => {
    const d = data()
    rec(d, 'actors', 'russia').kind = 'empire'
    rec(d, 'events', 'war-2020').kind = 'conflict'
    const problems = problemsOf(d)
    expect(problems.map((p) => `${p.collection}/${p.id} ${p.path.join('.')}`)).toEqual([
      'actors/russia kind',
      'events/war-2020 kind',
    ])
  })
})

describe('validateDataset: ids', () => {
  test.each(COLLECTIONS)('reports a duplicate id in %s', (collection) => {
    const d = data()
    const records = d[collection] as Rec[]
    records.push(structuredClone(records[0] as Rec))
    const id = (records[0] as Rec).id as string
    expect(validateDataset(d).problems).toEqual([
      {
        code: 'duplicate-id',
        collection,
        id,
        index: records.length - 1,
        path: ['id'],
        message: `is also the id of ${collection}[0]: ids must be unique`,
        other: { collection, id, index: 0 },
      },
    ])
  })

  test('gives indexes in the input, also after a record that failed its shape', () => {
    const d = data()
    const actors = d.actors as Rec[]
    const invalid = { ...(actors[0] as Rec), id: 'broken', kind: 'empire' }
    actors.unshift(invalid)
    actors.push(structuredClone(actors[1] as Rec))
    const duplicate = validateDataset(d).problems.find((p) => p.code === 'duplicate-id')
    expect(duplicate).toMatchObject({ index: actors.length - 1, other: { index: 1 } })
    expect(duplicate?.message).toBe('is also the id of actors[1]: ids must be unique')
  })

  test('the same id in two collections is fine', () => {
    const d = data()
    d.topics?.push({ id: 'armenia', name: 'Armenia', description: 'Armenian politics.' })
    expect(problemsOf(d)).toEqual([])
  })
})

describe('validateDataset: references', () => {
  const about = (a: string[], e: string[], p: string[]) => ({ actors: a, events: e, places: p })
  const relation = (subject: string, object: string) => ({ subject, predicate: 'ally-of', object })
  const RUSSIA_ALLY = 'russia-traditional-ally-of-armenia'
  const UNSTABLE = 'border-likely-unstable'
  // What is set on which record, the field path that then refers to nothing, and to what.
  const cases: [string, string, string, Rec, (string | number)[], string, string][] = [
    [
      'a claim’s claimant',
      'claims',
      UNSTABLE,
      { claimant: 'nobody' },
      ['claimant'],
      'actors',
      'nobody',
    ],
    [
      'a claim’s reportedBy',
      'claims',
      'armenia-claims-missing',
      { reportedBy: 'reporter' },
      ['reportedBy'],
      'actors',
      'reporter',
    ],
    [
      'a claim’s about.actors',
      'claims',
      UNSTABLE,
      { about: about(['armenia', 'georgia'], [], []) },
      ['about', 'actors', 1],
      'actors',
      'georgia',
    ],
    [
      'a claim’s about.events',
      'claims',
      UNSTABLE,
      { about: about([], ['war-1992'], []) },
      ['about', 'events', 0],
      'events',
      'war-1992',
    ],
    [
      'a claim’s about.places',
      'claims',
      UNSTABLE,
      { about: about([], [], ['shusha']) },
      ['about', 'places', 0],
      'places',
      'shusha',
    ],
    [
      'a relation’s subject',
      'claims',
      RUSSIA_ALLY,
      { relation: relation('russian-federation', 'armenia') },
      ['relation', 'subject'],
      'actors',
      'russian-federation',
    ],
    [
      'a relation’s object',
      'claims',
      RUSSIA_ALLY,
      { relation: relation('russia', 'csto') },
      ['relation', 'object'],
      'actors',
      'csto',
    ],
    [
      'a claim’s disputes',
      'claims',
      'armenia-claims-missing',
      { disputes: ['azerbaijan-denies'] },
      ['disputes', 0],
      'claims',
      'azerbaijan-denies',
    ],
    [
      'a claim’s supports',
      'claims',
      RUSSIA_ALLY,
      { supports: [UNSTABLE, 'peace-unlikely'] },
      ['supports', 1],
      'claims',
      'peace-unlikely',
    ],
    [
      'a claim’s topics',
      'claims',
      'committed-mediation-dim-prospect',
      { topics: ['demining'] },
      ['topics', 0],
      'topics',
      'demining',
    ],
    [
      'a claim’s replacedBy',
      'claims',
      'committed-mediation-dim-prospect',
      { replacedBy: 'demining-years' },
      ['replacedBy'],
      'claims',
      'demining-years',
    ],
    [
      'an event participant’s actor',
      'events',
      'war-2020',
      {
        participants: [
          { actor: 'armenia', role: 'belligerent' },
          { actor: 'artsakh', role: 'belligerent' },
        ],
      },
      ['participants', 1, 'actor'],
      'actors',
      'artsakh',
    ],
    [
      'an event’s places',
      'events',
      'war-2020',
      { places: ['karabakh'] },
      ['places', 0],
      'places',
      'karabakh',
    ],
    [
      'an event’s topics',
      'events',
      'war-2020',
      { topics: ['war'] },
      ['topics', 0],
      'topics',
      'war',
    ],
    ['a place’s within', 'places', 'baku', { within: 'artsakh' }, ['within'], 'places', 'artsakh'],
    [
      'an actor’s memberOf',
      'actors',
      'armenia',
      { memberOf: ['csto'] },
      ['memberOf', 0],
      'actors',
      'csto',
    ],
    [
      'an actor name’s usedBy',
      'actors',
      'armenia',
      { names: [{ text: 'Ermənistan', lang: 'az', usedBy: ['azerbaijan', 'baku'] }] },
      ['names', 0, 'usedBy', 1],
      'actors',
      'baku',
    ],
    [
      'a place name’s usedBy',
      'places',
      'baku',
      {
        names: [
          { text: 'Stepanakert', lang: 'en' },
          { text: 'Xankəndi', lang: 'az', usedBy: ['azerbaijani-government'] },
        ],
      },
      ['names', 1, 'usedBy', 0],
      'actors',
      'azerbaijani-government',
    ],
    [
      'a source’s authors',
      'sources',
      'rusi-2021-aftermath',
      { authors: ['nick-reynolds', 'jack-watling'] },
      ['authors', 1],
      'actors',
      'jack-watling',
    ],
    [
      'a source’s publisher',
      'sources',
      'rusi-2021-aftermath',
      { publisher: 'royal-united-services-institute' },
      ['publisher'],
      'actors',
      'royal-united-services-institute',
    ],
    [
      'a quote’s source',
      'claims',
      UNSTABLE,
      { quote: { ...quoteOf('is therefore likely to remain unstable.'), source: 'rusi-2020' } },
      ['quote', 'source'],
      'sources',
      'rusi-2020',
    ],
    [
      'a mention’s source',
      'actors',
      'russia',
      { mentions: [{ ...quoteOf('Russia'), source: 'tass' }] },
      ['mentions', 0, 'source'],
      'sources',
      'tass',
    ],
    [
      'an actor’s replacedBy',
      'actors',
      'rusi',
      { replacedBy: 'rusi-london' },
      ['replacedBy'],
      'actors',
      'rusi-london',
    ],
  ]

  test.each(cases)(
    'reports %s that does not resolve',
    (_, collection, id, patch, path, to, target) => {
      const d = data()
      Object.assign(rec(d, collection, id), patch)
      expect(problemsOf(d)).toEqual([{ collection, id, path, message: missing(to, target) }])
      const [found] = validateDataset(d).problems
      expect(found).toMatchObject({
        code: 'missing-reference',
        other: { collection: to, id: target },
      })
    },
  )

  test('references resolve only within their own collection', () => {
    const d = data()
    // `landmines` is a topic, not an actor or a place.
    rec(d, 'claims', 'border-likely-unstable').claimant = 'landmines'
    rec(d, 'events', 'war-2020').places = ['landmines']
    expect(problemsOf(d).map(formatProblem)).toEqual([
      'events/war-2020 places[0]: refers to places/landmines, which does not exist',
      'claims/border-likely-unstable claimant: refers to actors/landmines, which does not exist',
    ])
  })

  test('reports a place within itself', () => {
    const d = data()
    rec(d, 'places', 'baku').within = 'baku'
    expect(problemsOf(d)).toEqual([
      {
        collection: 'places',
        id: 'baku',
        path: ['within'],
        message: 'refers to the record itself (places/baku)',
      },
    ])
  })

  test('reports a claim supporting or disputing itself', () => {
    const d = data()
    rec(d, 'claims', 'russia-traditional-ally-of-armenia').supports = [
      'border-likely-unstable',
      'russia-traditional-ally-of-armenia',
    ]
    rec(d, 'claims', 'armenia-claims-missing').disputes = ['armenia-claims-missing']
    expect(problemsOf(d)).toEqual([
      {
        collection: 'claims',
        id: 'russia-traditional-ally-of-armenia',
        path: ['supports', 1],
        message: 'refers to the record itself (claims/russia-traditional-ally-of-armenia)',
      },
      {
        collection: 'claims',
        id: 'armenia-claims-missing',
        path: ['disputes', 0],
        message: 'refers to the record itself (claims/armenia-claims-missing)',
      },
    ])
  })
})

describe('validateDataset: quotes against the source text', () => {
  test('reports a claim quote whose offsets point elsewhere in the text', () => {
    const d = data()
    const q = quoteOf('its traditional ally')
    rec(d, 'claims', 'russia-traditional-ally-of-armenia').quote = {
      ...q,
      start: q.start + 1,
      end: q.end + 1,
    }
    expect(problemsOf(d)).toEqual([
      {
        collection: 'claims',
        id: 'russia-traditional-ally-of-armenia',
        path: ['quote', 'exact'],
        message: `does not match the source text at ${q.start + 1}–${q.end + 1}`,
      },
    ])
  })

  test('reports words that are not verbatim (straight quote for curly)', () => {
    const d = data()
    const q = quoteOf('the author’s')
    rec(d, 'actors', 'nick-reynolds').mentions = [{ ...q, exact: "the author's" }]
    expect(problemsOf(d).map(formatProblem)).toEqual([
      `actors/nick-reynolds mentions[0].exact: does not match the source text at ${q.start}–${q.end}`,
    ])
  })

  test('checks the mentions of actors, places and events', () => {
    const d = data()
    const shift = (q: Rec) => ({ ...q, start: (q.start as number) + 2, end: (q.end as number) + 2 })
    rec(d, 'actors', 'russia').mentions = [shift(quoteOf('Russia'))]
    rec(d, 'places', 'agdam').mentions = [shift(quoteOf('Ağdam'))]
    rec(d, 'events', 'russian-peacekeeping-deployment').mentions = [
      quoteOf('the deployment of peacekeeping forces'),
      shift(quoteOf('peacekeeping forces')),
    ]
    expect(problemsOf(d).map((p) => `${p.collection}/${p.id} ${p.path.join('.')}`)).toEqual([
      'actors/russia mentions.0.exact',
      'places/agdam mentions.0.exact',
      'events/russian-peacekeeping-deployment mentions.1.exact',
    ])
  })

  test('accepts a quote past a non-breaking space, counted in UTF-16 units', () => {
    const d = data()
    rec(d, 'claims', 'armenia-claims-missing').quote = quoteOf('Armenia claims that many soldiers')
    expect(problemsOf(d)).toEqual([])
  })

  test('reports a quote that runs past the end of the text', () => {
    const d = data()
    const start = SOURCE_TEXT.length - 3
    rec(d, 'actors', 'rusi').mentions = [
      { source: 'rusi-2021-aftermath', exact: 'on.!', start, end: start + 4 },
    ]
    expect(problemsOf(d).map(formatProblem)).toEqual([
      `actors/rusi mentions[0].exact: does not match the source text at ${start}–${start + 4}`,
    ])
  })
})

describe('COLLECTION_SCHEMAS and DatasetSchema', () => {
  test('have one schema per collection, in order, and the dataset its meta', () => {
    expect(Object.keys(COLLECTION_SCHEMAS)).toEqual([...COLLECTIONS])
    expect(Object.keys(DatasetSchema.shape)).toEqual([...COLLECTIONS, 'meta', '$schema'])
  })

  test('DatasetSchema parses a dataset with its bounds', () => {
    const result = validateDataset(validDataset())
    if (!result.ok) throw new Error('expected a valid dataset')
    expect(DatasetSchema.parse(result.dataset)).toEqual(result.dataset)
  })

  test('DatasetSchema refuses events without bounds and unknown keys', () => {
    expect(DatasetSchema.safeParse(validDataset()).success).toBe(false)
    const result = validateDataset(validDataset())
    if (!result.ok) throw new Error('expected a valid dataset')
    expect(DatasetSchema.safeParse({ ...result.dataset, people: [] }).success).toBe(false)
  })
})

describe('event bounds given with the data', () => {
  test('must be the bounds of the date', () => {
    const dataset = structuredClone(validDataset())
    const event = dataset.events[0]
    if (!event) throw new Error('fixture has no event')
    const result = validateDataset({
      ...dataset,
      events: [
        { ...event, bounds: { earliest: '1999-01-01', latest: null } },
        ...dataset.events.slice(1),
      ],
    })
    expect(result.ok).toBe(false)
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        collection: 'events',
        id: event.id,
        path: ['bounds'],
        message: expect.stringMatching(/^do not match the date /),
      }),
    )
  })
})

describe('validateDataset on hostile values: problems, never a throw', () => {
  const deep = (n: number) => {
    let v: unknown = 'x'
    for (let i = 0; i < n; i++) v = [v]
    return v
  }

  test.each([
    [
      'a cycle',
      () => {
        const kind: Rec = {}
        kind.self = kind
        return kind
      },
    ],
    ['a BigInt', () => 10n],
    ['5,000 nested arrays', () => deep(5000)],
  ])('an enum field holding %s', (_, value) => {
    const d = data()
    rec(d, 'claims', 'border-likely-unstable').kind = value()
    const [problem] = validateDataset(d).problems
    expect(problem).toMatchObject({ code: 'invalid', path: ['kind'] })
    expect(problem?.message.length).toBeLessThan(200)
  })

  test('a cyclic dataset and a cyclic record', () => {
    const d: Rec = { ...data() }
    d.meta = d
    const claim = rec(d as Record<string, Rec[]>, 'claims', 'border-likely-unstable')
    claim.about = claim
    const { problems } = validateDataset(d)
    expect(problems.map((p) => p.path[0])).toEqual(expect.arrayContaining(['meta', 'about']))
  })

  test('130,000 duplicate ids', { timeout: 30_000 }, () => {
    const d = data()
    const topic = rec(d, 'topics', 'landmines')
    d.topics = Array.from({ length: 130_000 }, () => topic)
    const problems = validateDataset(d).problems.filter((p) => p.code === 'duplicate-id')
    expect(problems).toHaveLength(129_999)
    expect(problems[0]).toMatchObject({ code: 'duplicate-id', index: 1, other: { index: 0 } })
  })

  test('a getter that throws', () => {
    const d = Object.defineProperty({ ...data() }, 'claims', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    expect(validateDataset(d)).toMatchObject({ ok: false, problems: [{ id: '#dataset' }] })
  })
})

describe('validateDataset on arbitrary values (property)', () => {
  const cyclic = () => {
    const a: unknown[] = []
    a.push(a, { a })
    return a
  }
  let nested: unknown = 'x'
  for (let i = 0; i < 5000; i++) nested = [nested]
  const hostile = fc.oneof(
    fc.anything({
      withBigInt: true,
      withNullPrototype: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
      maxDepth: 4,
    }),
    fc.constantFrom(nested, Array(5_000).fill('x'), '=HYPERLINK("x")', '</title><script>'),
    fc.constant(null).map(cyclic),
    fc.string({ unit: 'binary', maxLength: 300 }),
  )
  const located = (problems: readonly Problem[]) => {
    for (const p of problems) {
      expect(COLLECTIONS).toContain(p.collection)
      expect(typeof p.id).toBe('string')
      expect(Array.isArray(p.path)).toBe(true)
      expect(p.message.length).toBeLessThan(1000)
    }
  }

  test('any value as the whole dataset', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const result = validateDataset(value)
        located(result.problems)
      }),
      { numRuns: 300 },
    )
  }, 60_000)

  test('any value in any field of any record, or as a record, or as a collection', () => {
    const d0 = data()
    const slots = COLLECTIONS.flatMap((c) =>
      (d0[c] ?? []).flatMap((r, i) => [...Object.keys(r), 'extra'].map((f) => [c, i, f] as const)),
    )
    fc.assert(
      fc.property(fc.constantFrom(...slots), hostile, fc.nat(2), ([c, i, field], value, where) => {
        const d = data()
        const records = d[c] as unknown[]
        if (where === 0) (records[i] as Rec)[field] = value
        else if (where === 1) records[i] = value
        else (d as Rec)[c] = value
        located(validateDataset(d).problems)
      }),
      { numRuns: 300 },
    )
  }, 60_000)
})

describe('the record schemas of COLLECTION_SCHEMAS', () => {
  const cases: [CollectionName, string[], string, readonly string[]][] = [
    [
      'sources',
      [
        'id',
        'kind',
        'title',
        'authors',
        'publisher',
        'published',
        'language',
        'rights',
        'text',
        'textSha256',
        'parts',
      ],
      'blog',
      SOURCE_KINDS,
    ],
    ['actors', ['id', 'kind', 'name', 'description'], 'country', ACTOR_KINDS],
    ['places', ['id', 'kind', 'name'], 'village', PLACE_KINDS],
    ['claims', ['id', 'statement', 'kind', 'claimant', 'quote'], 'opinion', CLAIM_KINDS],
  ]
  const requirements = cases.flatMap(([c, fields]) => fields.map((f) => [c, f] as const))

  test.each(requirements)('%s require %s', (collection, field) => {
    const record: Rec = structuredClone(fixture[collection][0] as Rec)
    delete record[field]
    expect(issuesOf(COLLECTION_SCHEMAS[collection].schema, record)).toEqual([
      { path: [field], message: 'is required' },
    ])
  })

  test.each(cases)('%s refuse an unknown kind, listing the kinds', (collection, _, kind, kinds) => {
    const record = { ...(fixture[collection][0] as Rec), kind }
    expect(issuesOf(COLLECTION_SCHEMAS[collection].schema, record)).toEqual([
      { path: ['kind'], message: `must be one of: ${kinds.join(', ')} (got "${kind}")` },
    ])
  })
})
