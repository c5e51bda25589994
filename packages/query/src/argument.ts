/**
 * `argument(claimId)`: the chain of `supports` links from a claim up to the thesis it serves
 * and down to the evidence that serves it.
 *
 * @module
 */

import { readOptions } from './args.js'
import { InvalidArgumentError } from './errors.js'
import { idTable, recordsOf, requireIndex } from './lookup.js'
import { perDataset } from './per-dataset.js'
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

type Graph = { readonly up: readonly Int32Array[]; readonly down: readonly Int32Array[] }

const graph = perDataset((dataset): Graph => {
  const claims = recordsOf(dataset, 'claims') as QueryableDataset['claims']
  const ids = idTable(dataset, 'claims')
  const up: number[][] = claims.map(() => [])
  const down: number[][] = claims.map(() => [])
  claims.forEach((c, i) => {
    for (const target of c.supports) {
      const j = ids.get(target)
      if (j < 0 || j === i || up[i]?.includes(j)) continue
      up[i]?.push(j)
      down[j]?.push(i)
    }
  })
  const typed = (lists: number[][]) => lists.map((l) => Int32Array.from(l).sort())
  return { up: typed(up), down: typed(down) }
})

/** Breadth-first walk along one direction of the graph. */
function walk<D extends QueryableDataset>(
  claims: readonly RecordOf<D, 'claims'>[],
  edges: readonly Int32Array[],
  start: number,
  maxDepth: number,
): { steps: ArgumentStep<D>[]; ends: RecordOf<D, 'claims'>[] } {
  const seen = new Set([start])
  const steps: ArgumentStep<D>[] = []
  const ends: RecordOf<D, 'claims'>[] = []
  const idOf = (i: number) => (claims[i] as { id: string }).id as IdOf<D, 'claims'>
  if ((edges[start] as Int32Array).length === 0) ends.push(claims[start] as RecordOf<D, 'claims'>)
  let frontier = [start]
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const via = new Map<number, number[]>()
    for (const from of frontier) {
      for (const to of edges[from] as Int32Array) {
        if (seen.has(to)) continue
        const list = via.get(to)
        if (list) list.push(from)
        else via.set(to, [from])
      }
    }
    const next = [...via.keys()].sort((a, b) => a - b)
    for (const i of next) {
      seen.add(i)
      steps.push({
        claim: claims[i] as RecordOf<D, 'claims'>,
        depth,
        via: (via.get(i) as number[]).sort((a, b) => a - b).map(idOf),
      })
      if ((edges[i] as Int32Array).length === 0) ends.push(claims[i] as RecordOf<D, 'claims'>)
    }
    frontier = next
  }
  return { steps, ends }
}

/** Runs `argument` on a dataset. @internal */
export function queryArgument<D extends QueryableDataset>(
  helper: string,
  dataset: D,
  claimId: IdOf<D, 'claims'>,
  options: ArgumentOptions | undefined,
): ArgumentChain<D> {
  const start = requireIndex(helper, 'claimId', dataset, 'claims', claimId)
  const o = readOptions(helper, options, ['maxDepth'])
  const maxDepth = o.maxDepth ?? Number.POSITIVE_INFINITY
  if (
    typeof maxDepth !== 'number' ||
    !(maxDepth >= 0) ||
    (Number.isFinite(maxDepth) && !Number.isInteger(maxDepth))
  )
    throw new InvalidArgumentError(
      helper,
      'maxDepth',
      'a whole number ≥ 0 (or Infinity)',
      o.maxDepth,
    )
  const claims = dataset.claims as readonly RecordOf<D, 'claims'>[]
  const g = graph(dataset)
  const up = walk(claims, g.up, start, maxDepth)
  const down = walk(claims, g.down, start, maxDepth)
  return {
    claim: claims[start] as RecordOf<D, 'claims'>,
    up: up.steps,
    down: down.steps,
    theses: up.ends,
    evidence: down.ends,
  }
}
