import { SYMMETRIC_PREDICATES } from '@karabakh-aftermath/schema/vocabulary'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import { createQuery } from './create-query.js'
import { InvalidArgumentError, NotFoundError } from './errors.js'
import { relationsOf, type Tie, tiesOf } from './relations.js'
import { q } from './shipped.js'
import { datasetArb } from './testing/arbitraries.js'
import type { QueryableDataset } from './types.js'

const plain = <D extends QueryableDataset>(ties: Tie<D>[]) =>
  ties.map((t) => ({ ...t, claims: t.claims.map((c) => c.id) }))
const line = (t: { subject: string; predicate: string; object: string }) =>
  `${t.subject} ${t.predicate} ${t.object}`

describe('relations on the shipped data', () => {
  it("states Turkey's ties: cultural affinity and military alliance with Azerbaijan, enmity with Armenia", () => {
    const ties = q.relations('turkey')
    expect(ties.map(line)).toEqual(
      expect.arrayContaining([
        'turkey cultural-affinity-with azerbaijan',
        'turkey ally-of azerbaijan',
        'turkey enemy-of armenia',
        'turkey military-supporter-of azerbaijan',
      ]),
    )
    const enemy = ties.find((t) => t.predicate === 'enemy-of')
    expect(enemy?.direction).toBe('mutual')
    expect(enemy?.claims.map((c) => c.id)).toEqual(['turkey-historical-enemy-armenia'])
  })

  it("shows Russia's leverage as mediator of both sides, and ties seen from Armenia", () => {
    const russia = q.relations('russia', { direction: 'outgoing' })
    expect(russia.map(line)).toEqual(
      expect.arrayContaining(['russia mediator-of armenia', 'russia mediator-of azerbaijan']),
    )
    // The text makes Russia a guarantor for a territory, not for an actor: no tie is drawn.
    expect(russia.filter((t) => t.predicate === 'security-guarantor-of')).toEqual([])
    const fromArmenia = q.relations('armenia')
    const incoming = fromArmenia.filter((t) => t.direction === 'incoming').map(line)
    expect(incoming).toEqual(
      expect.arrayContaining(['russia mediator-of armenia', 'minsk-group mediator-of armenia']),
    )
    // A symmetric tie reads from the actor asked about.
    expect(
      fromArmenia.find((t) => t.predicate === 'ally-of' && t.other === 'russia'),
    ).toMatchObject({
      subject: 'armenia',
      object: 'russia',
      direction: 'mutual',
    })
  })

  it('groups the claims that state the same tie', () => {
    const influence = q
      .relations('russia', { predicates: 'influence-over' })
      .find((t) => t.object === 'armenia')
    expect(influence?.claims.map((c) => c.id)).toEqual([
      'pashinyan-aim-reduce-russian-influence',
      'russia-can-constrain-armenia',
    ])
  })

  it('returns nothing for an actor no claim ties to another', () => {
    expect(q.relations('zuma-press')).toEqual([])
  })
})

describe('relations and ties on the shared fixture', () => {
  const f = createQuery(fixture)
  // Armenia's side of Russia's alliance, stated the other way round, to merge with Russia's.
  const reverse = {
    ...f.getClaimOrThrow('russia-traditional-ally-of-armenia'),
    id: 'armenia-ally-of-russia',
    relation: { subject: 'armenia', predicate: 'ally-of', object: 'russia' },
  } as (typeof fixture.claims)[number]
  const claims = [...fixture.claims, reverse]
  it('merges a symmetric tie stated both ways round, and keeps directed ones apart', () => {
    const g = createQuery({ ...fixture, claims })
    expect(plain(g.relations('russia', { predicates: ['ally-of', 'mediator-of'] }))).toEqual([
      {
        predicate: 'ally-of',
        subject: 'russia',
        object: 'armenia',
        other: 'armenia',
        direction: 'mutual',
        claims: ['russia-traditional-ally-of-armenia', 'armenia-ally-of-russia'],
      },
      {
        predicate: 'mediator-of',
        subject: 'russia',
        object: 'armenia',
        other: 'armenia',
        direction: 'outgoing',
        claims: ['russia-mediator-armenia'],
      },
    ])
    expect(plain(g.relations('armenia', { direction: 'incoming' })).map(line)).toEqual([
      'russia mediator-of armenia',
    ])
  })
  it('groups stated relations into ties, merging symmetric ones only when asked', () => {
    const stated = relationsOf(claims, 'russia')
    expect(stated.map((r) => r.claim.id)).toEqual([
      'russia-traditional-ally-of-armenia',
      'russia-close-relations-armenia',
      'russia-mediator-armenia',
      'armenia-ally-of-russia',
    ])
    expect(tiesOf(stated).map((t) => [line(t), t.claims.length, t.symmetric])).toEqual([
      ['russia ally-of armenia', 1, true],
      ['russia close-relations-with armenia', 1, true],
      ['russia mediator-of armenia', 1, false],
      ['armenia ally-of russia', 1, true],
    ])
    expect(tiesOf(stated, true).map((t) => [line(t), t.claims.length])).toEqual([
      ['russia ally-of armenia', 2],
      ['russia close-relations-with armenia', 1],
      ['russia mediator-of armenia', 1],
    ])
  })
  it('refuses bad arguments', () => {
    expect(() => f.relations('nobody' as never)).toThrow(NotFoundError)
    expect(() => f.relations('russia', { predicates: 'friend-of' } as never)).toThrow(
      'relations: predicates must be one of: ally-of',
    )
    expect(() => f.relations('russia', { direction: 'both' } as never)).toThrow(
      InvalidArgumentError,
    )
    expect(() => f.relations(42 as never)).toThrow(
      'relations: actor must be an id (a string) (got 42)',
    )
  })
})

describe('relations, property: every tie is stated by its claims, every stating claim is in one tie', () => {
  it('holds on random datasets', () => {
    const symmetric: readonly string[] = SYMMETRIC_PREDICATES
    fc.assert(
      fc.property(datasetArb, (d) => {
        const query = createQuery(d)
        for (const a of d.actors) {
          const ties = query.relations(a.id)
          for (const t of ties)
            for (const c of t.claims) {
              const r = c.relation as NonNullable<typeof c.relation>
              expect(r.predicate).toBe(t.predicate)
              expect([r.subject, r.object].sort()).toEqual([a.id, t.other].sort())
              expect(t.direction).toBe(
                symmetric.includes(r.predicate)
                  ? 'mutual'
                  : r.subject === a.id
                    ? 'outgoing'
                    : 'incoming',
              )
            }
          const stating = d.claims.filter(
            (c) => c.relation && (c.relation.subject === a.id || c.relation.object === a.id),
          )
          expect(ties.flatMap((t) => t.claims.map((c) => c.id)).sort()).toEqual(
            stating.map((c) => c.id).sort(),
          )
        }
      }),
      { numRuns: 200 },
    )
  })
})
