import type { ShippedSource } from './index.js'

export type { ShippedSource, SourceId } from './index.js'
/** Every source of the dataset, validated at build. */
export declare const sources: ShippedSource[]
