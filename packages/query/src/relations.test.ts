import { dataset } from '@karabakh-aftermath/data'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createQuery } from './create-query.js'
import { InvalidArgumentError, NotFoundError } from './errors.js'
import type { Tie } from './relations.js'
import { q } from './shipped.js'
import { datasetArb } from './testing/arbitraries.js'
import { fixture } from './testing/fixture.js'
import { relationsRef } from './testing/reference.js'
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

  it('matches the naive reference for every shipped actor', () => {
    for (const a of dataset.actors)
      expect(plain(q.relations(a.id))).toEqual(relationsRef(dataset, a.id))
  })
})

describe('relations on the fixture', () => {
  const f = createQuery(fixture)
  it('merges a symmetric tie stated both ways round, and keeps directed ones apart', () => {
    expect(plain(f.relations('a'))).toEqual([
      {
        predicate: 'enemy-of',
        subject: 'a',
        object: 'b',
        other: 'b',
        direction: 'mutual',
        claims: ['c4'],
      },
      {
        predicate: 'mediator-of',
        subject: 'a',
        object: 'b',
        other: 'b',
        direction: 'outgoing',
        claims: ['c5'],
      },
      {
        predicate: 'ally-of',
        subject: 'a',
        object: 'b',
        other: 'b',
        direction: 'mutual',
        claims: ['c6', 'c7'],
      },
    ])
    expect(plain(f.relations('b', { direction: 'incoming' }))).toEqual([
      {
        predicate: 'mediator-of',
        subject: 'a',
        object: 'b',
        other: 'a',
        direction: 'incoming',
        claims: ['c5'],
      },
    ])
  })
  it('refuses bad arguments', () => {
    expect(() => f.relations('c')).toThrow(NotFoundError)
    expect(() => f.relations('a', { predicates: 'friend-of' } as never)).toThrow(
      'relations: predicates must be one of: ally-of',
    )
    expect(() => f.relations('a', { direction: 'both' } as never)).toThrow(InvalidArgumentError)
    expect(() => f.relations(42 as never)).toThrow(
      'relations: actor must be an id (a string) (got 42)',
    )
  })
})

describe('relations against the naive reference', () => {
  it('returns the same ties with the same claims, in the same order', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const query = createQuery(d)
        for (const a of d.actors)
          expect(plain(query.relations(a.id))).toEqual(relationsRef(d, a.id))
      }),
      { numRuns: 200 },
    )
  })
})
