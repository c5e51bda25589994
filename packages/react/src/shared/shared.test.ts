import { describe, expect, it } from 'vitest'
import { claims, source } from '../test/helpers.ts'
import { paragraphAnchor } from './anchors.js'
import { formatProbability, formatQuantity } from './format-number.js'
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

describe('anchors and segments', () => {
  it('anchors a paragraph by source and part', () => {
    expect(paragraphAnchor(source.id, 'body-5')).toBe('ka-rusi-2021-aftermath-body-5')
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
