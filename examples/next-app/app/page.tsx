// A Server Component: it reads the data on the server and renders ClaimList (a client component
// entry, `'use client'`), so the claims are in the HTML before any JavaScript runs.
import { actors } from '@karabakh-aftermath/data/actors'
import { claims } from '@karabakh-aftermath/data/claims'
import { events } from '@karabakh-aftermath/data/events'
import { places } from '@karabakh-aftermath/data/places'
import { sources } from '@karabakh-aftermath/data/sources'
import { topics } from '@karabakh-aftermath/data/topics'
import { ClaimList } from '@karabakh-aftermath/react/claim-list'
import { ActorTimeline } from './actor-timeline'

// biome-ignore lint/style/noDefaultExport: Next.js takes a page as the default export
export default function Page() {
  const forecasts = claims.filter((c) => c.kind === 'forecast')
  return (
    <main>
      <h1>{sources[0]?.title}</h1>
      <p id="server-count">{forecasts.length} forecasts, rendered on the server.</p>
      <ClaimList
        id="forecasts"
        title="Forecasts"
        claims={forecasts}
        {...{ sources, actors, places, topics, events }}
        locale="en-GB"
      />
      <ActorTimeline initialActor="armenia" />
    </main>
  )
}
