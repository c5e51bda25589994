import type * as GeoJSON from 'geojson'
import type { Geometry as G } from 'geojson'
import { describe, expectTypeOf, test } from 'vitest'
import { z } from 'zod'
import {
  type Actor,
  type ActorInput,
  type ActorSchema,
  BASES,
  BASIS_LABELS,
  type Citation,
  CLAIM_KINDS,
  type Claim,
  type ClaimInput,
  ClaimSchema,
  type COLLECTIONS,
  type CollectionName,
  type Dataset,
  type DatasetWithIds,
  type EdtfBounds,
  type Event,
  type EventInput,
  type Geometry,
  IdSchema,
  type IdTypes,
  type LIKELIHOOD_TERMS,
  type Likelihood,
  type Name,
  type Place,
  type PlaceFeatureProperties,
  type PlaceGeometry,
  type PlaceInput,
  type Problem,
  type ProblemCode,
  placeFeature,
  type Quantity,
  type Quote,
  type QuoteInput,
  type RELATION_PREDICATES,
  type RecordWithIds,
  type Relation,
  ref,
  type Source,
  type Topic,
  type TopicInput,
  type ValidationResult,
  validateDataset,
  type WithIds,
} from './index.js'

describe('vocabulary types', () => {
  test("Claim['kind'] is the union of CLAIM_KINDS", () => {
    expectTypeOf<Claim['kind']>().toEqualTypeOf<(typeof CLAIM_KINDS)[number]>()
    expectTypeOf<Claim['kind']>().toEqualTypeOf<
      'fact' | 'assessment' | 'forecast' | 'recommendation' | 'position' | 'allegation'
    >()
  })

  test("Likelihood['term'] is the union of LIKELIHOOD_TERMS", () => {
    expectTypeOf<Likelihood['term']>().toEqualTypeOf<(typeof LIKELIHOOD_TERMS)[number]>()
    expectTypeOf<Likelihood['term']>().toEqualTypeOf<
      | 'remote'
      | 'highly-unlikely'
      | 'unlikely'
      | 'realistic-possibility'
      | 'likely'
      | 'highly-likely'
      | 'almost-certain'
    >()
    expectTypeOf<Likelihood>().toEqualTypeOf<{ term: Likelihood['term']; cue: string }>()
  })

  test("Relation['predicate'] is the union of RELATION_PREDICATES", () => {
    expectTypeOf<Relation['predicate']>().toEqualTypeOf<(typeof RELATION_PREDICATES)[number]>()
  })

  test('the vocabularies are tuples of literals in their order, not string[]', () => {
    expectTypeOf(CLAIM_KINDS[0]).toEqualTypeOf<'fact'>()
    expectTypeOf(BASES).toEqualTypeOf<readonly ['source', 'context']>()
    expectTypeOf(BASIS_LABELS).toEqualTypeOf<{
      readonly source: string
      readonly context: string
    }>()
    expectTypeOf<(typeof CLAIM_KINDS)[number]>().not.toEqualTypeOf<string>()
    expectTypeOf<CollectionName>().toEqualTypeOf<(typeof COLLECTIONS)[number]>()
    expectTypeOf<Problem['collection']>().toEqualTypeOf<
      'sources' | 'actors' | 'places' | 'topics' | 'events' | 'claims'
    >()
  })
})

describe('record types', () => {
  test("Event['bounds'] is { earliest: string | null; latest: string | null }", () => {
    expectTypeOf<Event['bounds']>().toEqualTypeOf<{
      earliest: string | null
      latest: string | null
    }>()
    expectTypeOf<Event['bounds']>().toEqualTypeOf<EdtfBounds>()
  })

  test('an authored event has no bounds; a shipped one must', () => {
    expectTypeOf<EventInput>().not.toHaveProperty('bounds')
    expectTypeOf<Event>().toHaveProperty('bounds')
  })

  test("Actor['names'] is Name[]", () => {
    expectTypeOf<Actor['names']>().toEqualTypeOf<Name[]>()
    expectTypeOf<Place['names']>().toEqualTypeOf<Name[]>()
    expectTypeOf<Name>().toEqualTypeOf<{
      text: string
      lang: string
      usedBy?: string[] | undefined
    }>()
  })

  test('shipped mentions and quotes are anchored Quotes; authored ones are QuoteInputs', () => {
    expectTypeOf<Actor['mentions']>().toEqualTypeOf<Quote[]>()
    expectTypeOf<Claim['quote']>().toEqualTypeOf<Quote>()
    expectTypeOf<ClaimInput['quote']>().toEqualTypeOf<QuoteInput>()
    expectTypeOf<Quote['start']>().toEqualTypeOf<number>()
    expectTypeOf<QuoteInput>().toExtend<string | { exact: string }>()
    expectTypeOf<'a dim prospect'>().toExtend<QuoteInput>()
  })

  test('optional fields are optional', () => {
    expectTypeOf<Claim['likelihood']>().toEqualTypeOf<Likelihood | undefined>()
    expectTypeOf<Claim['quantity']>().toEqualTypeOf<Quantity | undefined>()
    expectTypeOf<Place['geometry']>().toEqualTypeOf<Geometry | undefined>()
    expectTypeOf<Source['url']>().toEqualTypeOf<string | undefined>()
  })

  test('a quantity is a value or a range, with a unit', () => {
    expectTypeOf<{ value: number; unit: string }>().toExtend<Quantity>()
    expectTypeOf<{ low: number; high: number; unit: string }>().toExtend<Quantity>()
    expectTypeOf<{ value: number }>().not.toExtend<Quantity>()
  })

  test('Citation and Topic are plain records', () => {
    expectTypeOf<Citation>().toEqualTypeOf<{
      title: string
      url: string
      publisher?: string | undefined
      accessed?: string | undefined
    }>()
    expectTypeOf<TopicInput>().toEqualTypeOf<Topic>()
  })
})

