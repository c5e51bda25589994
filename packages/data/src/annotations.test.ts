// The shipped annotations.jsonld, checked with third-party code: Apache Annotator's quote and
// position matchers find every claim's target at the same place in the source text.
import { readFileSync } from 'node:fs'
import {
  type TextPositionSelector,
  type TextQuoteSelector,
  textPositionSelectorMatcher,
  textQuoteSelectorMatcher,
} from '@apache-annotator/selector'
import type { WebAnnotationCollection } from '@karabakh-aftermath/schema/web-annotation'
import { describe, expect, it } from 'vitest'
import { dataset } from '../dist/index.js'

const shipped: WebAnnotationCollection = JSON.parse(
  readFileSync(new URL('../dist/annotations.jsonld', import.meta.url), 'utf8'),
)
const [source] = dataset.sources
const text = source?.text ?? ''
// Apache Annotator searches a "chunker"; the source text is one chunk.
const scope = () => ({
  currentChunk: { data: text },
  nextChunk: () => null,
  previousChunk: () => null,
  precedesCurrentChunk: () => false,
})
async function found(matches: AsyncGenerator<{ startIndex: number; endIndex: number }>) {
  const all: [number, number][] = []
  for await (const m of matches) all.push([m.startIndex, m.endIndex])
  return all
}

describe('annotations.jsonld', () => {
  it('is a W3C AnnotationCollection with one annotation per claim, its id the claim page', () => {
    expect(shipped['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(shipped.total).toBe(dataset.claims.length)
    expect(shipped.first.items.map((a) => a.id)).toEqual(
      dataset.claims.map((c) => expect.stringMatching(new RegExp(`/records/claims/${c.id}/$`))),
    )
    expect(JSON.stringify(shipped)).not.toMatch(/localhost|127\.0\.0\.1/)
  })

  it('lets Apache Annotator find every target once, at the same place by quote and by position', async () => {
    for (const [i, a] of shipped.first.items.entries()) {
      const [quote, position] = a.target.selector
      const byQuote = await found(textQuoteSelectorMatcher(quote as TextQuoteSelector)(scope()))
      const byPosition = await found(
        textPositionSelectorMatcher(position as TextPositionSelector)(scope()),
      )
      const claim = dataset.claims[i]
      expect(byQuote, a.id).toEqual([[claim?.quote.start, claim?.quote.end]])
      expect(byPosition, a.id).toEqual(byQuote)
    }
  })
})
