import type { ShippedClaim } from './index.js'

export type { ClaimId, ShippedClaim } from './index.js'
/** Every claim of the dataset, validated at build. */
export declare const claims: ShippedClaim[]
