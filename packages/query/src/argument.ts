/**
 * `argument(claimId)`: the chain of `supports` links from a claim up to the thesis it serves
 * and down to the evidence that serves it.
 *
 * @module
 */
import type { Claim } from '@karabakh-aftermath/schema'
import { cachedBy, readCount, readOptions } from './args.js'
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
 * Options of {@link Query.argument}.
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

/** Per array of claims: the claims that support each claim, in dataset order. */
const supportedBy = /* @__PURE__ */ cachedBy((claims: readonly Claim[]) => {
  const by = new Map<string, Claim[]>()
  for (const c of claims)
    for (const target of new Set(c.supports)) {
      if (target === c.id) continue
      const list = by.get(target)
      if (list) list.push(c)
      else by.set(target, [c])
    }
  return by
})

const positionsOf = /* @__PURE__ */ cachedBy(
  (claims: readonly Claim[]) => new Map(claims.map((c, i) => [c, i])),
)

/** Breadth-first walk from `start` along `next`, nearest first, each claim once. */
function walk<D extends QueryableDataset>(
  start: Claim,
  next: (c: Claim) => readonly Claim[],
  position: (c: Claim) => number,
  maxDepth: number,
) {
  const seen = new Set([start])
  const steps: ArgumentStep<D>[] = []
  const ends: Claim[] = next(start).length === 0 ? [start] : []
  let frontier = [start]
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const via = new Map<Claim, Claim[]>()
    for (const from of frontier)
      for (const to of next(from)) if (!seen.has(to)) via.set(to, [...(via.get(to) ?? []), from])
    const byPosition = (a: Claim, b: Claim) => position(a) - position(b)
    frontier = [...via.keys()].sort(byPosition)
    for (const claim of frontier) {
      seen.add(claim)
      const from = (via.get(claim) as Claim[]).sort(byPosition).map((c) => c.id)
      steps.push({ claim, depth, via: from } as unknown as ArgumentStep<D>)
      if (next(claim).length === 0) ends.push(claim)
    }
  }
  return { steps, ends: ends as RecordOf<D, 'claims'>[] }
}

/** Runs `argument` on a dataset. @internal */
export function queryArgument<D extends QueryableDataset>(
  helper: string,
  dataset: D,
  claimId: IdOf<D, 'claims'>,
  options: ArgumentOptions | undefined,
): ArgumentChain<D> {
  const start = requireRecord<Claim>(helper, 'claimId', dataset, 'claims', claimId)
  const o = readOptions(helper, options, ['maxDepth'])
  const maxDepth = readCount(helper, 'maxDepth', o.maxDepth, Number.POSITIVE_INFINITY)
  const claims = recordsOf(dataset, 'claims') as readonly Claim[]
  const map = byId(claims)
  const position = (c: Claim) => positionsOf(claims).get(c) as number
  const targets = (c: Claim) =>
    [...new Set(c.supports)].flatMap((id) => {
      const target = map.get(id)
      return target && target !== c ? [target] : []
    })
  const sources = (c: Claim) => supportedBy(claims).get(c.id) ?? []
  const up = walk<D>(start, targets, position, maxDepth)
  const down = walk<D>(start, sources, position, maxDepth)
  return {
    claim: start as RecordOf<D, 'claims'>,
    up: up.steps,
    down: down.steps,
    theses: up.ends,
    evidence: down.ends,
  }
}
