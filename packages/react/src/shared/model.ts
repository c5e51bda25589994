/** Small derivations over plain records: lookups by id, event order, relations, source parts. */
import type {
  Actor,
  Claim,
  Event,
  Place,
  Relation,
  Source,
  SourcePart,
  Topic,
} from '@karabakh-aftermath/schema'
import { SYMMETRIC_PREDICATES } from '@karabakh-aftermath/schema/vocabulary'

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

type WithId = { id: string }
const index = <T extends WithId>(records: readonly T[] | undefined) =>
  new Map((records ?? []).map((r) => [r.id, r]))

/** Maps from id to record for each collection given. */
export type Lookup = {
  sources: ReadonlyMap<string, Source>
  actors: ReadonlyMap<string, Actor>
  places: ReadonlyMap<string, Place>
  topics: ReadonlyMap<string, Topic>
  events: ReadonlyMap<string, Event>
  claims: ReadonlyMap<string, Claim>
}

/**
 * Builds id → record maps for the collections given.
 *
 * @example
 * ```ts
 * createLookup(dataset).actors.get('azerbaijan')?.name // 'Azerbaijan'
 * ```
 */
export function createLookup(c: Collections): Lookup {
  return {
    sources: index(c.sources),
    actors: index(c.actors),
    places: index(c.places),
    topics: index(c.topics),
    events: index(c.events),
    claims: index(c.claims),
  }
}

/** Compares ISO days, `null` (an open or unknown start) first. */
const compareNullable = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1

/**
 * Events in time order as `@karabakh-aftermath/query`'s timeline gives them: by earliest day
 * (an open or unknown start first), then by id, so the order is stable.
 *
 * @example
 * ```ts
 * sortEvents(events).map((e) => e.date) // ['/2020-11', …, '1992/..', '2017/2021', '2018-12/', …]
 * ```
 */
export function sortEvents<T extends Pick<Event, 'id' | 'bounds'>>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) =>
      compareNullable(a.bounds.earliest, b.bounds.earliest) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

/** The year an event starts in (from its earliest day), or `undefined` for an open start. */
export const eventYear = (e: Pick<Event, 'bounds'>): number | undefined =>
  e.bounds.earliest ? Number(e.bounds.earliest.slice(0, 4)) : undefined

/** Claims in the order of their quotes in the source text. */
export function sortClaims(claims: readonly Claim[]): Claim[] {
  return [...claims].sort(
    (a, b) =>
      (a.quote.source < b.quote.source ? -1 : a.quote.source > b.quote.source ? 1 : 0) ||
      a.quote.start - b.quote.start ||
      a.quote.end - b.quote.end,
  )
}

/** The part of a source (title, paragraph…) that holds an offset of its text. */
export function partAt(source: Pick<Source, 'parts'>, offset: number): SourcePart | undefined {
  return source.parts.find((p) => p.start <= offset && offset < p.end)
}

/** The 1-based number of a part among the parts of its kind (the third body paragraph is 3). */
export function partNumber(source: Pick<Source, 'parts'>, part: SourcePart): number {
  return source.parts.filter((p) => p.kind === part.kind).indexOf(part) + 1
}

/** A claim with the relation it states. */
export type StatedRelation = Relation & { claim: Claim }

/**
 * The ties between actors that claims state, optionally only those involving one actor.
 *
 * @example
 * ```ts
 * relationsOf(claims, 'turkey') // [{ subject: 'turkey', predicate: 'ally-of', object: 'azerbaijan', claim }]
 * ```
 */
export function relationsOf(claims: readonly Claim[], actor?: string): StatedRelation[] {
  const out: StatedRelation[] = []
  for (const claim of claims) {
    const r = claim.relation
    if (r && (actor === undefined || r.subject === actor || r.object === actor))
      out.push({ ...r, claim })
  }
  return out
}

/** A tie between two actors with every claim that states it. */
export type StatedTie = Relation & { claims: Claim[]; symmetric: boolean }

const SYMMETRIC: readonly string[] = SYMMETRIC_PREDICATES

/**
 * Groups stated relations into ties, one per subject, predicate and object, in the order they
 * are first stated. With `mergeSymmetric`, a tie that holds both ways (`ally-of`) is one tie
 * whichever way round a claim states it, shown as the first claim states it.
 *
 * @example
 * ```ts
 * tiesOf(relationsOf(claims), true) // [{ subject: 'turkey', predicate: 'ally-of', object: 'azerbaijan', claims: [...], symmetric: true }]
 * ```
 */
export function tiesOf(relations: readonly StatedRelation[], mergeSymmetric = false): StatedTie[] {
  const ties = new Map<string, StatedTie>()
  for (const r of relations) {
    const symmetric = SYMMETRIC.includes(r.predicate)
    const [a, b] =
      mergeSymmetric && symmetric && r.object < r.subject
        ? [r.object, r.subject]
        : [r.subject, r.object]
    const key = `${a}\u0000${r.predicate}\u0000${b}`
    const tie = ties.get(key)
    if (tie) tie.claims.push(r.claim)
    else
      ties.set(key, {
        subject: r.subject,
        predicate: r.predicate,
        object: r.object,
        claims: [r.claim],
        symmetric,
      })
  }
  return [...ties.values()]
}

/**
 * The claims that dispute a claim or that it disputes (a dispute is mutual even when only one
 * side lists it).
 */
export function disputesOf(claim: Claim, claims: Lookup['claims']): Claim[] {
  const ids = new Set(claim.disputes)
  for (const other of claims.values()) if (other.disputes.includes(claim.id)) ids.add(other.id)
  ids.delete(claim.id)
  return [...ids].flatMap((id) => claims.get(id) ?? [])
}