describe('GeoJSON', () => {
  test('Geometry is assignable to GeoJSON.Geometry from @types/geojson', () => {
    expectTypeOf<Geometry>().toExtend<G>()
    expectTypeOf<Extract<Geometry, { type: 'Point' }>>().toExtend<GeoJSON.Point>()
    expectTypeOf<Extract<Geometry, { type: 'Polygon' }>>().toExtend<GeoJSON.Polygon>()
    expectTypeOf<Extract<Geometry, { type: 'MultiPolygon' }>>().toExtend<GeoJSON.MultiPolygon>()
    expectTypeOf<Place['geometry']>().toExtend<G | undefined>()
  })

  test('Geometry covers every type but GeometryCollection', () => {
    expectTypeOf<Geometry['type']>().toEqualTypeOf<Exclude<G['type'], 'GeometryCollection'>>()
  })
})

describe('input and output types', () => {
  test('input types allow omitting defaulted arrays', () => {
    const actor: ActorInput = {
      id: 'rusi',
      kind: 'organization',
      name: 'RUSI',
      description: 'A defence and security think tank.',
    }
    expectTypeOf(actor).toExtend<ActorInput>()
    expectTypeOf<{ id: string; kind: 'city'; name: string }>().toExtend<PlaceInput>()
    expectTypeOf<z.input<typeof ActorSchema>['aliases']>().toEqualTypeOf<string[] | undefined>()
    expectTypeOf<ActorInput['aliases']>().toEqualTypeOf<string[] | undefined>()
  })

  test('output types require them', () => {
    expectTypeOf<Actor['aliases']>().toEqualTypeOf<string[]>()
    expectTypeOf<Actor['memberOf']>().toEqualTypeOf<string[]>()
    expectTypeOf<Claim['about']>().toEqualTypeOf<{
      actors: string[]
      events: string[]
      places: string[]
    }>()
    expectTypeOf<Place['contested']>().toEqualTypeOf<boolean>()
    // A shipped actor must carry names, aliases, memberOf and mentions.
    const minimal = {
      id: 'rusi',
      kind: 'organization',
      name: 'RUSI',
      description: 'A think tank.',
    } as const
    expectTypeOf(minimal).toExtend<ActorInput>()
    expectTypeOf(minimal).not.toExtend<Actor>()
    expectTypeOf({
      ...minimal,
      names: [],
      aliases: [],
      memberOf: [],
      mentions: [],
    }).toExtend<Actor>()
  })

  test('the authored types of rule-checked records are their input shapes, not unknown', () => {
    expectTypeOf<ClaimInput>().not.toBeUnknown()
    expectTypeOf<EventInput>().not.toBeUnknown()
    expectTypeOf<PlaceInput>().not.toBeUnknown()
    expectTypeOf<EventInput['date']>().toEqualTypeOf<string>()
    expectTypeOf<EventInput['participants']>().toEqualTypeOf<
      { actor: string; role: Event['participants'][number]['role'] }[] | undefined
    >()
    expectTypeOf<PlaceInput['contested']>().toEqualTypeOf<boolean | undefined>()
    expectTypeOf<ClaimInput['about']>().toExtend<
      { actors?: string[]; events?: string[]; places?: string[] } | undefined
    >()
    expectTypeOf<{
      id: string
      statement: string
      kind: 'forecast'
      claimant: string
      quote: string
    }>().toExtend<ClaimInput>()
  })

  test('kinds are checked in authored records too', () => {
    expectTypeOf<{
      id: string
      kind: 'think-tank'
      name: string
      description: string
    }>().not.toExtend<ActorInput>()
    expectTypeOf<{ id: string; kind: 'village'; name: string }>().not.toExtend<PlaceInput>()
  })
})

