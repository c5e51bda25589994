// A plain Node ESM consumer: no bundler, no TypeScript. Prints the forecasts of the analysis with
// their likelihood, from the claims entry alone (the other collections are not loaded).
import { claims } from '@karabakh-aftermath/data/claims'
import { createQuery } from '@karabakh-aftermath/query'
import { LIKELIHOOD_BANDS } from '@karabakh-aftermath/schema/vocabulary'

const q = createQuery({ sources: [], actors: [], places: [], topics: [], events: [], claims })
const forecasts = q.claims({ kinds: 'forecast' })
const percent = (n) => `${Math.round(n * 100)}%`

console.log(`${forecasts.length} forecasts`)
for (const claim of forecasts) {
  const term = claim.likelihood?.term
  const band = term ? LIKELIHOOD_BANDS[term] : undefined
  const likelihood = band
    ? `${band.label} (${percent(band.min)}–${percent(band.max)})`
    : 'no likelihood stated'
  console.log(`- [${likelihood}] ${claim.statement}`)
}
