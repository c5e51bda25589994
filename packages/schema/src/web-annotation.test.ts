import {
  type TextPositionSelector as AaPosition,
  type TextQuoteSelector as AaQuote,
  textPositionSelectorMatcher,
  textQuoteSelectorMatcher,
} from '@apache-annotator/selector'
import { describe, expect, test } from 'vitest'
import type { Claim } from './claim.js'
import { type Source, textSha256 } from './source.js'
import { codePointOffset, recordUrl, toWebAnnotations } from './web-annotation.js'

// Characters outside the Basic Multilingual Plane (two UTF-16 code units, one code point each)
// before and inside the quotes, so UTF-16 offsets and code points disagree.
const TEXT = 'Flags 🇦🇲 and 🇦🇿 flew; 𝒜 said the border is likely to remain unstable 😟 for years.'
const quote = (exact: string) => {
  const start = TEXT.indexOf(exact)
  return {
    source: 'fixture',
    exact,
    start,
    end: start + exact.length,
    prefix: TEXT.slice(Math.max(0, start - 8), start),
    suffix: TEXT.slice(start + exact.length, start + exact.length + 8),
  }
}
const source = {
  id: 'fixture',
  kind: 'commentary',
  title: 'Fixture',
  authors: ['author'],
  publisher: 'publisher',
  published: '2021-07~',
  language: 'en',
  rights: 'test',
  text: TEXT,
  textSha256: textSha256(TEXT),
  parts: [{ kind: 'body', anchor: 'body-1', start: 0, end: TEXT.length }],
} satisfies Source
const claim = (id: string, exact: string, extra: Partial<Claim> = {}): Claim => ({
  id,
  statement: `Statement of ${id}.`,
  kind: 'assessment',
  claimant: 'author',
  about: { actors: [], events: [], places: [] },
  disputes: [],
  supports: [],
  topics: [],
  quote: quote(exact),
  ...extra,
})
const claims = [
  claim('flags', '🇦🇿 flew'),
  claim('unstable', 'likely to remain unstable 😟', {
    kind: 'forecast',
    likelihood: { term: 'likely', cue: 'likely to' },
  }),
]

// A chunker over one string, the scope Apache Annotator's matchers search.
const scope = (text: string) => ({
  currentChunk: { data: text },
  nextChunk: () => null,
  previousChunk: () => null,
  precedesCurrentChunk: () => false,
})
async function matches(
  matcher: (
    s: ReturnType<typeof scope>,
  ) => AsyncGenerator<{ startIndex: number; endIndex: number }>,
) {
  const found: [number, number][] = []
  for await (const m of matcher(scope(TEXT))) found.push([m.startIndex, m.endIndex])
  return found
}

describe('codePointOffset', () => {
  test('counts a surrogate pair once, and agrees with UTF-16 on BMP-only text', () => {
    expect(codePointOffset('a😀b', 3)).toBe(2)
    expect(codePointOffset(TEXT, TEXT.indexOf('flew'))).toBe(
      [...TEXT.slice(0, TEXT.indexOf('flew'))].length,
    )
    expect(codePointOffset('Ağdam – “x”', 9)).toBe(9)
  })
})

describe('toWebAnnotations', () => {
  test('maps each claim to an annotation with code-point positions, quote, statement and tags', () => {
    const c = toWebAnnotations(
      { sources: [source], claims },
      { baseUrl: 'https://example.org/site' },
    )
    expect(c).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 2,
    })
    const [flags, unstable] = c.first.items
    expect(flags?.id).toBe('https://example.org/site/records/claims/flags/')
    // "Flags 🇦🇲 and " is 15 UTF-16 units and 13 code points (a flag is two regional indicators,
    // each a surrogate pair); "🇦🇿 flew" is 9 units and 7 code points.
    expect(claims[0]?.quote).toMatchObject({ start: 15, end: 24 })
    expect(flags?.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 13, end: 20 })
    expect(unstable?.body.map((b) => b.value)).toEqual([
      'Statement of unstable.',
      'kind:forecast',
      'likelihood:likely',
      'claimant:author',
    ])
    expect(unstable?.target.selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: 'likely to remain unstable 😟',
      prefix: 'border is '.slice(-8),
      suffix: ' for yea',
    })
    expect(unstable?.target.source).toMatch(/^ni:\/\/\/sha-256;[\w-]{43}$/)
  })

  test('gives root-relative ids without a base URL, refuses a non-http one and skips unknown sources', () => {
    const c = toWebAnnotations({
      sources: [source],
      claims: [...claims, { ...claim('x', 'flew'), quote: { ...quote('flew'), source: 'gone' } }],
    })
    expect(c.first.items.map((a) => a.id)).toEqual([
      '/records/claims/flags/',
      '/records/claims/unstable/',
    ])
    expect(() => recordUrl('claims', 'x', 'javascript:alert(1)')).toThrow(TypeError)
    expect(recordUrl('claims', 'a/b')).toBe('/records/claims/a%2Fb/')
    const target = (url: string) =>
      toWebAnnotations({ sources: [{ ...source, url }], claims }).first.items[0]?.target.source
    expect(target('https://rusi.org/x')).toBe('https://rusi.org/x')
    expect(target('javascript:alert(1)')).toMatch(/^ni:/)
  })

  test('Apache Annotator finds every target at the same place with the quote and the position selector', async () => {
    for (const a of toWebAnnotations({ sources: [source], claims }).first.items) {
      const [q, p] = a.target.selector
      const byQuote = await matches(textQuoteSelectorMatcher(q as AaQuote))
      const byPosition = await matches(textPositionSelectorMatcher(p as AaPosition))
      expect(byQuote).toHaveLength(1)
      expect(byPosition).toEqual(byQuote)
      const [start, end] = byQuote[0] ?? [0, 0]
      expect(TEXT.slice(start, end)).toBe(q.exact)
    }
  })
})
