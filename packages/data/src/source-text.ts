// Splits a source text into its blocks (paragraphs separated by blank lines), names them by the
// authored part kinds, and finds the body's sentences for the coverage check.
import type { SourcePart } from '@karabakh-aftermath/schema'

/** Parts with stable anchors: `title`, `body-1` … `body-9`, `author-note-1` …; a kind that occurs once keeps its bare name. */
export function namedParts(
  text: string,
  kinds: readonly SourcePart['kind'][],
): SourcePart[] | { error: string } {
  // The blocks: runs of text between blank lines.
  const spans = [...text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)]
  if (spans.length !== kinds.length)
    return {
      error: `lists ${kinds.length} parts but the text has ${spans.length} blocks (separated by blank lines): give one part kind per block`,
    }
  // How often each kind occurs, and how many of it were named so far: one pass each.
  const total = new Map<string, number>()
  for (const k of kinds) total.set(k, (total.get(k) ?? 0) + 1)
  const seen = new Map<string, number>()
  return spans.map(({ index: start, 0: block }, i) => {
    const kind = kinds[i] as SourcePart['kind']
    const n = (seen.get(kind) ?? 0) + 1
    seen.set(kind, n)
    const anchor = total.get(kind) === 1 ? kind : `${kind}-${n}`
    return { kind, anchor, start, end: start + block.length }
  })
}

/** A sentence of a part, as an offset span of the source text. */
export type Sentence = {
  source: string
  anchor: string
  index: number
  start: number
  end: number
  text: string
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/** The sentences of the body paragraphs, and the image credit as one unit: what claims must cover. */
export function coverageUnits(
  source: string,
  text: string,
  parts: readonly SourcePart[],
): Sentence[] {
  const units: Sentence[] = []
  for (const part of parts) {
    const block = text.slice(part.start, part.end)
    // The image credit is one unit however many sentences it has; a body paragraph, one a sentence.
    const pieces =
      part.kind === 'body'
        ? segmenter.segment(block)
        : part.kind === 'image-credit'
          ? [{ segment: block, index: 0 }]
          : []
    let index = 0
    for (const s of pieces) {
      const trimmed = s.segment.trimEnd()
      if (!trimmed) continue
      const start = part.start + s.index
      const end = start + trimmed.length
      units.push({ source, anchor: part.anchor, index: ++index, start, end, text: trimmed })
    }
  }
  return units
}
