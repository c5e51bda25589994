/** Display names by the naming policy: the record's `name`, or its name in a chosen language. */
import type { Name } from '@karabakh-aftermath/schema'

/** A record with a display name and names in other languages (an actor or a place). */
export type Named = { id?: string; name: string; names?: readonly Name[] | undefined }

/** A name to show, with its language when it is not the record's default `name`. */
export type DisplayName = { text: string; lang?: string }

/**
 * The name to show for an actor or place. By the naming policy it is the record's `name`; when
 * `lang` is given and the record has a name in exactly that language (`names[].lang`), that
 * name is shown instead, and its language is returned so it can be marked up with `lang`.
 *
 * @example
 * ```ts
 * displayName(stepanakert)        // { text: 'Stepanakert' }
 * displayName(stepanakert, 'az')  // { text: 'Xankəndi', lang: 'az' }
 * ```
 */
export function displayName(record: Named, lang?: string): DisplayName {
  const found = lang ? record.names?.find((n) => n.lang === lang) : undefined
  return found ? { text: found.text, lang: found.lang } : { text: record.name }
}

/**
 * The names of a record other than the one displayed, each with its language and users.
 *
 * @example
 * ```ts
 * otherNames(stepanakert) // [{ text: 'Ստեփանակերտ', lang: 'hy', usedBy: ['armenia'] }, …]
 * ```
 */
export function otherNames(record: Named, lang?: string): readonly Name[] {
  const shown = displayName(record, lang).text
  return (record.names ?? []).filter((n) => n.text !== shown)
}

/**
 * The display name of the record with an id in a lookup, or the id itself when there is no
 * such record (so nothing referenced is ever silently dropped).
 *
 * @example
 * ```ts
 * nameOf(lookup.actors, 'azerbaijan', 'az') // 'Azərbaycan'
 * nameOf(lookup.actors, 'nobody')           // 'nobody'
 * ```
 */
export function nameOf(records: ReadonlyMap<string, Named>, id: string, lang?: string): string {
  const record = records.get(id)
  return record ? displayName(record, lang).text : id
}
