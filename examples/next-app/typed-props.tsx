// Type tests of the components' props, compiled by `tsc` in test/check.mjs (and by `next build`).
// With the shipped data, id- and vocabulary-valued props take only valid values: each
// `@ts-expect-error` below must see an error, or tsc fails with "Unused '@ts-expect-error'".
// With any other dataset (typed by the schema, ids plain strings) the same props take strings.
import { dataset } from '@karabakh-aftermath/data'
import { Analysis } from '@karabakh-aftermath/react/analysis'
import { ClaimList } from '@karabakh-aftermath/react/claim-list'
import { SourceReader } from '@karabakh-aftermath/react/source-reader'
import { Timeline } from '@karabakh-aftermath/react/timeline'
import type { Dataset } from '@karabakh-aftermath/schema'

const { events, claims } = dataset
const source = dataset.sources[0]
if (!source) throw new Error('the shipped data has a source')

export const valid = (
  <>
    <Timeline events={events} defaultFilter={{ actor: 'armenia', kind: 'war' }} />
    <ClaimList claims={claims} defaultFilter={{ kind: 'forecast', claimant: 'nick-reynolds' }} />
    <ClaimList claims={claims} messages={{ claimKinds: { forecast: 'Prognose' } }} />
    <SourceReader source={source} claims={claims} defaultSelected="border-likely-unstable" />
    <Analysis dataset={dataset} source="rusi-2021-aftermath" sections={['claims', 'map']} />
  </>
)

export const invalid = (
  <>
    {/* @ts-expect-error 'armenai' is no actor of the shipped events */}
    <Timeline events={events} defaultFilter={{ actor: 'armenai' }} />
    {/* @ts-expect-error 'forcast' is no claim kind */}
    <ClaimList claims={claims} defaultFilter={{ kind: 'forcast' }} />
    {/* @ts-expect-error 'forcast' is no claim kind to relabel */}
    <ClaimList claims={claims} messages={{ claimKinds: { forcast: 'Prognose' } }} />
    {/* @ts-expect-error no shipped claim has this id */}
    <SourceReader source={source} claims={claims} defaultSelected="border-likely-unstabel" />
    {/* @ts-expect-error no shipped source has this id */}
    <Analysis dataset={dataset} source="rusi-2021-aftermat" />
    {/* @ts-expect-error 'mapp' is no section */}
    <Analysis dataset={dataset} sections={['claims', 'mapp']} />
    {/* @ts-expect-error Timeline has no `claims` filter */}
    <Timeline events={events} defaultFilter={{ claimant: 'armenia' }} />
  </>
)

/** An app's own dataset: its ids are strings, so any string is accepted where the shipped data's
 * ids were checked above. */
export const otherDataset = (other: Dataset) => (
  <>
    <Timeline events={other.events} defaultFilter={{ actor: 'armenai' }} />
    <ClaimList claims={other.claims} defaultFilter={{ claimant: 'someone-else' }} />
    <Analysis dataset={other} source="another-source" />
    {/* @ts-expect-error a claim kind stays a vocabulary value, whatever the dataset */}
    <ClaimList claims={other.claims} defaultFilter={{ kind: 'forcast' }} />
  </>
)
