'use client'
/** `@karabakh-aftermath/react/claim-list`: filterable claims with disputes side by side. */
export { type ClaimFilter, ClaimList, type ClaimListProps } from './claim-list.js'
