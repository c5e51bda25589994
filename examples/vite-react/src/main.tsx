// A Vite + React consumer: the whole analysis, and a timeline of one actor's events.
import { type ActorId, dataset } from '@karabakh-aftermath/data'
import { createQuery } from '@karabakh-aftermath/query'
import { Analysis } from '@karabakh-aftermath/react/analysis'
import { Timeline } from '@karabakh-aftermath/react/timeline'
import '@karabakh-aftermath/react/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

const ACTOR: ActorId = 'armenia'
const q = createQuery(dataset)
const actor = q.getActorOrThrow(ACTOR)
const { actors, places, topics, events } = dataset

function App() {
  return (
    <main>
      <h1>{dataset.sources[0]?.title}</h1>
      <p id="actor-count">
        {q.timeline({ actors: ACTOR }).length} events involve {actor.name}.
      </p>
      <Timeline
        id="actor-timeline"
        title={`Timeline: ${actor.name}`}
        events={events}
        actors={actors}
        places={places}
        topics={topics}
        defaultFilter={{ actor: ACTOR }}
        locale="en-GB"
      />
      <Analysis dataset={dataset} locale="en-GB" headingLevel={2} />
    </main>
  )
}

const root = document.getElementById('root')
if (!root) throw new Error('no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
