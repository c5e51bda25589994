/**
 * What the claim list and the reader bind: each collection from the data package's subpath, so
 * the browser downloads each once, as a cached module shared by islands and pages, rather than as
 * serialised props in every page's HTML (the timeline imports its four itself, and no claim).
 */
import { actors } from '@karabakh-aftermath/data/actors'
import { claims } from '@karabakh-aftermath/data/claims'
import { events } from '@karabakh-aftermath/data/events'
import { places } from '@karabakh-aftermath/data/places'
import { sources } from '@karabakh-aftermath/data/sources'
import { topics } from '@karabakh-aftermath/data/topics'

export type Claim = (typeof claims)[number]
export const texts = { events, actors, places, topics, claims, sources }
