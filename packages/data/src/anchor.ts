// Anchors authored quotes (exact words, maybe a prefix or suffix) in their source text and
// computes the W3C selector offsets, refusing quotes that are missing or ambiguous.
import type { Quote, QuoteInput } from '@karabakh-aftermath/schema'

/** Characters of context kept as prefix and suffix, to re-anchor a quote after edits. */
const CONTEXT = 32

/** Every offset at which `needle` occurs in `text` (overlapping occurrences included). */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = []
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i)
  return found
}

const straighten = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"')

/** Anchors one authored quote; returns the quote or the reason it cannot be anchored. */
export function anchorQuote(
  input: QuoteInput,
  sources: ReadonlyMap<string, string>,
  defaultSource: string | undefined,
): Quote | { error: string } {
  const q = typeof input === 'string' ? { exact: input } : input
  const source = q.source ?? defaultSource
  if (!source) return { error: 'needs a source: the dataset has more than one, so name it' }
  const text = sources.get(source)
  if (text === undefined) return { error: `refers to sources/${source}, which does not exist` }
  const { prefix = '', suffix = '' } = q
  const hits = occurrences(text, prefix + q.exact + suffix)
  if (hits.length === 0) {
    const loose = occurrences(straighten(text), straighten(prefix + q.exact + suffix)).length
    const hint = loose
      ? ' (it does with straight quotes: copy the curly ’ ‘ ’ from the source)'
      : ''
    return {
      error: `is not in the source text${prefix || suffix ? ' with that prefix/suffix' : ''}${hint}: "${q.exact.slice(0, 80)}"`,
    }
  }
  if (hits.length > 1)
    return {
      error: `occurs ${hits.length} times in the source: add a prefix or suffix that makes it unique ("${q.exact.slice(0, 60)}")`,
    }
  const start = (hits[0] as number) + prefix.length
  const end = start + q.exact.length
  return {
    source,
    exact: q.exact,
    start,
    end,
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  }
}
