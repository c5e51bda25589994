import { describe, expect, it } from 'vitest'
import { edtfDateTime, formatEdtf } from './format-edtf.js'

describe('formatEdtf', () => {
  it.each([
    ['1992', '1992'],
    ['2018', '2018'],
    ['2021-06', 'Jun 2021'],
    ['2021-06-20', '20 Jun 2021'],
    ['2020-09-27/2020-11-10', '27 Sept – 10 Nov 2020'],
    ['2020-09/2020-11', 'Sept – Nov 2020'],
    ['2019/2021', '2019 – 2021'],
    ['2021-07~', 'c. Jul 2021'],
    ['2021?', '2021?'],
    ['2021-07%', 'c. Jul 2021?'],
    ['2020-11/..', 'Nov 2020 onwards'],
    ['1992/..', '1992 onwards'],
    ['../2020', 'until 2020'],
    ['2020-11/', 'Nov 2020 – end unknown'],
    ['/2021-06', 'start unknown – Jun 2021'],
    ['2020~/2021-06', 'c. 2020 – Jun 2021'],
  ])('%s → %s', (edtf, text) => {
    expect(formatEdtf(edtf)).toBe(text)
  })

  it('localises with Intl', () => {
    expect(formatEdtf('2021-06-20', { locale: 'en-US', month: 'long' })).toBe('June 20, 2021')
    expect(formatEdtf('2021-06-20', { locale: 'de' })).toBe('20. Juni 2021')
    expect(formatEdtf('2020-09/2020-11', { locale: 'en-US' })).toBe('Sep – Nov 2020')
  })

  it('keeps years before 100 and takes custom words', () => {
    expect(formatEdtf('0050')).toBe('50')
    expect(formatEdtf('2020-11/..', { words: { openEnd: 'depuis {date}' }, locale: 'fr' })).toBe(
      'depuis nov. 2020',
    )
  })

  it('returns what it cannot read as it is', () => {
    for (const bad of [
      '',
      'soon',
      '2021-13',
      '2021-02-32',
      '../..',
      '<script>',
      '2021-06-20T10:00',
    ])
      expect(formatEdtf(bad)).toBe(bad)
  })

  it('gives a <time> value for single dates only', () => {
    expect(edtfDateTime('2021-07~')).toBe('2021-07')
    expect(edtfDateTime('2020-09-27/2020-11-10')).toBeUndefined()
  })
})