describe('ValidationResult', () => {
  test('narrows on ok', () => {
    const result = validateDataset({})
    expectTypeOf(result).toEqualTypeOf<ValidationResult>()
    if (result.ok) {
      expectTypeOf(result.dataset).toEqualTypeOf<Dataset>()
      expectTypeOf(result.problems).toEqualTypeOf<[]>()
    } else {
      expectTypeOf(result.problems).toEqualTypeOf<Problem[]>()
      expectTypeOf(result).not.toHaveProperty('dataset')
    }
  })

  test('a dataset has one typed list per collection', () => {
    expectTypeOf<Dataset['claims']>().toEqualTypeOf<Claim[]>()
    expectTypeOf<Dataset['events']>().toEqualTypeOf<Event[]>()
    expectTypeOf<keyof Dataset>().toEqualTypeOf<CollectionName>()
  })

  test('a problem has a code, collection, id, path and message', () => {
    expectTypeOf<Problem['code']>().toEqualTypeOf<ProblemCode>()
    expectTypeOf<Problem['collection']>().toEqualTypeOf<CollectionName>()
    expectTypeOf<Problem['path']>().toEqualTypeOf<(string | number)[]>()
  })
})

describe('place features', () => {
  test('a feature keeps the id type of the place it was made from, and its geometry may be null', () => {
    type Shusha = Place & { id: 'shusha' }
    const feature = placeFeature({} as Shusha)
    expectTypeOf(feature.id).toEqualTypeOf<'shusha'>()
    expectTypeOf(feature.properties.id).toEqualTypeOf<'shusha'>()
    expectTypeOf(feature.geometry).toEqualTypeOf<PlaceGeometry | null>()
    expectTypeOf<PlaceFeatureProperties['wikidata']>().toEqualTypeOf<string | null>()
    expectTypeOf(feature).toExtend<GeoJSON.Feature<GeoJSON.Geometry | null>>()
  })
})

describe('records with typed ids', () => {
  type Ids = {
    sources: 'src'
    actors: 'a' | 'b'
    places: 'p'
    topics: 't'
    events: 'e'
    claims: 'c' | 'd'
  }

  test('with string ids they are the plain record types, both ways', () => {
    expectTypeOf<RecordWithIds<'claims', IdTypes>>().toEqualTypeOf<Claim>()
    expectTypeOf<RecordWithIds<'events', IdTypes>>().toEqualTypeOf<Event>()
    expectTypeOf<RecordWithIds<'actors', IdTypes>>().toEqualTypeOf<Actor>()
    expectTypeOf<RecordWithIds<'places', IdTypes>>().toEqualTypeOf<Place>()
    expectTypeOf<RecordWithIds<'sources', IdTypes>>().toEqualTypeOf<Source>()
    expectTypeOf<RecordWithIds<'topics', IdTypes>>().toEqualTypeOf<Topic>()
    expectTypeOf<DatasetWithIds<IdTypes>>().toEqualTypeOf<Dataset>()
  })

  test('with literal ids every reference is typed by its collection, and still a plain record', () => {
    type C = RecordWithIds<'claims', Ids>
    expectTypeOf<C['id']>().toEqualTypeOf<'c' | 'd'>()
    expectTypeOf<C['claimant']>().toEqualTypeOf<'a' | 'b'>()
    expectTypeOf<C['reportedBy']>().toEqualTypeOf<'a' | 'b' | undefined>()
    expectTypeOf<C['about']['places']>().toEqualTypeOf<'p'[]>()
    expectTypeOf<C['about']['events']>().toEqualTypeOf<'e'[]>()
    expectTypeOf<NonNullable<C['relation']>['object']>().toEqualTypeOf<'a' | 'b'>()
    expectTypeOf<C['disputes']>().toEqualTypeOf<('c' | 'd')[]>()
    expectTypeOf<C['quote']['source']>().toEqualTypeOf<'src'>()
    expectTypeOf<C['statement']>().toEqualTypeOf<string>()
    type E = RecordWithIds<'events', Ids>
    expectTypeOf<E['participants'][number]['actor']>().toEqualTypeOf<'a' | 'b'>()
    expectTypeOf<E['places']>().toEqualTypeOf<'p'[]>()
    expectTypeOf<E['mentions'][number]['source']>().toEqualTypeOf<'src'>()
    expectTypeOf<RecordWithIds<'places', Ids>['within']>().toEqualTypeOf<'p' | undefined>()
    expectTypeOf<RecordWithIds<'actors', Ids>['names'][number]['usedBy']>().toEqualTypeOf<
      ('a' | 'b')[] | undefined
    >()
    expectTypeOf<RecordWithIds<'sources', Ids>['authors']>().toEqualTypeOf<('a' | 'b')[]>()
    expectTypeOf<C>().toExtend<Claim>()
    expectTypeOf<DatasetWithIds<Ids>>().toExtend<Dataset>()
  })

  test('a new reference field is typed by its collection with no other edit', () => {
    const Patronage = ClaimSchema.extend({
      patron: ref('actors').optional(),
      venues: z.array(ref('places')).default([]),
      note: IdSchema,
    })
    type P = WithIds<typeof Patronage, Ids>
    expectTypeOf<P['patron']>().toEqualTypeOf<'a' | 'b' | undefined>()
    expectTypeOf<P['venues']>().toEqualTypeOf<'p'[]>()
    expectTypeOf<P['note']>().toEqualTypeOf<string>()
    expectTypeOf<P['claimant']>().toEqualTypeOf<'a' | 'b'>()
  })
})
