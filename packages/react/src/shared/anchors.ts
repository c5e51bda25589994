/** Stable fragment ids, so citations and cross-references link to the same element everywhere. */

const clean = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_')

/**
 * The `id` of a source paragraph (or other part) in the {@link SourceReader}: the source id and
 * the part's stable anchor, `rusi-2021-aftermath-body-3`. Citations link to it.
 *
 * @example
 * ```ts
 * paragraphAnchor('rusi-2021-aftermath', 'body-3') // 'rusi-2021-aftermath-body-3'
 * ```
 */
export const paragraphAnchor = (sourceId: string, anchor: string): string =>
  `${clean(sourceId)}-${clean(anchor)}`

/** The `id` of a claim's card in a {@link ClaimList}: `ka-claim-<id>`. */
export const claimAnchor = (id: string): string => `ka-claim-${clean(id)}`
/** The `id` of an actor's card in an {@link ActorList}: `ka-actor-<id>`. */
export const actorAnchor = (id: string): string => `ka-actor-${clean(id)}`
/** The `id` of an event in a {@link Timeline}: `ka-event-<id>`. */
export const eventAnchor = (id: string): string => `ka-event-${clean(id)}`
/** The `id` of a place in a {@link PlaceMap}'s list: `ka-place-<id>`. */
export const placeAnchor = (id: string): string => `ka-place-${clean(id)}`

/** An in-page link to an anchor, prefixed by `linkBase` (a page URL) when the target is elsewhere. */
export const href = (anchor: string, linkBase = ''): string => `${linkBase}#${anchor}`
