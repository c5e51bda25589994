import type {
  ActorId,
  ClaimId,
  dataset,
  EventId,
  PlaceId,
  ShippedActor,
  ShippedClaim,
  ShippedEvent,
  ShippedPlace,
  SourceId,
  TopicId,
} from '@karabakh-aftermath/data'
import { describe, expectTypeOf, it } from 'vitest'
import {
  argument,
  claims,
  get,
  getActor,
  getActorOrThrow,
  getClaim,
  getEvent,
  getEventOrThrow,
  getPlace,
  getSource,
  getTopic,
  mentions,
  q,
  relations,
  type ShippedDataset,
  search,
  timeline,
  toFeatureCollection,
} from './shipped.js'
import type { IdOf } from './types.js'

describe('the shipped data', () => {
  it('types ids as the shipped literal unions', () => {
    expectTypeOf<ShippedDataset>().toEqualTypeOf<typeof dataset>()
    expectTypeOf<IdOf<ShippedDataset, 'actors'>>().toEqualTypeOf<ActorId>()
    expectTypeOf(getActor).parameter(0).toEqualTypeOf<ActorId>()
    expectTypeOf(getEvent).parameter(0).toEqualTypeOf<EventId>()
    expectTypeOf(getClaim).parameter(0).toEqualTypeOf<ClaimId>()
    expectTypeOf(getPlace).parameter(0).toEqualTypeOf<PlaceId>()
    expectTypeOf(getTopic).parameter(0).toEqualTypeOf<TopicId>()
    expectTypeOf(getSource).parameter(0).toEqualTypeOf<SourceId>()
  })

  it('makes a misspelt id a compile error', () => {
    // @ts-expect-error: 'rusia' is not a shipped actor id
    getActor('rusia')
    // @ts-expect-error: not a shipped actor id
    getActorOrThrow('Russia')
    // @ts-expect-error: not a shipped place id
    get('places', 'aghdam')
    // @ts-expect-error: an actor id is not a claim id
    argument('russia')
    // @ts-expect-error: not a shipped actor id
    timeline({ actors: ['armenia', 'armenai'] })
    // @ts-expect-error: not a shipped topic id
    claims({ topics: 'landmine' })
    // @ts-expect-error: not a shipped actor id
    claims({ about: { actors: 'turky' } })
    // @ts-expect-error: not a shipped actor id
    relations('us')
    // @ts-expect-error: not a shipped place id
    mentions('places', 'stepanakert')
    // @ts-expect-error: not a shipped place id
    toFeatureCollection(['baku', 'khankendi'])
    getActor('russia')
    timeline({ actors: ['armenia', 'azerbaijan'], places: 'nagorno-karabakh', topics: 'landmines' })
    mentions('agdam')
  })

  it('returns records whose ids are literal', () => {
    expectTypeOf(getActor('russia')).toEqualTypeOf<ShippedActor | undefined>()
    expectTypeOf(getActorOrThrow('russia').id).toEqualTypeOf<ActorId>()
    expectTypeOf(timeline()[0]).toEqualTypeOf<ShippedEvent | undefined>()
    expectTypeOf(claims()).toEqualTypeOf<ShippedClaim[]>()
    expectTypeOf(get('places', 'agdam')).toEqualTypeOf<ShippedPlace | undefined>()
    expectTypeOf(relations('russia')[0]?.other).toEqualTypeOf<ActorId | undefined>()
    expectTypeOf(mentions('places', 'agdam')[0]?.claims).toEqualTypeOf<ClaimId[] | undefined>()
    expectTypeOf(argument('border-likely-unstable').up[0]?.via).toEqualTypeOf<
      ClaimId[] | undefined
    >()
    expectTypeOf(toFeatureCollection(['baku']).features[0]?.properties.id).toEqualTypeOf<
      PlaceId | undefined
    >()
    const [hit] = search('agdam')
    if (hit?.collection === 'places') expectTypeOf(hit.id).toEqualTypeOf<PlaceId>()
    if (hit?.collection === 'claims') expectTypeOf(hit.record).toEqualTypeOf<ShippedClaim>()
    expectTypeOf(q.dataset).toEqualTypeOf<ShippedDataset>()
  })

  it('takes the references records hold as they are: they are typed ids too', () => {
    const event = getEventOrThrow('war-2020')
    expectTypeOf(event.places).toEqualTypeOf<PlaceId[]>()
    toFeatureCollection(event.places)
    const claim = claims()[0]
    if (claim) {
      getActorOrThrow(claim.claimant)
      timeline({ places: claim.about.places, actors: claim.about.actors })
      relations(claim.claimant)
      expectTypeOf(claim.quote.source).toEqualTypeOf<SourceId>()
    }
  })
})
