import { dataset } from '@karabakh-aftermath/data'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ArgumentChain } from './argument.js'
import { createQuery } from './create-query.js'
import { InvalidArgumentError, NotFoundError } from './errors.js'
import { q } from './shipped.js'
import { datasetArb } from './testing/arbitraries.js'
import { fixture } from './testing/fixture.js'
import { argumentRef } from './testing/reference.js'
import type { QueryableDataset } from './types.js'

const plain = <D extends QueryableDataset>(chain: ArgumentChain<D>) => ({
  claim: chain.claim.id,
  up: chain.up.map((s) => ({ claim: s.claim.id, depth: s.depth, via: s.via })),
  down: chain.down.map((s) => ({ claim: s.claim.id, depth: s.depth, via: s.via })),
  theses: chain.theses.map((c) => c.id),
  evidence: chain.evidence.map((c) => c.id),
})

describe('argument on the shipped data', () => {
  it('climbs from the unstable-border forecast to the lesson the author draws', () => {
    const chain = q.argument('border-likely-unstable')
    expect(chain.up[0]).toMatchObject({
      claim: { id: 'operational-victory-not-political-outcome' },
      depth: 1,
    })
    expect(chain.theses.map((c) => c.id)).toEqual(['operational-strategic-gulf-lesson'])
  })

  it('descends to the evidence: the obstacles to peace, down to the mines and the demolished towns', () => {
    const chain = q.argument('border-likely-unstable')
    const down = chain.down.map((s) => s.claim.id)
    expect(down).toEqual(
      expect.arrayContaining([
        'obstacles-to-peace-formidable',
        'resentment-festers',
        'armenians-laid-mines',
      ]),
    )
    expect(chain.down.find((s) => s.claim.id === 'obstacles-to-peace-formidable')).toMatchObject({
      depth: 1,
      via: ['border-likely-unstable'],
    })
    expect(chain.evidence.map((c) => c.id)).toEqual(
      expect.arrayContaining(['armenians-laid-mines', 'armenia-demolished-towns']),
    )
    for (const c of chain.evidence)
      expect(dataset.claims.some((x) => (x.supports as string[]).includes(c.id))).toBe(false)
  })

  it('is its own thesis and evidence when it links to nothing', () => {
    const chain = q.argument('deescalation-requires-political-capital')
    expect(plain(chain)).toEqual({
      claim: 'deescalation-requires-political-capital',
      up: [],
      down: [],
      theses: ['deescalation-requires-political-capital'],
      evidence: ['deescalation-requires-political-capital'],
    })
  })

  it('stops at maxDepth', () => {
    const chain = q.argument('border-likely-unstable', { maxDepth: 1 })
    expect(chain.up.every((s) => s.depth === 1)).toBe(true)
    expect(chain.down.map((s) => s.claim.id).sort()).toEqual(
      dataset.claims
        .filter((c) => (c.supports as string[]).includes('border-likely-unstable'))
        .map((c) => c.id)
        .sort(),
    )
  })

  it('matches the naive reference for every shipped claim', () => {
    for (const c of dataset.claims)
      expect(plain(q.argument(c.id))).toEqual(argumentRef(dataset, c.id))
  })
})

describe('argument on the fixture', () => {
  const f = createQuery(fixture)
  it('lists each claim once, with every claim of the previous step that links to it', () => {
    expect(plain(f.argument('c5'))).toEqual({
      claim: 'c5',
      up: [],
      down: [
        { claim: 'c3', depth: 1, via: ['c5'] },
        { claim: 'c1', depth: 2, via: ['c3'] },
        { claim: 'c2', depth: 2, via: ['c3'] },
      ],
      theses: ['c5'],
      evidence: ['c1', 'c2'],
    })
  })
  it('refuses bad arguments', () => {
    expect(() => f.argument('c9')).toThrow(NotFoundError)
    expect(() => f.argument('c1', { maxDepth: -1 })).toThrow(InvalidArgumentError)
    expect(() => f.argument('c1', { maxDepth: 1.5 })).toThrow(
      'argument: maxDepth must be a whole number ≥ 0 (or Infinity) (got 1.5)',
    )
  })
})

describe('argument against the naive reference', () => {
  it('walks the same chain, breadth-first, in the same order', () => {
    fc.assert(
      fc.property(datasetArb, fc.integer({ min: 0, max: 4 }), (d, maxDepth) => {
        const query = createQuery(d)
        for (const c of d.claims) {
          expect(plain(query.argument(c.id))).toEqual(argumentRef(d, c.id))
          expect(plain(query.argument(c.id, { maxDepth }))).toEqual(argumentRef(d, c.id, maxDepth))
        }
      }),
      { numRuns: 150 },
    )
  })
})
