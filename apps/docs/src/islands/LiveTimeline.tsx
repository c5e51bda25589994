/**
 * The timeline island: the shipped events, filterable and navigable with arrow keys. Each island
 * is its own module and imports only the collections its component needs, from the data
 * package's subpaths, so the browser downloads each collection once, as a cached module shared by
 * islands and pages, rather than as serialised props in every page's HTML.
 */
import { actors } from '@karabakh-aftermath/data/actors'
import { events } from '@karabakh-aftermath/data/events'
import { places } from '@karabakh-aftermath/data/places'
import { topics } from '@karabakh-aftermath/data/topics'
import { Timeline, type TimelineProps } from '@karabakh-aftermath/react/timeline'
import type { JSX } from 'react'

/** Props the pages set; the data is bound here. */
export type LiveTimelineProps = Omit<
  TimelineProps<(typeof events)[number]>,
  'events' | 'actors' | 'places' | 'topics'
>

/** Every event in time order, filterable by actor, kind and topic. */
export function LiveTimeline(props: LiveTimelineProps): JSX.Element {
  return <Timeline events={events} actors={actors} places={places} topics={topics} {...props} />
}
