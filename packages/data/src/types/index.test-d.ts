import type { Claim, Dataset, Event } from '@karabakh-aftermath/schema'
import { describe, expectTypeOf, it } from 'vitest'
import type {
  ActorId,
  ClaimId,
  EventId,
  PlaceId,
  ShippedClaim,
  ShippedDataset,
  ShippedEvent,
  ShippedPlace,
  SourceId,
  TopicId,
} from '../../dist/index.js'

describe('the shipped id unions', () => {
  it('are literal unions, not string', () => {
    expectTypeOf<'nick-reynolds'>().toExtend<ActorId>()
    expectTypeOf<'azerbaijan'>().toExtend<ActorId>()
    expectTypeOf<string>().not.toExtend<ActorId>()
    expectTypeOf<ShippedClaim['id']>().toEqualTypeOf<ClaimId>()
    expectTypeOf<ShippedDataset['claims'][number]>().toEqualTypeOf<ShippedClaim>()
  })

  it('make a misspelt id a compile error', () => {
    // @ts-expect-error: 'rusia' is not an actor id of the dataset
    const misspelt: ActorId = 'rusia'
    expectTypeOf(misspelt).toEqualTypeOf<ActorId>()
  })
})

describe('the shipped records', () => {
  it('type every reference with the ids of its collection', () => {
    expectTypeOf<ShippedClaim['claimant']>().toEqualTypeOf<ActorId>()
    expectTypeOf<ShippedClaim['about']['places']>().toEqualTypeOf<PlaceId[]>()
    expectTypeOf<ShippedClaim['about']['events']>().toEqualTypeOf<EventId[]>()
    expectTypeOf<ShippedClaim['disputes']>().toEqualTypeOf<ClaimId[]>()
    expectTypeOf<ShippedClaim['topics']>().toEqualTypeOf<TopicId[]>()
    expectTypeOf<ShippedClaim['quote']['source']>().toEqualTypeOf<SourceId>()
    expectTypeOf<ShippedEvent['places']>().toEqualTypeOf<PlaceId[]>()
    expectTypeOf<ShippedEvent['participants'][number]['actor']>().toEqualTypeOf<ActorId>()
    expectTypeOf<ShippedPlace['within']>().toEqualTypeOf<PlaceId | undefined>()
  })

  it('are still plain records: a shipped dataset goes wherever a Dataset does', () => {
    expectTypeOf<ShippedClaim>().toExtend<Claim>()
    expectTypeOf<ShippedEvent>().toExtend<Event>()
    expectTypeOf<ShippedDataset>().toExtend<Dataset>()
  })
})
