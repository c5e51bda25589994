// A TypeScript consumer of the id unions: compiled with moduleResolution "bundler"
// (tsconfig.bundler.json) and "node16" (tsconfig.node16.json), then run with Node.
import type { ActorId, ClaimId, EventId, PlaceId, TopicId } from '@karabakh-aftermath/data'
import { dataset, meta } from '@karabakh-aftermath/data'
import { actors, type ShippedActor } from '@karabakh-aftermath/data/actors'
import { createQuery, NotFoundError, type Query } from '@karabakh-aftermath/query'
import { argument, getActorOrThrow, has, relations } from '@karabakh-aftermath/query/shipped'
import type { Claim } from '@karabakh-aftermath/schema'
import { validateDataset } from '@karabakh-aftermath/schema'

const russia: ActorId = 'russia'
const thesis: ClaimId = 'border-likely-unstable'
const war: EventId = 'war-2020'
const baku: PlaceId = 'baku'
const mines: TopicId = 'landmines'

/** Narrows any string to an actor id with the shipped type guard. */
export function actorName(slug: string): string {
  if (!has('actors', slug)) throw new Error(`not an actor: ${slug}`)
  const actor: ShippedActor = getActorOrThrow(slug)
  return actor.name
}

const q: Query<typeof dataset> = createQuery(dataset)
const claim: Claim | undefined = q.getClaim(thesis)
const chain = argument(thesis)
const ties = relations(russia)

let notFound = false
try {
  q.getOrThrow('actors', 'not-an-actor' as ActorId)
} catch (error) {
  notFound = error instanceof NotFoundError
}

const validation = validateDataset(dataset)

export const summary = {
  version: meta.version,
  actors: actors.length,
  russia: actorName(russia),
  claim: claim?.statement ?? null,
  evidence: chain.down.length,
  ties: ties.length,
  war: q.getEvent(war)?.title ?? null,
  baku: q.getPlace(baku)?.name ?? null,
  topic: q.getTopic(mines)?.name ?? null,
  notFound,
  valid: validation.ok,
}

console.log(JSON.stringify(summary))
