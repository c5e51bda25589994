import { describe, expectTypeOf, it } from 'vitest'
import type { ActorId, ClaimId, ShippedClaim, ShippedDataset } from '../dist/index.js'

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
