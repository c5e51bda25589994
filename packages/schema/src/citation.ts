/**
 * Citations of a source, or of a claim as the source with a paragraph locator: CSL-JSON (the one
 * mapping from the model), and BibTeX, RIS and Highwire `citation_*` meta tags derived from it,
 * for reference managers (Zotero, Mendeley, EndNote) and Google Scholar. Zod-free: import them
 * from `@karabakh-aftermath/schema/citation` (or `@karabakh-aftermath/query/exports`).
 *
 * @module
 */
import type { Actor } from './actor.js'
import { httpUrl } from './http-url.js'
import type { Source, SourcePart } from './source.js'

/**
 * A name in CSL-JSON: a person's family and given names, or an organisation's literal name.
 *
 * @example
 * ```ts
 * const n: CslName = { family: 'Reynolds', given: 'Nick' }
 * ```
 */
export type CslName = { family: string; given?: string } | { literal: string }

/**
 * A CSL-JSON item (the format of citeproc and Zotero): what {@link toCsl} returns. `locator` and
 * `label` say where in the work a claim is (`paragraph` 5), as a CSL citation item does.
 *
 * @example
 * ```ts
 * const item: CslItem = toCsl(source, { actors })
 * item.issued // { 'date-parts': [[2021, 7]], circa: true }
 * ```
 */
export type CslItem = {
  id: string
  type: 'article' | 'speech' | 'report' | 'book' | 'webpage'
  title: string
  author: CslName[]
  publisher?: string
  issued?: { 'date-parts': [[number] | [number, number] | [number, number, number]]; circa?: true }
  URL?: string
  language?: string
  locator?: string
  label?: 'paragraph' | 'section'
  note?: string
}

/**
 * Options of {@link toCsl}.
 *
 * @example
 * ```ts
 * const options: CitationOptions = { actors, part: { kind: 'body', number: 5 }, id: claim.id }
 * ```
 */
export type CitationOptions = {
  /** Actors, to name the authors and the publisher (otherwise their ids are used). */
  readonly actors?: readonly Pick<Actor, 'id' | 'kind' | 'name'>[] | undefined
  /**
   * The part of the source a claim's quote is in: its kind and its number among the parts of that
   * kind (`{ kind: 'body', number: 5 }` is the fifth paragraph), as `partAt` and `partNumber` of
   * `@karabakh-aftermath/query` give them.
   */
  readonly part?: { readonly kind: SourcePart['kind']; readonly number: number } | undefined
  /** The item's id and citation key (default: the source's id). */
  readonly id?: string | undefined
}

const TYPES = {
  commentary: { csl: 'article', bibtex: 'misc', ris: 'ELEC' },
  article: { csl: 'article', bibtex: 'misc', ris: 'ELEC' },
  webpage: { csl: 'webpage', bibtex: 'misc', ris: 'ELEC' },
  statement: { csl: 'speech', bibtex: 'misc', ris: 'GEN' },
  report: { csl: 'report', bibtex: 'techreport', ris: 'RPRT' },
  book: { csl: 'book', bibtex: 'book', ris: 'BOOK' },
} as const satisfies Record<Source['kind'], { csl: CslItem['type']; bibtex: string; ris: string }>
const typeOf = (item: CslItem) =>
  Object.values(TYPES).find((t) => t.csl === item.type) ?? TYPES.article

/**
 * A source as a CSL-JSON item, or, given a `part`, a claim's citation: the source with the
 * paragraph (or, outside the body, the part) that holds the quote as `locator` and `note`. People's names
 * are split at the last space into given and family names; other authors are literal names. An
 * EDTF date keeps its precision (`2021-07~` is July 2021, `circa`).
 *
 * @example
 * ```ts
 * import { partAt, partNumber } from '@karabakh-aftermath/query'
 * import { toCsl } from '@karabakh-aftermath/query/exports'
 * const part = partAt(source, claim.quote.start)
 * toCsl(source, { actors, id: claim.id, part: part && { kind: part.kind, number: partNumber(source, part) } })
 * // { id: 'border-likely-unstable', type: 'article', title: 'The Aftermath…', locator: '5', label: 'paragraph', … }
 * ```
 */
export function toCsl(source: Source, options: CitationOptions = {}): CslItem {
  const actors = new Map((options.actors ?? []).map((a) => [a.id, a]))
  const name = (id: string): CslName => {
    const actor = actors.get(id)
    const text = actor?.name ?? id
    const space = text.lastIndexOf(' ')
    return actor?.kind === 'person' && space > 0
      ? { family: text.slice(space + 1), given: text.slice(0, space) }
      : { literal: text }
  }
  const date = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?%])?$/.exec(source.published)
  const { part } = options
  const where =
    part &&
    (part.kind === 'body'
      ? { label: 'paragraph' as const, locator: String(part.number) }
      : { label: 'section' as const, locator: part.kind.replace(/-/g, ' ') })
  // Only an http(s) URL: a reference manager makes it a link.
  const url = httpUrl(source.url)
  return {
    id: options.id ?? source.id,
    type: TYPES[source.kind].csl,
    title: source.title,
    author: source.authors.map(name),
    publisher: actors.get(source.publisher)?.name ?? source.publisher,
    ...(date && {
      issued: {
        'date-parts': [date.slice(1, 4).filter(Boolean).map(Number) as [number]],
        ...(date[4] && { circa: true as const }),
      },
    }),
    ...(url && { URL: url.href }),
    language: source.language,
    ...(where && { ...where, note: `${where.label} ${where.locator}` }),
  }
}

