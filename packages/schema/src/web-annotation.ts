/**
 * `toWebAnnotations(dataset, { baseUrl })`: every claim's quote as a W3C Web Annotation (JSON-LD),
 * in one `AnnotationCollection`, for annotation tools (Hypothesis, Recogito, Apache Annotator).
 * The one mapping from the model to the Web Annotation Data Model: the data package builds
 * `annotations.jsonld` with it. Zod-free: import it from
 * `@karabakh-aftermath/schema/web-annotation` (or `@karabakh-aftermath/query/exports`).
 *
 * @module
 */
import type { Claim } from './claim.js'
import { httpUrl } from './http-url.js'
import type { Source } from './source.js'

/** The JSON-LD context of the W3C Web Annotation Data Model. */
export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

/**
 * A `TextQuoteSelector`: the exact words with the text just before and after them.
 *
 * @example
 * ```ts
 * const s: TextQuoteSelector = { type: 'TextQuoteSelector', exact: 'likely to remain unstable' }
 * ```
 */
export type TextQuoteSelector = {
  readonly type: 'TextQuoteSelector'
  readonly exact: string
  readonly prefix?: string
  readonly suffix?: string
}

/**
 * A `TextPositionSelector`: start and end in Unicode code points, as the W3C model counts them.
 *
 * @example
 * ```ts
 * const s: TextPositionSelector = { type: 'TextPositionSelector', start: 264, end: 292 }
 * ```
 */
export type TextPositionSelector = {
  readonly type: 'TextPositionSelector'
  readonly start: number
  readonly end: number
}

/**
 * A body of an annotation: the claim's statement (`describing`), or a tag (`tagging`) such as
 * `kind:forecast`, `likelihood:likely` or `claimant:armenia`.
 *
 * @example
 * ```ts
 * const b: AnnotationBody = { type: 'TextualBody', purpose: 'tagging', value: 'kind:forecast' }
 * ```
 */
export type AnnotationBody = {
  readonly type: 'TextualBody'
  readonly purpose: 'describing' | 'tagging'
  readonly value: string
  readonly format?: 'text/plain'
  readonly language?: string
}

/**
 * One claim as a Web Annotation: its id is the URL of the claim's record page, its target the
 * quoted words of the source.
 *
 * @example
 * ```ts
 * const a: WebAnnotation = toWebAnnotations(dataset, { baseUrl }).first.items[0]
 * a.target.selector[1].start // code points
 * ```
 */
export type WebAnnotation = {
  readonly id: string
  readonly type: 'Annotation'
  readonly motivation: 'describing'
  readonly body: readonly AnnotationBody[]
  readonly target: {
    /**
     * The source's `url` (`http:` or `https:`), or, when it has none, the `ni:` URI (RFC 6920) of
     * its text's SHA-256.
     */
    readonly source: string
    readonly selector: readonly [TextQuoteSelector, TextPositionSelector]
  }
}

/**
 * Every claim as an annotation, in one `AnnotationCollection` whose only page holds them all.
 *
 * @example
 * ```ts
 * const c: WebAnnotationCollection = toWebAnnotations(dataset, { baseUrl: 'https://example.org/' })
 * c.total === dataset.claims.length
 * ```
 */
export type WebAnnotationCollection = {
  readonly '@context': typeof WEB_ANNOTATION_CONTEXT
  readonly type: 'AnnotationCollection'
  readonly label: string
  readonly total: number
  readonly first: {
    readonly type: 'AnnotationPage'
    readonly startIndex: 0
    readonly items: readonly WebAnnotation[]
  }
}

/**
 * Options of {@link toWebAnnotations}.
 *
 * @example
 * ```ts
 * const options: WebAnnotationOptions = { baseUrl: process.env.SITE_URL }
 * ```
 */
export type WebAnnotationOptions = {
  /**
   * The public URL of the site whose `records/claims/<id>/` pages the annotation ids name
   * (`http:` or `https:`). Without it, ids are root-relative (`/records/claims/<id>/`) and resolve
   * against the address the file is served from, as JSON-LD resolves relative IRIs.
   */
  readonly baseUrl?: string | undefined
  /** The collection's label (default: "Claims of the Karabakh aftermath dataset"). */
  readonly label?: string | undefined
}

