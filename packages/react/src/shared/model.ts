/**
 * What the components take from a dataset. The derivations over these records (lookups by id,
 * timeline order, ties, disputes, the part of a source) are the core's, imported from
 * `@karabakh-aftermath/query`; only the components' own props type and year label are here.
 */
import type { Actor, Claim, Event, Place, Source, Topic } from '@karabakh-aftermath/schema'

/**
 * The collections a component may be given, named as in a `Dataset`, so `{...dataset}` can be
 * spread into any component. Each is optional: what is missing is shown by id or left out.
 */
export type Collections = {
  /** Sources, to cite quotes (title, author, publisher, date, link, paragraph). */
  sources?: readonly Source[] | undefined
  /** Actors, to name claimants, participants and related actors. */
  actors?: readonly Actor[] | undefined
  /** Places, to name the places of events and claims. */
  places?: readonly Place[] | undefined
  /** Topics, to name and filter by topic. */
  topics?: readonly Topic[] | undefined
  /** Events, to name the events claims are about. */
  events?: readonly Event[] | undefined
  /** Claims, for disputes, relations and the claims by and about an actor. */
  claims?: readonly Claim[] | undefined
}

/** The year an event starts in (from its earliest day), or `undefined` for an open start. */
export const eventYear = (e: Pick<Event, 'bounds'>): number | undefined =>
  e.bounds.earliest ? Number(e.bounds.earliest.slice(0, 4)) : undefined
