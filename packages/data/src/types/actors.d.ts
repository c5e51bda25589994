import type { ShippedActor } from './index.js'

export type { ActorId, ShippedActor } from './index.js'
/** Every actor of the dataset, validated at build. */
export declare const actors: ShippedActor[]
