// Citations are checked by a third-party parser: citation-js reads each format back to CSL-JSON.
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-csl'
import '@citation-js/plugin-ris'
import { describe, expect, test } from 'vitest'
import { citationMetaTags, toBibTeX, toCsl, toRis } from './citation.js'
import type { Source } from './source.js'

const source = {
  id: 'rusi-test',
  kind: 'commentary',
  title: 'The Aftermath of the {Nagorno}-Karabakh Conflict & 100% “more”',
  authors: ['nick-reynolds'],
  publisher: 'rusi',
  published: '2021-07~',
  language: 'en-GB',
  rights: 'test',
  text: 'The text.',
  textSha256: '0'.repeat(64),
  parts: [{ kind: 'body', anchor: 'body-1', start: 0, end: 9 }],
} satisfies Source
const actors = [
  { id: 'nick-reynolds', kind: 'person', name: 'Nick Reynolds' },
  { id: 'rusi', kind: 'organization', name: 'Royal United Services Institute' },
] as const
const claimItem = toCsl(source, { actors, part: { kind: 'body', number: 2 }, id: 'claim-1' })

const parsed = (input: string) => new Cite(input).data[0]

describe('toCsl', () => {
  test('cites the source with split person names, a literal publisher and a circa month', () => {
    expect(toCsl(source, { actors })).toEqual({
      id: 'rusi-test',
      type: 'article',
      title: source.title,
      author: [{ family: 'Reynolds', given: 'Nick' }],
      publisher: 'Royal United Services Institute',
      issued: { 'date-parts': [[2021, 7]], circa: true },
      language: 'en-GB',
    })
  })

  test('cites a claim as the source with the paragraph, or the part outside the body, as locator', () => {
    expect(claimItem).toMatchObject({
      id: 'claim-1',
      label: 'paragraph',
      locator: '2',
      note: 'paragraph 2',
    })
    expect(toCsl(source, { actors, part: { kind: 'image-credit', number: 1 } })).toMatchObject({
      label: 'section',
      locator: 'image credit',
    })
    expect(toCsl(source).author).toEqual([{ literal: 'nick-reynolds' }])
  })

  test('keeps an http(s) URL and drops any other, so no export makes it a link', () => {
    expect(toCsl({ ...source, url: 'https://rusi.org/x' }).URL).toBe('https://rusi.org/x')
    const hostile = toCsl({ ...source, url: 'javascript:alert(1)' })
    expect(hostile.URL).toBeUndefined()
    expect(toBibTeX(hostile) + toRis(hostile)).not.toContain('javascript')
  })

  test('is read back by citation-js as CSL-JSON', () => {
    expect(parsed(JSON.stringify([claimItem]))).toMatchObject({ title: source.title, locator: '2' })
  })
})

describe('toBibTeX and toRis', () => {
  /** What citation-js reads back from either format. */
  const readBack = {
    title: source.title,
    author: [{ family: 'Reynolds', given: 'Nick' }],
    publisher: 'Royal United Services Institute',
    issued: { 'date-parts': [[2021, 7]] },
    note: 'paragraph 2',
  }

  test('BibTeX escapes TeX and is read back by citation-js with the same title, author, date and note', () => {
    const bib = toBibTeX(claimItem)
    expect(bib).toContain(
      'title = {The Aftermath of the \\{Nagorno\\}-Karabakh Conflict \\& 100\\% “more”}',
    )
    expect(bib).toContain('month = jul')
    expect(parsed(bib)).toMatchObject({ ...readBack, 'citation-key': 'claim-1' })
  })

  test('RIS is read back by citation-js with the same title, author, publisher, date and note', () => {
    const ris = toRis(claimItem)
    expect(ris.endsWith('ER  - \r\n')).toBe(true)
    expect(parsed(ris)).toMatchObject(readBack)
  })

  test('a report is a @techreport with an institution, and a newline in a field stays on its line', () => {
    const item = toCsl({ ...source, kind: 'report', title: 'A\nreport' }, { actors })
    expect(toBibTeX(item)).toMatch(
      /^@techreport\{rusi-test,\n[\s\S]*institution = \{Royal United Services Institute\}/,
    )
    expect(toRis(item)).toContain('TI  - A report\r\n')
  })
})

describe('citationMetaTags', () => {
  test('gives Highwire tags: title, one author each, date as YYYY/MM, publisher and language', () => {
    expect(citationMetaTags(toCsl(source, { actors }))).toEqual([
      ['citation_title', source.title],
      ['citation_author', 'Reynolds, Nick'],
      ['citation_publication_date', '2021/07'],
      ['citation_publisher', 'Royal United Services Institute'],
      ['citation_language', 'en-GB'],
    ])
  })
})
