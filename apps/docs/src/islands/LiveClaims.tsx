/** The claims island: every claim in the order of the text, filterable by kind, claimant and topic. */
import { ClaimList, type ClaimListProps } from '@karabakh-aftermath/react/claim-list'
import type { JSX } from 'react'
import { type Claim, texts } from './collections'

/** Every claim, as cards, with filters; the pages set the props, the data is bound here. */
export function LiveClaims(props: Omit<ClaimListProps<Claim>, keyof typeof texts>): JSX.Element {
  return <ClaimList {...texts} {...props} />
}
