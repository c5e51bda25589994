/**
 * `claims`: the assertions of the dataset filtered by who makes them, who reports them, their
 * kind, topic, what they are about, how likely their author thinks they are, whether they are
 * disputed and whether they carry a number. Results keep the dataset's order.
 *
 * The index keeps one ascending list of claim positions per claimant, reporter, kind, topic,
 * subject (actor, event, place), likelihood band, plus the disputed and quantified claims; a
 * query reads the shortest list that applies and checks the other filters on it.
 *
 * @module
 */
import { readBoolean, readList, readOptions, vocabularyCheck } from './args.js'
import { InvalidArgumentError } from './errors.js'
import { idCheck, idTable, recordsOf } from './lookup.js'
import { perDataset } from './per-dataset.js'
import { collector, type Postings, postingsOf, toPostings } from './postings.js'
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
] as const

/** A field of the claims that a filter reads through postings. @internal */
export type ClaimField =
  | 'claimant'
  | 'reporter'
  | 'kind'
  | 'topic'
  | 'aboutActor'
  | 'aboutEvent'
  | 'aboutPlace'

/**
 * The claims index of a dataset: the flags every claim has (likelihood band, disputed, with a
 * quantity), and the postings of each field, built on first use. @internal
 */
export type ClaimIndex = {
  readonly claims: QueryableDataset['claims']
  /** Claim positions per likelihood band, in band order. */
  readonly byLikelihood: readonly Int32Array[]
  readonly disputedList: Int32Array
  readonly quantityList: Int32Array
  /** Band position of each claim's likelihood, or -1. */
  readonly likelihood: Int8Array
  /** 1 when the claim disputes another or another disputes it. */
  readonly disputed: Uint8Array
  /** 1 when the claim carries a quantity. */
  readonly quantity: Uint8Array
  readonly postings: Partial<Record<ClaimField, Postings>>
}

/** The claims index of a dataset, built on first use. @internal */
export const claimIndex: (dataset: QueryableDataset) => ClaimIndex = perDataset(buildClaimIndex)

type Claim = QueryableDataset['claims'][number]

/** The postings of one field of the claims, built on first use. @internal */
export function claimPostings(index: ClaimIndex, field: ClaimField): Postings {
  let postings = index.postings[field]
  if (!postings) {
    const { claims } = index
    const keys = collector(claims.length)
    for (const c of claims) {
      if (field === 'claimant') keys.add(c.claimant)
      else if (field === 'reporter') {
        if (c.reportedBy !== undefined) keys.add(c.reportedBy)
      } else if (field === 'kind') keys.add(c.kind)
      else if (field === 'topic') for (const t of c.topics) keys.add(t)
      else if (field === 'aboutActor') for (const a of c.about.actors) keys.add(a)
      else if (field === 'aboutEvent') for (const e of c.about.events) keys.add(e)
      else for (const p of c.about.places) keys.add(p)
      keys.next()
    }
    postings = toPostings(keys.finish())
    index.postings[field] = postings
  }
  return postings
}

/** Builds the claims index and the postings of every field. @internal */
export function prepareClaims(dataset: QueryableDataset): void {
  const index = claimIndex(dataset)
  for (const field of [
    'claimant',
    'reporter',
    'kind',
    'topic',
    'aboutActor',
    'aboutEvent',
    'aboutPlace',
  ] as const)
    claimPostings(index, field)
}

function buildClaimIndex(dataset: QueryableDataset): ClaimIndex {
  const claims = recordsOf(dataset, 'claims') as QueryableDataset['claims']
  const n = claims.length
  const ids = idTable(dataset, 'claims')
  const likelihood = new Int8Array(n).fill(-1)
  const disputed = new Uint8Array(n)
  const quantity = new Uint8Array(n)
  const byLikelihood: number[][] = LIKELIHOOD_TERMS.map(() => [])
  const quantityList: number[] = []
  const terms = LIKELIHOOD_TERMS as readonly string[]
  for (let i = 0; i < n; i++) {
    const c = claims[i] as Claim
    if (c.likelihood) {
      const band = terms.indexOf(c.likelihood.term)
      likelihood[i] = band
      byLikelihood[band]?.push(i)
    }
    if (c.quantity !== undefined) {
      quantity[i] = 1
      quantityList.push(i)
    }
    if (c.disputes.length > 0) {
      disputed[i] = 1
      for (const target of c.disputes) {
        const j = ids.get(target)
        if (j >= 0) disputed[j] = 1
      }
    }
  }
  const disputedList: number[] = []
  for (let i = 0; i < n; i++) if (disputed[i]) disputedList.push(i)
  return {
    claims,
    byLikelihood: byLikelihood.map((l) => Int32Array.from(l)),
    disputedList: Int32Array.from(disputedList),
    quantityList: Int32Array.from(quantityList),
    likelihood,
    disputed,
    quantity,
    postings: {},
  }
}

