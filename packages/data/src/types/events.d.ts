import type { ShippedEvent } from './index.js'

export type { EventId, ShippedEvent } from './index.js'
/** Every event of the dataset, validated at build. */
export declare const events: ShippedEvent[]
