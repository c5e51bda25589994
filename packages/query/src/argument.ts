/**
 * `argument(claimId)`: the chain of `supports` links from a claim up to the thesis it serves
 * and down to the evidence that serves it.
 *
 * @module
 */
import type { Claim } from '@karabakh-aftermath/schema'
import { type Ctx, cachedBy, count, read } from './args.js'
import { listedBy } from './claims.js'
import { byId, recordsOf, requireRecord } from './lookup.js'
import type { IdOf, QueryableDataset, RecordOf } from './types.js'

/**
 * One claim reached along `supports` links, at `depth` steps from the claim asked about, with
 * the claims of the previous step that link to it (`via`).
 *
 * @example
 * ```ts
 * const { up } = q.argument('border-likely-unstable')
 * up[0] // { claim: { id: 'conflict-likely-frozen', … }, depth: 1, via: ['border-likely-unstable'] }
 * ```
 */
export type ArgumentStep<D extends QueryableDataset> = {
  /** The claim reached. */
  readonly claim: RecordOf<D, 'claims'>
  /** How many `supports` links away it is (1 = directly linked). */
  readonly depth: number
  /** The claims one step nearer that link to it, in dataset order. */
  readonly via: IdOf<D, 'claims'>[]
}

/**
 * The argument around a claim. `up` follows `supports` (what the claim argues for, then what
 * that argues for…), `down` follows it backwards (what argues for the claim…), both breadth-first,
 * nearest first, each claim once. `theses` are the claims of the chain up that argue for nothing
 * further (the claim itself when it argues for nothing); `evidence` are the claims of the chain
 * down that nothing argues for (the claim itself when nothing does).
 *
 * @example
 * ```ts
 * const { theses, evidence } = q.argument('armenia-beaten-rapidly')
 * theses.map((c) => c.statement)
 * ```
 */
export type ArgumentChain<D extends QueryableDataset> = {
  /** The claim asked about. */
  readonly claim: RecordOf<D, 'claims'>
  /** Claims it argues for, directly or through others, nearest first. */
  readonly up: ArgumentStep<D>[]
  /** Claims that argue for it, directly or through others, nearest first. */
  readonly down: ArgumentStep<D>[]
  /** Where the chain up ends: claims that argue for nothing further. */
  readonly theses: RecordOf<D, 'claims'>[]
  /** Where the chain down ends: claims that nothing argues for. */
  readonly evidence: RecordOf<D, 'claims'>[]
}

/**
 * Options of `argument` ({@link Query}).
 *
 * @example
 * ```ts
 * q.argument('border-likely-unstable', { maxDepth: 1 }) // direct links only
 * ```
 */
export type ArgumentOptions = {
  /** Follow at most this many links each way (default: no limit). */
  readonly maxDepth?: number | undefined
}

/** Per array of claims: the claims that support each claim (by its id), in dataset order. */
const supportedBy = /* @__PURE__ */ cachedBy((claims: readonly Claim[]) =>
  listedBy(claims, 'supports'),
)

/**
 * Breadth-first walk from `start` along `next`, nearest first, each claim once; `position`
 * orders the claims of a step (dataset order).
 */
function walk<D extends QueryableDataset>(
  start: Claim,
  next: (c: Claim) => Claim[],
  position: ReadonlyMap<Claim, number>,
  maxDepth: number,
) {
  const seen = new Set([start])
  const steps: ArgumentStep<D>[] = []
  const ends = next(start).length ? [] : [start]
  const order = (a: Claim, b: Claim) => (position.get(a) as number) - (position.get(b) as number)
  let frontier = [start]
  for (let depth = 1; depth <= maxDepth && frontier.length; depth++) {
    const via = new Map<Claim, Claim[]>()
    for (const from of frontier)
      for (const to of next(from)) if (!seen.has(to)) via.set(to, [...(via.get(to) ?? []), from])
    frontier = [...via.keys()].sort(order)
    for (const claim of frontier) {
      seen.add(claim)
      const from = (via.get(claim) as Claim[]).sort(order).map((c) => c.id)
      steps.push({ claim, depth, via: from } as unknown as ArgumentStep<D>)
      if (!next(claim).length) ends.push(claim)
    }
  }
  return [steps, ends as RecordOf<D, 'claims'>[]] as const
}

/** Per array of claims: the position of each claim, to list the claims of a step in order. */
const positionsOf = /* @__PURE__ */ cachedBy(
  (claims: readonly Claim[]) => new Map(claims.map((c, i) => [c, i])),
)

/** Runs `argument` on a dataset. @internal */
export function queryArgument<D extends QueryableDataset>(
  ctx: Ctx,
  claimId: IdOf<D, 'claims'>,
  options?: ArgumentOptions,
): ArgumentChain<D> {
  const start = requireRecord<Claim>(ctx, 'claimId', 'claims', claimId)
  const maxDepth = read(ctx, options, { maxDepth: count }).maxDepth ?? Number.POSITIVE_INFINITY
  const claims = recordsOf(ctx.dataset, 'claims') as readonly Claim[]
  const position = positionsOf(claims)
  // The claims a claim supports (itself and unknown ids left out), and those that support it.
  const up = (c: Claim) =>
    [...new Set(c.supports)].flatMap((id) => byId(claims).get(id) ?? []).filter((t) => t !== c)
  const down = (c: Claim) => (supportedBy(claims).get(c.id) ?? []).filter((s) => s !== c)
  const [upSteps, theses] = walk<D>(start, up, position, maxDepth)
  const [downSteps, evidence] = walk<D>(start, down, position, maxDepth)
  return { claim: start as RecordOf<D, 'claims'>, up: upSteps, down: downSteps, theses, evidence }
}