/** Runs `claims` on a dataset. @internal */
export function queryClaims<D extends QueryableDataset>(
  helper: string,
  dataset: D,
  options: ClaimsOptions<D> | undefined,
): RecordOf<D, 'claims'>[] {
  const o = readOptions(helper, options, OPTIONS)
  const actorId = idCheck(helper, dataset, 'actors')
  const claimant = readList(o.claimant, 'claimant', actorId)
  const reportedBy = readList(o.reportedBy, 'reportedBy', actorId)
  const kinds = readList(o.kinds, 'kinds', vocabularyCheck(helper, CLAIM_KINDS))
  const topics = readList(o.topics, 'topics', idCheck(helper, dataset, 'topics'))
  const about = readOptions(helper, o.about, ['actors', 'events', 'places'], 'about')
  const aboutActors = readList(about.actors, 'about.actors', actorId)
  const aboutEvents = readList(about.events, 'about.events', idCheck(helper, dataset, 'events'))
  const aboutPlaces = readList(about.places, 'about.places', idCheck(helper, dataset, 'places'))
  let minBand = -1
  if (o.minLikelihood !== undefined) {
    minBand = (LIKELIHOOD_TERMS as readonly unknown[]).indexOf(o.minLikelihood)
    if (minBand < 0)
      throw new InvalidArgumentError(
        helper,
        'minLikelihood',
        `one of: ${LIKELIHOOD_TERMS.join(', ')}`,
        o.minLikelihood,
      )
  }
  const disputed = readBoolean(helper, 'disputed', o.disputed)
  const hasQuantity = readBoolean(helper, 'hasQuantity', o.hasQuantity)

  const index = claimIndex(dataset)
  const claims = dataset.claims as readonly RecordOf<D, 'claims'>[]

  // Each list filter is a union of ascending posting lists. The filter with the fewest claims
  // drives; the others are tested by moving a cursor along their lists (candidates ascend, so
  // each cursor only moves forward), and the flags by typed arrays: no claim object is read
  // until it is in the answer.
  const filters: Int32Array[][] = []
  const lists = (field: ClaimField, keys: readonly string[] | undefined) => {
    if (keys) {
      const postings = claimPostings(index, field)
      filters.push([...new Set(keys)].map((k) => postingsOf(postings, k)))
    }
  }
  lists('claimant', claimant)
  lists('reporter', reportedBy)
  lists('kind', kinds)
  lists('topic', topics)
  lists('aboutActor', aboutActors)
  lists('aboutEvent', aboutEvents)
  lists('aboutPlace', aboutPlaces)
  if (minBand >= 0) filters.push(index.byLikelihood.slice(minBand))
  if (disputed === true) filters.push([index.disputedList])
  if (hasQuantity === true) filters.push([index.quantityList])
  const sizeOf = (f: Int32Array[]) => f.reduce((sum, l) => sum + l.length, 0)
  filters.sort((a, b) => sizeOf(a) - sizeOf(b))
  const [driver, ...others] = filters
  const tests = others.map(memberTest)
  const keep = (i: number): boolean => {
    for (const test of tests) if (!test(i)) return false
    if (disputed === false && index.disputed[i] === 1) return false
    if (hasQuantity === false && index.quantity[i] === 1) return false
    return true
  }

  const out: RecordOf<D, 'claims'>[] = []
  if (!driver) {
    for (let i = 0; i < claims.length; i++)
      if (keep(i)) out.push(claims[i] as RecordOf<D, 'claims'>)
    return out
  }
  let candidates = driver[0] ?? new Int32Array(0)
  if (driver.length > 1) {
    const merged = new Int32Array(sizeOf(driver))
    let k = 0
    for (const l of driver) {
      merged.set(l, k)
      k += l.length
    }
    candidates = merged.sort()
  }
  let previous = -1
  for (const i of candidates) {
    if (i === previous) continue
    previous = i
    if (keep(i)) out.push(claims[i] as RecordOf<D, 'claims'>)
  }
  return out
}

/**
 * A membership test over a union of ascending lists, for ascending queries: each list keeps a
 * cursor that gallops forward (doubling steps, then a binary search) to the first item ≥ i.
 */
function memberTest(lists: readonly Int32Array[]): (i: number) => boolean {
  const cursors = lists.map(() => 0)
  return (i) => {
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l] as Int32Array
      let lo = cursors[l] as number
      if (lo >= list.length) continue
      if ((list[lo] as number) < i) {
        let step = 1
        let hi = lo + 1
        while (hi < list.length && (list[hi] as number) < i) {
          lo = hi
          step *= 2
          hi = lo + step
        }
        hi = Math.min(hi, list.length)
        // Now list[lo] < i and (hi === length or list[hi] >= i): find the first item ≥ i.
        while (lo < hi) {
          const m = (lo + hi) >>> 1
          if ((list[m] as number) < i) lo = m + 1
          else hi = m
        }
        cursors[l] = lo
      }
      if (list[lo] === i) return true
    }
    return false
  }
}
