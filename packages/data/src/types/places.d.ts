import type { ShippedPlace } from './index.js'

export type { PlaceId, ShippedPlace } from './index.js'
/** Every place of the dataset, validated at build. */
export declare const places: ShippedPlace[]
