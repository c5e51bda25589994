/** The timeline island: the shipped events, filterable and navigable with arrow keys. */
import { actors } from '@karabakh-aftermath/data/actors'
import { events } from '@karabakh-aftermath/data/events'
import { places } from '@karabakh-aftermath/data/places'
import { topics } from '@karabakh-aftermath/data/topics'
import { Timeline, type TimelineProps } from '@karabakh-aftermath/react/timeline'
import type { JSX } from 'react'

const world = { events, actors, places, topics }

/** Every event in time order, filterable by actor, kind and topic. */
export function LiveTimeline(
  props: Omit<TimelineProps<(typeof events)[number]>, keyof typeof world>,
): JSX.Element {
  return <Timeline {...world} {...props} />
}
