// Type tests: the id unions are literal, so a misspelt id does not compile. Each
// `@ts-expect-error` below must see an error, or tsc fails with "Unused '@ts-expect-error'
// directive": this file compiles only while misspelt ids are errors.
import type { ActorId, ClaimId, PlaceId } from '@karabakh-aftermath/data'
import { getActor, getClaim, timeline } from '@karabakh-aftermath/query/shipped'

type Assert<T extends true> = T
type IsLiteralUnion<T> = string extends T ? false : true
type Has<T, K> = K extends T ? true : false

export type Checks = [
  Assert<IsLiteralUnion<ActorId>>,
  Assert<IsLiteralUnion<ClaimId>>,
  Assert<Has<ActorId, 'russia'>>,
  Assert<Has<PlaceId, 'agdam'>>,
  Assert<Has<ActorId, 'rusia'> extends false ? true : false>,
]

// @ts-expect-error 'rusia' is not an ActorId
export const misspelt: ActorId = 'rusia'
// @ts-expect-error 'rusia' is not an ActorId
getActor('rusia')
// @ts-expect-error no claim has this id
getClaim('border-likely-unstabel')
// @ts-expect-error 'armnia' is not an actor of the timeline filter
timeline({ actors: 'armnia' })

getActor('russia')?.name satisfies string | undefined