/**
 * A UTF-16 offset (a JavaScript string index, as quotes store it) as a count of Unicode code
 * points, as the W3C `TextPositionSelector` counts: each surrogate pair before the offset counts
 * once. The two agree on a text without characters outside the Basic Multilingual Plane.
 *
 * @example
 * ```ts
 * codePointOffset('a😀b', 3) // 2: "a" and "😀" come before "b"
 * ```
 */
export function codePointOffset(text: string, utf16Offset: number): number {
  // Each surrogate pair before the offset is two UTF-16 units and one code point.
  const pairs = text.slice(0, utf16Offset).match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)
  return utf16Offset - (pairs?.length ?? 0)
}

/**
 * The URL of a record's page on the site at `baseUrl` (root-relative without one), the stable
 * id every export gives a record.
 *
 * @example
 * ```ts
 * recordUrl('claims', 'border-likely-unstable', 'https://example.org/docs/')
 * // 'https://example.org/docs/records/claims/border-likely-unstable/'
 * ```
 */
export function recordUrl(collection: string, id: string, baseUrl?: string | undefined): string {
  const path = `records/${encodeURIComponent(collection)}/${encodeURIComponent(id)}/`
  if (baseUrl === undefined) return `/${path}`
  const base = httpUrl(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`)
  if (!base)
    throw new TypeError(`baseUrl must be an http: or https: URL, got ${JSON.stringify(baseUrl)}`)
  return new URL(path, base).href
}

// RFC 6920 names a text by its hash when the source has no URL: `ni:///sha-256;<base64url>`.
const niUri = (hex: string) => {
  const bytes = String.fromCharCode(...(hex.match(/../g) ?? []).map((h) => Number.parseInt(h, 16)))
  return `ni:///sha-256;${btoa(bytes).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}`
}

/**
 * Turns a dataset's claims into a W3C Web Annotation `AnnotationCollection`, in the order given.
 * Each annotation's target is the quoted source with a `TextQuoteSelector` (the exact words and
 * the stored prefix and suffix) and a `TextPositionSelector` in code points (converted from the
 * model's UTF-16 offsets); its bodies are the statement and `kind:`, `likelihood:` and
 * `claimant:` tags. A claim whose source is not in `dataset.sources` is left out, since its
 * positions could not be converted.
 *
 * @example
 * ```ts
 * import { toWebAnnotations } from '@karabakh-aftermath/query/exports'
 * const jsonld = JSON.stringify(toWebAnnotations(dataset, { baseUrl: 'https://example.org/' }))
 * ```
 */
export function toWebAnnotations(
  dataset: { readonly sources: readonly Source[]; readonly claims: readonly Claim[] },
  options: WebAnnotationOptions = {},
): WebAnnotationCollection {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]))
  const items: WebAnnotation[] = []
  for (const claim of dataset.claims) {
    const source = sources.get(claim.quote.source)
    if (!source) continue
    const { exact, prefix, suffix, start, end } = claim.quote
    items.push({
      id: recordUrl('claims', claim.id, options.baseUrl),
      type: 'Annotation',
      motivation: 'describing',
      body: [
        {
          type: 'TextualBody',
          purpose: 'describing',
          value: claim.statement,
          format: 'text/plain',
          language: 'en',
        },
        ...[
          `kind:${claim.kind}`,
          ...(claim.likelihood ? [`likelihood:${claim.likelihood.term}`] : []),
          `claimant:${claim.claimant}`,
        ].map((value): AnnotationBody => ({ type: 'TextualBody', purpose: 'tagging', value })),
      ],
      target: {
        source: httpUrl(source.url)?.href ?? niUri(source.textSha256),
        selector: [
          {
            type: 'TextQuoteSelector',
            exact,
            ...(prefix && { prefix }),
            ...(suffix && { suffix }),
          },
          {
            type: 'TextPositionSelector',
            start: codePointOffset(source.text, start),
            end: codePointOffset(source.text, end),
          },
        ],
      },
    })
  }
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: options.label ?? 'Claims of the Karabakh aftermath dataset',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  }
}