// A name as reference managers want it: `Reynolds, Nick`.
const nameText = (n: CslName) =>
  'literal' in n ? n.literal : n.given ? `${n.family}, ${n.given}` : n.family
const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ')
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim()
// BibTeX's special characters, so a title or name is text, not markup.
const TEX: Record<string, string> = { '\\': '\\textbackslash{}', '^': '\\^{}', '~': '\\~{}' }
const tex = (s: string) => oneLine(s).replace(/[\\{}%&$#_^~]/g, (c) => TEX[c] ?? `\\${c}`)
// The fields (tags, meta tags) that have a name and a value: a missing or empty one is left out.
const given = (pairs: [string, string | undefined][]) =>
  pairs.filter((p): p is [string, string] => p[0] !== '' && p[1] !== undefined && p[1] !== '')

/**
 * A CSL-JSON item as a BibTeX entry (UTF-8; `@misc`, `@techreport` or `@book`). Organisations are
 * braced so BibTeX does not split them into given and family names.
 *
 * @example
 * ```ts
 * toBibTeX(toCsl(source, { actors }))
 * // @misc{rusi-2021-aftermath,\n  author = {Reynolds, Nick},\n  title = {The Aftermath of the Nagorno-Karabakh Conflict}, …
 * ```
 */
export function toBibTeX(item: CslItem): string {
  const [year, month] = item.issued?.['date-parts'][0] ?? []
  const type = typeOf(item).bibtex
  const authors = item.author.map((n) =>
    'literal' in n ? `{${tex(n.literal)}}` : tex(nameText(n)),
  )
  // Months are BibTeX's predefined macros (jan, feb…), written bare.
  const body = given([
    ['author', authors.join(' and ')],
    ['title', tex(item.title)],
    [type === 'techreport' ? 'institution' : 'publisher', item.publisher && tex(item.publisher)],
    ['year', year === undefined ? undefined : String(year)],
    ['month', month === undefined ? undefined : MONTHS[month - 1]],
    ['url', item.URL],
    ['language', item.language],
    ['note', item.note && tex(item.note)],
  ]).map(([k, v]) => `  ${k} = ${k === 'month' ? v : `{${v}}`}`)
  return `@${type}{${item.id.replace(/[^\w:.-]/g, '-')},\n${body.join(',\n')}\n}\n`
}

/**
 * A CSL-JSON item as a RIS record (the tagged format EndNote, Zotero and Mendeley import).
 *
 * @example
 * ```ts
 * toRis(toCsl(source, { actors })) // "TY  - ELEC\r\nAU  - Reynolds, Nick\r\nTI  - The Aftermath…"
 * ```
 */
export function toRis(item: CslItem): string {
  const parts = item.issued?.['date-parts'][0] ?? []
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'))
  const lines = given([
    ['TY', typeOf(item).ris],
    ['ID', item.id],
    ...item.author.map((n): [string, string] => ['AU', nameText(n)]),
    ['TI', item.title],
    ['PB', item.publisher],
    ['PY', parts[0] === undefined ? undefined : String(parts[0])],
    ['DA', parts[0] === undefined ? undefined : `${parts[0]}/${pad(parts[1])}/${pad(parts[2])}/`],
    ['UR', item.URL],
    ['LA', item.language],
    ['N1', item.note],
  ]).map(([tag, value]) => `${tag}  - ${oneLine(value)}`)
  return `${lines.join('\r\n')}\r\nER  - \r\n`
}

/**
 * A CSL-JSON item as Highwire Press `citation_*` meta tags, which Zotero and Google Scholar read
 * from a page's `<head>`: `[name, content]` pairs, one `citation_author` per author.
 *
 * @example
 * ```ts
 * citationMetaTags(toCsl(source, { actors }))
 * // [['citation_title', 'The Aftermath…'], ['citation_author', 'Reynolds, Nick'], …]
 * ```
 */
export function citationMetaTags(item: CslItem): [name: string, content: string][] {
  const date = (item.issued?.['date-parts'][0] ?? []).map((n) => String(n).padStart(2, '0'))
  return given([
    ['citation_title', item.title],
    ...item.author.map((n): [string, string] => ['citation_author', nameText(n)]),
    ['citation_publication_date', date.length ? date.join('/') : undefined],
    ['citation_publisher', item.publisher],
    [item.type === 'report' ? 'citation_technical_report_institution' : '', item.publisher],
    ['citation_language', item.language],
    ['citation_public_url', item.URL],
  ])
}
