/** The claims island: every claim in the order of the text, filterable by kind, claimant and topic. */
import { actors } from '@karabakh-aftermath/data/actors'
import { claims } from '@karabakh-aftermath/data/claims'
import { events } from '@karabakh-aftermath/data/events'
import { places } from '@karabakh-aftermath/data/places'
import { sources } from '@karabakh-aftermath/data/sources'
import { topics } from '@karabakh-aftermath/data/topics'
import { ClaimList, type ClaimListProps } from '@karabakh-aftermath/react/claim-list'
import type { JSX } from 'react'

/** Props the pages set; the data is bound here. */
export type LiveClaimsProps = Omit<
  ClaimListProps<(typeof claims)[number]>,
  'claims' | 'sources' | 'actors' | 'places' | 'topics' | 'events'
>

/** Every claim, as cards, with filters. */
export function LiveClaims(props: LiveClaimsProps): JSX.Element {
  return (
    <ClaimList
      claims={claims}
      sources={sources}
      actors={actors}
      places={places}
      topics={topics}
      events={events}
      {...props}
    />
  )
}
