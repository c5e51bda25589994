import { dataset } from '@karabakh-aftermath/data'
import { createQuery } from '@karabakh-aftermath/query'
import { describe, expect, it } from 'vitest'
import { claims, events, source } from '../test/helpers.ts'
import { paragraphAnchor } from './anchors.js'
import { formatProbability, formatQuantity } from './format-number.js'
import {
  createLookup,
  disputesOf,
  partAt,
  partNumber,
  relationsOf,
  sortEvents,
  tiesOf,
} from './model.js'
import { displayName, otherNames } from './names.js'
import { segment } from './segments.js'
import { safeHref } from './url.js'

describe('names', () => {
  const place = {
    name: 'Stepanakert',
    names: [
      { text: 'Xankəndi', lang: 'az', usedBy: ['azerbaijan'] },
      { text: 'Ստեփանակերտ', lang: 'hy' },
    ],
  }
  it('shows name by default and the name in a chosen language', () => {
    expect(displayName(place)).toEqual({ text: 'Stepanakert' })
    expect(displayName(place, 'az')).toEqual({ text: 'Xankəndi', lang: 'az' })
    expect(displayName(place, 'ru')).toEqual({ text: 'Stepanakert' })
    expect(otherNames(place, 'az').map((n) => n.text)).toEqual(['Ստեփանակերտ'])
  })
})

describe('safeHref', () => {
  it('allows only absolute http and https URLs', () => {
    expect(safeHref('https://rusi.org/a?b=1')).toBe('https://rusi.org/a?b=1')
    expect(safeHref('http://example.org')).toBe('http://example.org/')
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '/relative',
      '//evil.example',
      'mailto:a@b.c',
      '',
      undefined,
      null,
    ]) {
      expect(safeHref(bad)).toBeUndefined()
    }
  })
})

describe('numbers', () => {
  it('formats quantities and probabilities with Intl', () => {
    expect(formatQuantity({ value: 53.9, unit: 'percent' })).toBe('53.9%')
    expect(formatQuantity({ low: 700000, high: 1000000, unit: 'land mines' })).toBe(
      '700,000–1,000,000 land mines',
    )
    expect(formatQuantity({ low: 700000, high: 1000000, unit: 'Minen' }, 'de')).toBe(
      '700.000–1.000.000 Minen',
    )
    expect(formatProbability(0.55, 0.75)).toBe('55% – 75%')
  })
})

describe('model', () => {
  it('orders events as the query package’s timeline does', () => {
    const q = createQuery(dataset)
    expect(sortEvents(dataset.events).map((e) => e.id)).toEqual(q.timeline().map((e) => e.id))
    for (const actor of dataset.actors) {
      const ours = relationsOf(dataset.claims, actor.id)
        .map((r) => r.claim.id)
        .sort()
      const theirs = q
        .relations(actor.id)
        .flatMap((t) => t.claims.map((c) => c.id))
        .sort()
      expect(ours, actor.id).toEqual(theirs)
    }
  })

  it('orders events by their bounds, open starts first', () => {
    expect(sortEvents(events).map((e) => e.id)).toEqual([
      'armenian-control-of-territory',
      'mine-laying',
      'minsk-group-mediation',
      'trump-administration-disengagement',
      'pashinyan-era-negotiations',
      'armenia-election-2018',
      'war-2020',
      'ceasefire-2020',
      'russian-peacekeeping-deployment',
      'armenia-snap-election-2021',
    ])
  })
  it('finds parts, paragraph numbers and anchors', () => {
    const claim = claims.find((c) => c.id === 'border-likely-unstable')
    const part = claim && partAt(source, claim.quote.start)
    expect(part?.anchor).toBe('body-5')
    expect(part && partNumber(source, part)).toBe(5)
    expect(paragraphAnchor(source.id, 'body-5')).toBe('ka-rusi-2021-aftermath-body-5')
  })
  it('groups relations into ties, one line however many claims state it', () => {
    const [first, second] = claims
    if (!first || !second) throw new Error('the fixtures have claims')
    const ally = { subject: 'turkey', predicate: 'ally-of', object: 'azerbaijan' } as const
    const stated = [
      { ...ally, claim: first },
      { ...ally, claim: second },
      { subject: 'azerbaijan', predicate: 'ally-of', object: 'turkey', claim: second } as const,
      { subject: 'russia', predicate: 'mediator-of', object: 'azerbaijan', claim: first } as const,
    ]
    // As stated: the reverse ally-of is its own tie.
    expect(tiesOf(stated).map((t) => [t.subject, t.object, t.claims.length, t.symmetric])).toEqual([
      ['turkey', 'azerbaijan', 2, true],
      ['azerbaijan', 'turkey', 1, true],
      ['russia', 'azerbaijan', 1, false],
    ])
    // Merged: a tie that holds both ways is one, shown as the first claim states it.
    expect(
      tiesOf(stated, true).map((t) => [t.subject, t.object, t.claims.map((c) => c.id)]),
    ).toEqual([
      ['turkey', 'azerbaijan', [first.id, second.id, second.id]],
      ['russia', 'azerbaijan', [first.id]],
    ])
  })

  it('derives relations and mutual disputes', () => {
    expect(relationsOf(claims, 'turkey').map((r) => r.predicate)).toEqual(['ally-of', 'enemy-of'])
    const lookup = createLookup({
      claims: claims.map((c) => (c.id === 'armenia-claims-missing' ? { ...c, disputes: [] } : c)),
    })
    const armenian = lookup.claims.get('armenia-claims-missing')
    expect(armenian && disputesOf(armenian, lookup.claims).map((c) => c.id)).toEqual([
      'azerbaijan-claims-returned-all-pows',
    ])
  })
  it('segments a part at every quote boundary', () => {
    const at = (id: string, start: number, end: number) => ({
      ...(claims[0] as (typeof claims)[0]),
      id,
      quote: { source: 's', exact: 'x'.repeat(end - start), start, end },
    })
    const segs = segment({ start: 0, end: 20 }, [at('a', 2, 10), at('b', 5, 8), at('c', 15, 30)])
    expect(segs.map((s) => [s.start, s.end, s.claims.map((c) => c.id).join('')])).toEqual([
      [0, 2, ''],
      [2, 5, 'a'],
      [5, 8, 'ba'],
      [8, 10, 'a'],
      [10, 15, ''],
      [15, 20, 'c'],
    ])
  })
})
