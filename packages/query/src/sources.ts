/**
 * Where a quote sits in its source: the part (title, paragraph, image credit…) that holds an
 * offset of the text, and that part's number among the parts of its kind.
 *
 * @module
 */
import type { Source, SourcePart } from '@karabakh-aftermath/schema'

/**
 * The part of a source (title, paragraph…) that holds an offset of its text, if any.
 *
 * @example
 * ```ts
 * partAt(source, claim.quote.start)?.anchor // 'body-5'
 * ```
 */
export function partAt(source: Pick<Source, 'parts'>, offset: number): SourcePart | undefined {
  return source.parts.find((p) => p.start <= offset && offset < p.end)
}

/**
 * The 1-based number of a part among the parts of its kind (the third body paragraph is 3), or
 * 0 when the part is not one of the source's.
 *
 * @example
 * ```ts
 * partNumber(source, partAt(source, claim.quote.start)) // 5: "paragraph 5"
 * ```
 */
export function partNumber(source: Pick<Source, 'parts'>, part: SourcePart): number {
  return source.parts.filter((p) => p.kind === part.kind).indexOf(part) + 1
}
