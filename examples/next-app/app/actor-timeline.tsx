'use client'
// A Client Component with its own state: buttons choose the actor whose events the Timeline shows.
import { type ActorId, actors } from '@karabakh-aftermath/data/actors'
import { events } from '@karabakh-aftermath/data/events'
import { places } from '@karabakh-aftermath/data/places'
import { topics } from '@karabakh-aftermath/data/topics'
import { Timeline } from '@karabakh-aftermath/react/timeline'
import { useMemo, useState } from 'react'

const CHOICES: ActorId[] = ['armenia', 'azerbaijan', 'russia']

export function ActorTimeline({ initialActor }: { initialActor: ActorId }) {
  const [actor, setActor] = useState<ActorId>(initialActor)
  const shown = useMemo(
    () => events.filter((e) => e.participants.some((p) => p.actor === actor)),
    [actor],
  )
  const name = (id: ActorId) => actors.find((a) => a.id === id)?.name ?? id
  return (
    <section id="actor-timeline">
      <fieldset>
        <legend>Choose an actor</legend>
        {CHOICES.map((id) => (
          <button key={id} type="button" aria-pressed={id === actor} onClick={() => setActor(id)}>
            {name(id)}
          </button>
        ))}
      </fieldset>
      <Timeline
        key={actor}
        title={`Timeline: ${name(actor)}`}
        events={shown}
        actors={actors}
        places={places}
        topics={topics}
        filters={false}
        locale="en-GB"
      />
    </section>
  )
}
