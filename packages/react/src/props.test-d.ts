// Type tests: the shipped data and user records validated by the schema fit the props.

import type { ShippedDataset } from '@karabakh-aftermath/data'
import type { Dataset, Event } from '@karabakh-aftermath/schema'
import { expectTypeOf, test } from 'vitest'
import type {
  AnalysisProps,
  ClaimCardProps,
  ClaimListProps,
  PlaceMapProps,
  SourceReaderProps,
  TimelineProps,
} from './index.js'

test('the shipped dataset fits every component', () => {
  expectTypeOf<{ dataset: ShippedDataset }>().toExtend<AnalysisProps>()
  expectTypeOf<
    ShippedDataset & { claim: ShippedDataset['claims'][number] }
  >().toExtend<ClaimCardProps>()
  expectTypeOf<ShippedDataset>().toExtend<ClaimListProps>()
  expectTypeOf<Pick<ShippedDataset, 'places' | 'actors'>>().toExtend<PlaceMapProps>()
  expectTypeOf<
    ShippedDataset & { source: ShippedDataset['sources'][number] }
  >().toExtend<SourceReaderProps>()
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
