/**
 * `claims`: the assertions of the dataset filtered by who makes them, who reports them, their
 * kind, topic, what they are about, how likely their author thinks they are, whether they are
 * disputed and whether they carry a number. Results keep the dataset's order. Also the order of
 * claims in their source and the disputes of a claim, which the components and the site use.
 *
 * @module
 */
import type { Claim } from '@karabakh-aftermath/schema'
import { cachedBy, readBoolean, readList, readOptions, vocabularyCheck } from './args.js'
import { byId, idCheck, recordsOf } from './lookup.js'
import type {
  ClaimKind,
  IdOf,
  LikelihoodTerm,
  OneOrMany,
  QueryableDataset,
  RecordOf,
} from './types.js'
import { CLAIM_KINDS, LIKELIHOOD_TERMS } from './vocabulary.js'

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
 * The filters of {@link Query.claims}. Every filter narrows the result (AND); a list means "any
 * of these" (OR); an empty list is no constraint.
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

const OPTIONS = [
  'claimant',
  'reportedBy',
  'kinds',
  'topics',
  'about',
  'minLikelihood',
  'disputed',
  'hasQuantity',
]

/**
 * Claims in the order of their quotes: by source id, then by where the quote starts and ends.
 *
 * @example
 * ```ts
 * sortClaims(claims)[0]?.quote.start // the claim quoted first
 * ```
 */
export function sortClaims<T extends Pick<Claim, 'quote'>>(claims: readonly T[]): T[] {
  return [...claims].sort(
    (a, b) =>
      (a.quote.source < b.quote.source ? -1 : a.quote.source > b.quote.source ? 1 : 0) ||
      a.quote.start - b.quote.start ||
      a.quote.end - b.quote.end,
  )
}

type Disputing = Pick<Claim, 'id' | 'disputes'>

/** Per array of claims: the ids of the claims that dispute each claim. */
const disputedBy = /* @__PURE__ */ cachedBy((claims: readonly Disputing[]) => {
  const by = new Map<string, string[]>()
  for (const c of claims)
    for (const target of c.disputes) {
      const list = by.get(target)
      if (list) list.push(c.id)
      else by.set(target, [c.id])
    }
  return by
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
export function disputesOf<T extends Pick<Claim, 'id' | 'disputes'>>(
  claim: Pick<Claim, 'id' | 'disputes'>,
  claims: readonly T[] | ReadonlyMap<string, T>,
): T[] {
  const list = Array.isArray(claims) ? (claims as readonly T[]) : [...claims.values()]
  const ids = new Set([...claim.disputes, ...(disputedBy(list).get(claim.id) ?? [])])
  ids.delete(claim.id)
  const map = byId(list)
  return [...ids].flatMap((id) => map.get(id) ?? [])
}

/** Runs `claims` on a dataset. @internal */
export function queryClaims<D extends QueryableDataset>(
  helper: string,
  dataset: D,
  options: ClaimsOptions<D> | undefined,
): RecordOf<D, 'claims'>[] {
  const o = readOptions(helper, options, OPTIONS)
  const about = readOptions(helper, o.about, ['actors', 'events', 'places'], 'about')
  const claims = recordsOf(dataset, 'claims') as readonly Claim[]
  // One test per filter given, so a claim is read only for what is asked.
  const tests: ((c: Claim) => boolean)[] = []
  const ids = (
    value: unknown,
    path: string,
    collection: 'actors' | 'topics' | 'events' | 'places',
    of: (c: Claim) => readonly (string | undefined)[],
  ) => {
    const list = readList(helper, value, path, idCheck(helper, dataset, collection))
    const set = list && new Set<string | undefined>(list)
    if (set) tests.push((c) => of(c).some((v) => set.has(v)))
  }
  ids(o.claimant, 'claimant', 'actors', (c) => [c.claimant])
  ids(o.reportedBy, 'reportedBy', 'actors', (c) => [c.reportedBy])
  ids(o.topics, 'topics', 'topics', (c) => c.topics)
  ids(about.actors, 'about.actors', 'actors', (c) => c.about.actors)
  ids(about.events, 'about.events', 'events', (c) => c.about.events)
  ids(about.places, 'about.places', 'places', (c) => c.about.places)
  const kinds = readList(helper, o.kinds, 'kinds', vocabularyCheck(helper, CLAIM_KINDS))
  if (kinds) tests.push((c) => kinds.includes(c.kind))
  if (o.minLikelihood !== undefined) {
    const terms: readonly unknown[] = LIKELIHOOD_TERMS
    const min = terms.indexOf(
      vocabularyCheck(helper, LIKELIHOOD_TERMS)(o.minLikelihood, 'minLikelihood'),
    )
    tests.push((c) => c.likelihood !== undefined && terms.indexOf(c.likelihood.term) >= min)
  }
  const disputed = readBoolean(helper, 'disputed', o.disputed)
  if (disputed !== undefined) {
    const by = disputedBy(claims)
    tests.push((c) => (c.disputes.length > 0 || by.has(c.id)) === disputed)
  }
  const hasQuantity = readBoolean(helper, 'hasQuantity', o.hasQuantity)
  if (hasQuantity !== undefined) tests.push((c) => (c.quantity !== undefined) === hasQuantity)
  return claims.filter((c) => tests.every((test) => test(c))) as RecordOf<D, 'claims'>[]
}
