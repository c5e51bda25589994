/**
 * `relations(actor)`: the ties between actors that the claims state (`ally-of`, `mediator-of`…),
 * in both directions, each with the claims that state it; and the grouping of stated relations
 * into ties that the components draw.
 *
 * @module
 */
import type { Claim, Relation } from '@karabakh-aftermath/schema'
import { RELATION_PREDICATES, SYMMETRIC_PREDICATES } from '@karabakh-aftermath/schema/vocabulary'
import { anyIn, type Ctx, list, oneOf, read } from './args.js'
import { recordsOf, requireRecord } from './lookup.js'
import type { IdOf, OneOrMany, QueryableDataset, RecordOf, RelationPredicate } from './types.js'

/**
 * Which way a tie runs from the actor asked about: `outgoing` (the actor is the subject:
 * "Turkey ally-of Azerbaijan" for Turkey), `incoming` (the actor is the object), or `mutual`
 * (a symmetric predicate such as `ally-of` or `close-relations-with`, which holds both ways).
 *
 * @example
 * ```ts
 * q.relations('russia', { direction: 'outgoing' })
 * ```
 */
export type TieDirection = 'outgoing' | 'incoming' | 'mutual'

/**
 * A tie between the actor asked about and another, as claims state it, with those claims (in
 * dataset order). For a symmetric predicate, `subject` is the actor asked about and claims
 * stating it either way round are grouped.
 *
 * @example
 * ```ts
 * const [tie] = q.relations('turkey', { predicates: 'enemy-of' })
 * // { predicate: 'enemy-of', subject: 'turkey', object: 'armenia', other: 'armenia',
 * //   direction: 'mutual', claims: [{ id: 'turkey-historical-enemy-of-armenia', … }] }
 * ```
 */
export type Tie<D extends QueryableDataset> = {
  /** The relation predicate. */
  readonly predicate: RelationPredicate
  /** The subject of the tie as stated (the actor asked about, for a mutual tie). */
  readonly subject: IdOf<D, 'actors'>
  /** The object of the tie as stated (the other actor, for a mutual tie). */
  readonly object: IdOf<D, 'actors'>
  /** The other actor of the tie. */
  readonly other: IdOf<D, 'actors'>
  /** Which way the tie runs from the actor asked about. */
  readonly direction: TieDirection
  /** The claims that state the tie, in dataset order. */
  readonly claims: RecordOf<D, 'claims'>[]
}

/**
 * The filters of `relations` ({@link Query}).
 *
 * @example
 * ```ts
 * const options: RelationsOptions = { predicates: ['mediator-of', 'security-guarantor-of'], direction: 'outgoing' }
 * ```
 */
export type RelationsOptions = {
  /** Only ties with any of these predicates. */
  readonly predicates?: OneOrMany<RelationPredicate> | undefined
  /** Only ties running this way (or any of these ways). */
  readonly direction?: OneOrMany<TieDirection> | undefined
}

const DIRECTIONS: readonly TieDirection[] = ['outgoing', 'incoming', 'mutual']

/**
 * A relation as one claim states it, with that claim.
 *
 * @example
 * ```ts
 * const r: StatedRelation = { subject: 'turkey', predicate: 'enemy-of', object: 'armenia', claim }
 * ```
 */
export type StatedRelation<C extends Pick<Claim, 'relation'> = Claim> = Relation & { claim: C }

/**
 * The relations the claims state, in claim order; only those involving `actor`, when given.
 *
 * @example
 * ```ts
 * relationsOf(claims, 'turkey').map((r) => r.predicate) // ['ally-of', 'enemy-of']
 * ```
 */
export function relationsOf<C extends Pick<Claim, 'relation'>>(
  claims: readonly C[],
  actor?: string,
): StatedRelation<C>[] {
  const out: StatedRelation<C>[] = []
  for (const claim of claims) {
    const r = claim.relation
    if (r && (actor === undefined || r.subject === actor || r.object === actor))
      out.push({ ...r, claim })
  }
  return out
}

/**
 * A tie between two actors with every claim that states it. `symmetric` when the predicate
 * holds both ways (`ally-of`, `close-relations-with`).
 *
 * @example
 * ```ts
 * const [tie]: StatedTie[] = tiesOf(relationsOf(claims, 'turkey'))
 * ```
 */
export type StatedTie<C extends Pick<Claim, 'relation'> = Claim> = Relation & {
  claims: C[]
  symmetric: boolean
}

/**
 * Groups stated relations into ties, one per subject, predicate and object, in the order they
 * are first stated. With `mergeSymmetric`, a tie that holds both ways is one tie whichever way
 * round a claim states it, shown as the first claim states it.
 *
 * @example
 * ```ts
 * tiesOf(relationsOf(claims), true)
 * // [{ subject: 'turkey', predicate: 'ally-of', object: 'azerbaijan', claims: [...], symmetric: true }, …]
 * ```
 */
export function tiesOf<C extends Pick<Claim, 'relation'>>(
  relations: readonly StatedRelation<C>[],
  mergeSymmetric = false,
): StatedTie<C>[] {
  const ties = new Map<string, StatedTie<C>>()
  for (const { claim, ...r } of relations) {
    const symmetric = (SYMMETRIC_PREDICATES as readonly string[]).includes(r.predicate)
    const pair = [r.subject, r.object]
    if (mergeSymmetric && symmetric) pair.sort()
    const key = `${pair[0]}\u0000${r.predicate}\u0000${pair[1]}`
    const tie = ties.get(key)
    if (tie) tie.claims.push(claim)
    else ties.set(key, { ...r, claims: [claim], symmetric })
  }
  return [...ties.values()]
}

/** Runs `relations` on a dataset. @internal */
export function queryRelations<D extends QueryableDataset>(
  ctx: Ctx,
  actor: IdOf<D, 'actors'>,
  options?: RelationsOptions,
): Tie<D>[] {
  requireRecord(ctx, 'actor', 'actors', actor)
  const { predicates, direction } = read(ctx, options, {
    predicates: list(oneOf(RELATION_PREDICATES)),
    direction: list(oneOf(DIRECTIONS)),
  })
  const claims = recordsOf(ctx.dataset, 'claims') as readonly RecordOf<D, 'claims'>[]
  const stated = relationsOf(claims, actor).filter((r) => anyIn(predicates, r.predicate))
  return tiesOf(stated, true).flatMap(({ subject, predicate, object, claims, symmetric }) => {
    const other = (subject === actor ? object : subject) as IdOf<D, 'actors'>
    const way = symmetric ? 'mutual' : subject === actor ? 'outgoing' : 'incoming'
    const ends = symmetric ? { subject: actor, object: other } : { subject, object }
    return anyIn(direction, way)
      ? [{ predicate, ...ends, other, direction: way, claims } as Tie<D>]
      : []
  })
}
