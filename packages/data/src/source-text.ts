// Splits a source text into its blocks (paragraphs separated by blank lines), names them by the
// authored part kinds, and finds the body's sentences for the coverage check.
import type { SourcePart } from '@karabakh-aftermath/schema'

/** The spans of the text's blocks: runs of text between blank lines. */
export function blockSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }))
}

/** Parts with stable anchors: `title`, `body-1` … `body-9`, `author-note-1` …; a kind that occurs once keeps its bare name. */
export function namedParts(
  text: string,
  kinds: readonly SourcePart['kind'][],
): SourcePart[] | { error: string } {
  const spans = blockSpans(text)
  if (spans.length !== kinds.length)
    return {
      error: `lists ${kinds.length} parts but the text has ${spans.length} blocks (separated by blank lines): give one part kind per block`,
    }
  const count = (kind: string, upTo = kinds.length) =>
    kinds.slice(0, upTo).filter((k) => k === kind).length
  return spans.map((span, i) => {
    const kind = kinds[i] as SourcePart['kind']
    return { kind, anchor: count(kind) === 1 ? kind : `${kind}-${count(kind, i + 1)}`, ...span }
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
