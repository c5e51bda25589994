import { dataset } from '@karabakh-aftermath/data'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import type { ArgumentChain } from './argument.js'
import { createQuery } from './create-query.js'
import { InvalidArgumentError, NotFoundError } from './errors.js'
import { q } from './shipped.js'
import { datasetArb } from './testing/arbitraries.js'
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
})

describe('argument on the fixture', () => {
  const f = createQuery(fixture)
  it('lists each claim once, with every claim of the previous step that links to it', () => {
    const evidence = ['turkey-military-ally-azerbaijan', 'turkey-historical-enemy-armenia']
    const bridge = 'international-actors-unlikely-to-bridge'
    expect(plain(f.argument('committed-mediation-dim-prospect'))).toEqual({
      claim: 'committed-mediation-dim-prospect',
      up: [],
      down: [
        { claim: bridge, depth: 1, via: ['committed-mediation-dim-prospect'] },
        ...evidence.map((claim) => ({ claim, depth: 2, via: [bridge] })),
      ],
      theses: ['committed-mediation-dim-prospect'],
      evidence,
    })
    expect(plain(f.argument('turkey-historical-enemy-armenia')).theses).toEqual([
      'committed-mediation-dim-prospect',
    ])
  })
  it('refuses bad arguments', () => {
    const id = 'new-status-quo-emerged'
    expect(() => f.argument('new-status-quo' as never)).toThrow(NotFoundError)
    expect(() => f.argument(id, { maxDepth: -1 })).toThrow(InvalidArgumentError)
    expect(() => f.argument(id, { maxDepth: 1.5 })).toThrow(
      'argument: maxDepth must be a whole number ≥ 0 (or Infinity) (got 1.5)',
    )
  })
})

describe('argument, property: each claim once, at its shortest distance, through the claims one step nearer', () => {
  // Distances along `supports` (up) or against it (down), by plain relaxation over every link.
  const distances = (d: typeof fixture, start: string, up: boolean) => {
    const links = d.claims.flatMap((c) =>
      [...new Set(c.supports)]
        .filter((t) => t !== c.id && d.claims.some((x) => x.id === t))
        .map((t) => (up ? [c.id, t] : [t, c.id]) as [string, string]),
    )
    const depth = new Map([[start, 0]])
    for (let changed = true; changed; ) {
      changed = false
      for (const [from, to] of links) {
        const k = depth.get(from)
        if (k !== undefined && (depth.get(to) ?? Number.POSITIVE_INFINITY) > k + 1) {
          depth.set(to, k + 1)
          changed = true
        }
      }
    }
    return { depth, links }
  }
  it('holds on random datasets', () => {
    fc.assert(
      fc.property(datasetArb, fc.integer({ min: 0, max: 4 }), (d, maxDepth) => {
        const query = createQuery(d)
        for (const c of d.claims) {
          const chain = plain(query.argument(c.id, { maxDepth }))
          for (const [steps, up] of [
            [chain.up, true],
            [chain.down, false],
          ] as const) {
            const { depth, links } = distances(d, c.id, up)
            const want = [...depth].filter(([id, k]) => id !== c.id && k <= maxDepth)
            expect(new Map(steps.map((s) => [s.claim, s.depth]))).toEqual(new Map(want))
            for (const s of steps)
              expect(new Set(s.via)).toEqual(
                new Set(
                  links
                    .filter(([from, to]) => to === s.claim && depth.get(from) === s.depth - 1)
                    .map(([from]) => from),
                ),
              )
            for (let i = 1; i < steps.length; i++)
              expect((steps[i] as { depth: number }).depth).toBeGreaterThanOrEqual(
                (steps[i - 1] as { depth: number }).depth,
              )
          }
        }
      }),
      { numRuns: 150 },
    )
  })
})
