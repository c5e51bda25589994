// Type tests: the shipped data and user records validated by the schema fit the props; with the
// shipped data, id- and vocabulary-valued props take only the values it has.

import type { ShippedDataset } from '@karabakh-aftermath/data'
import type { Dataset, Event } from '@karabakh-aftermath/schema'
import { expectTypeOf, test } from 'vitest'
import type {
  AnalysisProps,
  ClaimCardProps,
  ClaimFilter,
  ClaimListProps,
  PlaceMapProps,
  SourceReaderProps,
  TimelineFilter,
  TimelineProps,
} from './index.js'
import { Analysis, ClaimList, SourceReader, Timeline } from './index.js'

type Shipped = ShippedDataset
type ShippedEvent = Shipped['events'][number]
type ShippedClaim = Shipped['claims'][number]

test('the shipped dataset fits every component', () => {
  expectTypeOf<{ dataset: Shipped }>().toExtend<AnalysisProps<Shipped>>()
  expectTypeOf<Shipped & { claim: ShippedClaim }>().toExtend<ClaimCardProps>()
  expectTypeOf<Shipped>().toExtend<ClaimListProps<ShippedClaim>>()
  expectTypeOf<Pick<Shipped, 'places' | 'actors'>>().toExtend<PlaceMapProps>()
  expectTypeOf<Shipped & { source: Shipped['sources'][number] }>().toExtend<
    SourceReaderProps<ShippedClaim>
  >()
})

test('with the shipped data, a typo of an id or a vocabulary value does not compile', () => {
  expectTypeOf<{ actor: 'armenia' }>().toExtend<TimelineFilter<ShippedEvent>>()
  expectTypeOf<{ actor: 'armenai' }>().not.toExtend<TimelineFilter<ShippedEvent>>()
  expectTypeOf<{ kind: 'forecast' }>().toExtend<ClaimFilter<ShippedClaim>>()
  expectTypeOf<{ kind: 'forcast' }>().not.toExtend<ClaimFilter<ShippedClaim>>()
  expectTypeOf<{ claimant: 'nick-reynold' }>().not.toExtend<ClaimFilter<ShippedClaim>>()
  expectTypeOf<'border-likely-unstable'>().toExtend<
    NonNullable<SourceReaderProps<ShippedClaim>['defaultSelected']>
  >()
  expectTypeOf<'border-likely-unstabel'>().not.toExtend<
    NonNullable<SourceReaderProps<ShippedClaim>['defaultSelected']>
  >()
  expectTypeOf<{ dataset: Shipped; source: 'rusi-2021-aftermath' }>().toExtend<
    AnalysisProps<Shipped>
  >()
  expectTypeOf<{ dataset: Shipped; source: 'rusi-2021-aftermat' }>().not.toExtend<
    AnalysisProps<Shipped>
  >()
  expectTypeOf<{ dataset: Shipped; sections: ['claims', 'mapp'] }>().not.toExtend<
    AnalysisProps<Shipped>
  >()
})

test('with any other dataset, ids are strings; vocabulary values stay checked', () => {
  expectTypeOf<{ actor: 'anyone' }>().toExtend<TimelineFilter<Event>>()
  expectTypeOf<{ dataset: Dataset; source: 'any-source' }>().toExtend<AnalysisProps>()
  expectTypeOf<{ kind: 'forcast' }>().not.toExtend<ClaimFilter>()
})

test('readonly arrays of plain schema records fit as well', () => {
  expectTypeOf<{ events: readonly Event[] }>().toExtend<TimelineProps>()
  expectTypeOf<{ dataset: Dataset }>().toExtend<AnalysisProps>()
  expectTypeOf<{
    events: Event[]
    locale: 'en-GB'
    theme: 'dark'
    lang: 'az'
  }>().toExtend<TimelineProps>()
  expectTypeOf<{ events: Event[]; theme: 'sepia' }>().not.toExtend<TimelineProps>()
})

test('the components infer the id types from the data they are given', () => {
  const check = (d: Shipped) => {
    Timeline({ events: d.events, defaultFilter: { actor: 'armenia' } })
    // @ts-expect-error: no actor 'armenai' in the shipped data
    Timeline({ events: d.events, defaultFilter: { actor: 'armenai' } })
    // @ts-expect-error: no claim kind 'forcast'
    ClaimList({ claims: d.claims, defaultFilter: { kind: 'forcast' } })
    const source = d.sources[0] as Shipped['sources'][number]
    const claims = d.claims
    // @ts-expect-error: no shipped claim 'border-likely-unstabel'
    SourceReader({ source, claims, defaultSelected: 'border-likely-unstabel' })
    // @ts-expect-error: no shipped source 'rusi-2021-aftermat'
    Analysis({ dataset: d, source: 'rusi-2021-aftermat' })
    Analysis({ dataset: d, source: 'rusi-2021-aftermath' })
  }
  expectTypeOf(check).toBeFunction()
})
