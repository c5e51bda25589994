/**
 * `relations(actor)`: the ties between actors that the claims state (`ally-of`, `mediator-of`…),
 * in both directions, each with the claims that state it.
 *
 * @module
 */
import { readList, readOptions, vocabularyCheck } from './args.js'
import { InvalidArgumentError } from './errors.js'
import { recordsOf, requireIndex } from './lookup.js'
import { perDataset } from './per-dataset.js'
import { collector, type Postings, postingsOf, toPostings } from './postings.js'
import type { IdOf, OneOrMany, QueryableDataset, RecordOf, RelationPredicate } from './types.js'
import { RELATION_PREDICATES, SYMMETRIC_PREDICATES } from './vocabulary.js'

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
 * The filters of {@link Query.relations}.
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

const OPTIONS = ['predicates', 'direction'] as const
const DIRECTIONS = ['outgoing', 'incoming', 'mutual'] as const
const SYMMETRIC: ReadonlySet<string> = new Set(SYMMETRIC_PREDICATES)

/** Claim positions whose relation involves each actor (as subject or object). @internal */
export const relationIndex: (dataset: QueryableDataset) => Postings = perDataset((dataset) => {
  const claims = recordsOf(dataset, 'claims') as QueryableDataset['claims']
  const actors = collector(claims.length)
  for (const claim of claims) {
    if (claim.relation) {
      actors.add(claim.relation.subject)
      actors.add(claim.relation.object)
    }
    actors.next()
  }
  return toPostings(actors.finish())
})

/** Runs `relations` on a dataset. @internal */
export function queryRelations<D extends QueryableDataset>(
  helper: string,
  dataset: D,
  actor: IdOf<D, 'actors'>,
  options: RelationsOptions | undefined,
): Tie<D>[] {
  requireIndex(helper, 'actor', dataset, 'actors', actor)
  const o = readOptions(helper, options, OPTIONS)
  const predicates = readList(
    o.predicates,
    'predicates',
    vocabularyCheck(helper, RELATION_PREDICATES),
  )
  const directions = readList(o.direction, 'direction', (item, path) => {
    if (typeof item === 'string' && (DIRECTIONS as readonly string[]).includes(item))
      return item as TieDirection
    throw new InvalidArgumentError(helper, path, `one of: ${DIRECTIONS.join(', ')}`, item)
  })
  const claims = dataset.claims as readonly RecordOf<D, 'claims'>[]
  const ties = new Map<string, { tie: Omit<Tie<D>, 'claims'>; claims: RecordOf<D, 'claims'>[] }>()
  for (const i of postingsOf(relationIndex(dataset), actor)) {
    const claim = claims[i] as RecordOf<D, 'claims'>
    const relation = (claim as QueryableDataset['claims'][number]).relation
    if (!relation) continue
    const { subject, predicate, object } = relation
    if (predicates && !predicates.includes(predicate)) continue
    const mutual = SYMMETRIC.has(predicate)
    const direction: TieDirection = mutual ? 'mutual' : subject === actor ? 'outgoing' : 'incoming'
    if (directions && !directions.includes(direction)) continue
    const other = subject === actor ? object : subject
    const key = mutual ? `${predicate} ${other}` : `${predicate} ${subject} ${object}`
    const existing = ties.get(key)
    if (existing) existing.claims.push(claim)
    else {
      const tie = mutual
        ? { predicate, subject: actor, object: other, other, direction }
        : { predicate, subject, object, other, direction }
      ties.set(key, { tie: tie as Omit<Tie<D>, 'claims'>, claims: [claim] })
    }
  }
  return [...ties.values()].map(({ tie, claims: stated }) => ({ ...tie, claims: stated }))
}
