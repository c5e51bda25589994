import type * as data from '@karabakh-aftermath/data'
import { describe, expectTypeOf, it } from 'vitest'
import * as shipped from './shipped.js'
import type { IdOf } from './types.js'

describe('the shipped data', () => {
  it('types ids as the shipped literal unions', () => {
    expectTypeOf<shipped.ShippedDataset>().toEqualTypeOf<typeof data.dataset>()
    expectTypeOf<IdOf<shipped.ShippedDataset, 'actors'>>().toEqualTypeOf<data.ActorId>()
    expectTypeOf(shipped.getActor).parameter(0).toEqualTypeOf<data.ActorId>()
    expectTypeOf(shipped.getEvent).parameter(0).toEqualTypeOf<data.EventId>()
    expectTypeOf(shipped.getClaim).parameter(0).toEqualTypeOf<data.ClaimId>()
    expectTypeOf(shipped.getPlace).parameter(0).toEqualTypeOf<data.PlaceId>()
    expectTypeOf(shipped.getTopic).parameter(0).toEqualTypeOf<data.TopicId>()
    expectTypeOf(shipped.getSource).parameter(0).toEqualTypeOf<data.SourceId>()
  })

  it('makes a misspelt id a compile error', () => {
    // @ts-expect-error: 'rusia' is not a shipped actor id
    shipped.getActor('rusia')
    // @ts-expect-error: not a shipped actor id
    shipped.getActorOrThrow('Russia')
    // @ts-expect-error: not a shipped place id
    shipped.get('places', 'aghdam')
    // @ts-expect-error: an actor id is not a claim id
    shipped.argument('russia')
    // @ts-expect-error: not a shipped actor id
    shipped.timeline({ actors: ['armenia', 'armenai'] })
    // @ts-expect-error: not a shipped topic id
    shipped.claims({ topics: 'landmine' })
    // @ts-expect-error: not a shipped actor id
    shipped.claims({ about: { actors: 'turky' } })
    // @ts-expect-error: not a shipped actor id
    shipped.relations('us')
    // @ts-expect-error: not a shipped place id
    shipped.mentions('places', 'stepanakert')
    // @ts-expect-error: not a shipped place id
    shipped.toFeatureCollection(['baku', 'khankendi'])
    shipped.getActor('russia')
    shipped.timeline({
      actors: ['armenia', 'azerbaijan'],
      places: 'nagorno-karabakh',
      topics: 'landmines',
    })
    shipped.mentions('agdam')
  })

  it('returns records whose ids are literal', () => {
    expectTypeOf(shipped.getActor('russia')).toEqualTypeOf<data.ShippedActor | undefined>()
    expectTypeOf(shipped.getActorOrThrow('russia').id).toEqualTypeOf<data.ActorId>()
    expectTypeOf(shipped.timeline()[0]).toEqualTypeOf<data.ShippedEvent | undefined>()
    expectTypeOf(shipped.claims()).toEqualTypeOf<data.ShippedClaim[]>()
    expectTypeOf(shipped.get('places', 'agdam')).toEqualTypeOf<data.ShippedPlace | undefined>()
    expectTypeOf(shipped.relations('russia')[0]?.other).toEqualTypeOf<data.ActorId | undefined>()
    expectTypeOf(shipped.mentions('places', 'agdam')[0]?.claims).toEqualTypeOf<
      data.ClaimId[] | undefined
    >()
    expectTypeOf(shipped.argument('border-likely-unstable').up[0]?.via).toEqualTypeOf<
      data.ClaimId[] | undefined
    >()
    expectTypeOf(shipped.toFeatureCollection(['baku']).features[0]?.properties.id).toEqualTypeOf<
      data.PlaceId | undefined
    >()
    const [hit] = shipped.search('agdam')
    if (hit?.collection === 'places') expectTypeOf(hit.id).toEqualTypeOf<data.PlaceId>()
    if (hit?.collection === 'claims') expectTypeOf(hit.record).toEqualTypeOf<data.ShippedClaim>()
    expectTypeOf(shipped.q.dataset).toEqualTypeOf<shipped.ShippedDataset>()
  })

  it('takes the references records hold as they are: they are typed ids too', () => {
    const event = shipped.getEventOrThrow('war-2020')
    expectTypeOf(event.places).toEqualTypeOf<data.PlaceId[]>()
    shipped.toFeatureCollection(event.places)
    const claim = shipped.claims()[0]
    if (claim) {
      shipped.getActorOrThrow(claim.claimant)
      shipped.timeline({ places: claim.about.places, actors: claim.about.actors })
      shipped.relations(claim.claimant)
      expectTypeOf(claim.quote.source).toEqualTypeOf<data.SourceId>()
    }
  })
})
