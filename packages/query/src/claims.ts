/**
 * `claims`: the assertions of the dataset filtered by who makes them, who reports them, their
 * kind, topic, what they are about, how likely their author thinks they are, whether they are
 * disputed and whether they carry a number. Results keep the dataset's order. Also the order of
 * claims in their source and the disputes of a claim, which the components and the site use.
 *
 * @module
 */
import type { Claim } from '@karabakh-aftermath/schema'
import { CLAIM_KINDS, LIKELIHOOD_TERMS } from '@karabakh-aftermath/schema/vocabulary'
import { bool, type Ctx, cachedBy, compareText, list, matching, oneOf, read } from './args.js'
import { byId, idOf, recordsOf } from './lookup.js'
import type {
  ClaimKind,
  IdOf,
  LikelihoodTerm,
  OneOrMany,
  QueryableDataset,
  RecordOf,
} from './types.js'

/**
 * What a claim must be about (its `about` field): any of these actors, any of these events,
 * any of these places. Several of the three narrow further (AND).
 *
 * @example
 * ```ts
 * const about: ClaimsAbout<typeof dataset> = { actors: 'russia', places: 'nagorno-karabakh' }
 * ```
 */
export type ClaimsAbout<D extends QueryableDataset> = {
  /** Claims about any of these actors. */
  readonly actors?: OneOrMany<IdOf<D, 'actors'>> | undefined
  /** Claims about any of these events. */
  readonly events?: OneOrMany<IdOf<D, 'events'>> | undefined
  /** Claims about any of these places. */
  readonly places?: OneOrMany<IdOf<D, 'places'>> | undefined
}

/**
 * The filters of `claims` ({@link Query}). Every filter narrows the result (AND); a list means
 * "any of these" (OR); an empty list is no constraint.
 *
 * @example
 * ```ts
 * const forecasts: ClaimsOptions<typeof dataset> = {
 *   claimant: 'nick-reynolds', kinds: 'forecast', minLikelihood: 'likely',
 * }
 * ```
 */
export type ClaimsOptions<D extends QueryableDataset> = {
  /** Claims made by any of these actors. */
  readonly claimant?: OneOrMany<IdOf<D, 'actors'>> | undefined
  /** Claims reported by any of these actors (claims without a reporter never match). */
  readonly reportedBy?: OneOrMany<IdOf<D, 'actors'>> | undefined
  /** Claims of any of these kinds. */
  readonly kinds?: OneOrMany<ClaimKind> | undefined
  /** Claims on any of these topics. */
  readonly topics?: OneOrMany<IdOf<D, 'topics'>> | undefined
  /** What the claims are about. */
  readonly about?: ClaimsAbout<D> | undefined
  /** Claims whose likelihood band is this one or a more likely one (claims with no likelihood never match). */
  readonly minLikelihood?: LikelihoodTerm | undefined
  /** `true`: claims that dispute another or that another disputes; `false`: neither. */
  readonly disputed?: boolean | undefined
  /** `true`: claims that carry a quantity; `false`: claims that do not. */
  readonly hasQuantity?: boolean | undefined
}

/**
 * Claims in the order of their quotes: by source id, then by where the quote starts and ends.
 *
 * @example
 * ```ts
 * sortClaims(claims)[0]?.quote.start // the claim quoted first
 * ```
 */
export const sortClaims = <T extends Pick<Claim, 'quote'>>(claims: readonly T[]): T[] =>
  [...claims].sort(
    ({ quote: a }, { quote: b }) =>
      compareText(a.source, b.source) || a.start - b.start || a.end - b.end,
  )

type Disputing = Pick<Claim, 'id' | 'disputes'>

/**
 * Each id and the claims whose `field` lists it, in dataset order, each claim once: who disputes
 * a claim, who supports it. @internal
 */
export function listedBy<K extends 'supports' | 'disputes', C extends Pick<Claim, K>>(
  claims: readonly C[],
  field: K,
): Map<string, C[]> {
  const by = new Map<string, C[]>()
  for (const c of claims)
    for (const id of new Set(c[field])) {
      const listing = by.get(id)
      if (listing) listing.push(c)
      else by.set(id, [c])
    }
  return by
}

/**
 * Per array of claims: the claims that dispute each claim (by its id), and every claim in a
 * dispute (either side), so `claims({ disputed })` is one set lookup per claim.
 */
const disputesIn = /* @__PURE__ */ cachedBy((claims: readonly Disputing[]) => {
  const by = listedBy(claims, 'disputes')
  const disputed = new Set<unknown>()
  for (const [target, disputing] of by) {
    disputed.add(byId(claims).get(target))
    for (const c of disputing) disputed.add(c)
  }
  // The claims in a dispute in dataset order: `disputed: true` filters these few, not them all.
  return { by, disputed, inDispute: claims.filter((c) => disputed.has(c)) }
})

/**
 * The claims that dispute a claim or that it disputes, in the order the claim lists them then
 * in dataset order: a dispute is mutual even when only one side lists it. Ids with no claim are
 * left out.
 *
 * @example
 * ```ts
 * disputesOf(getClaim('armenia-claims-missing'), dataset.claims).map((c) => c.id)
 * // ['azerbaijan-claims-returned-all-pows']
 * ```
 */
export function disputesOf<T extends Disputing>(
  claim: Disputing,
  claims: readonly T[] | ReadonlyMap<string, T>,
): T[] {
  const all = Array.isArray(claims) ? (claims as readonly T[]) : [...claims.values()]
  const listed = claim.disputes.map((id) => byId(all).get(id))
  const others = (disputesIn(all).by.get(claim.id) ?? []) as T[]
  return [...new Set([...listed, ...others])].filter(
    (c): c is T => c !== undefined && c.id !== claim.id,
  )
}

/** Runs `claims` on a dataset. @internal */
export function queryClaims<D extends QueryableDataset>(
  ctx: Ctx,
  options?: ClaimsOptions<D>,
): RecordOf<D, 'claims'>[] {
  const actors = list(idOf('actors'))
  const about = { actors, events: list(idOf('events')), places: list(idOf('places')) }
  const o = read(ctx, options, {
    claimant: actors,
    reportedBy: actors,
    kinds: list(oneOf(CLAIM_KINDS)),
    topics: list(idOf('topics')),
    about: (value, path) => read(ctx, value, about, path),
    minLikelihood: oneOf(LIKELIHOOD_TERMS),
    disputed: bool,
    hasQuantity: bool,
  })
  const { actors: onActors, events, places } = o.about ?? {}
  const claims = recordsOf(ctx.dataset, 'claims') as readonly Claim[]
  const { disputed, inDispute } = disputesIn(claims)
  const min = LIKELIHOOD_TERMS.indexOf(o.minLikelihood as LikelihoodTerm)
  const test = matching<Claim>([
    [o.claimant, (c) => c.claimant],
    [o.reportedBy, (c) => c.reportedBy],
    [o.kinds, (c) => c.kind],
    [o.topics, (c) => c.topics],
    [onActors, (c) => c.about.actors],
    [events, (c) => c.about.events],
    [places, (c) => c.about.places],
    [o.disputed === undefined ? undefined : new Set([o.disputed]), (c) => disputed.has(c)],
    [o.hasQuantity === undefined ? undefined : new Set([o.hasQuantity]), (c) => !!c.quantity],
    [min < 0 ? undefined : new Set(LIKELIHOOD_TERMS.slice(min)), (c) => c.likelihood?.term],
  ])
  const base = (o.disputed ? inDispute : claims) as readonly Claim[]
  return base.filter(test) as RecordOf<D, 'claims'>[]
}
