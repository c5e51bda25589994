/**
 * Fragment ids. Each is `<prefix>-…`: the prefix is a component's `idPrefix`, or one unique to
 * the instance, so two components on a page never share an id. Give components that link to each
 * other (or a page that `linkBase` points at) the same `idPrefix` and their links meet.
 */

const clean = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_')

/**
 * The `id` of a source paragraph (or other part) in the {@link SourceReader}: the prefix, the
 * source id and the part's stable anchor. Citations link to it.
 *
 * @example
 * ```ts
 * paragraphAnchor('rusi-2021-aftermath', 'body-3') // 'ka-rusi-2021-aftermath-body-3'
 * ```
 */
export const paragraphAnchor = (sourceId: string, anchor: string, prefix = 'ka'): string =>
  `${prefix}-${clean(sourceId)}-${clean(anchor)}`

/** The `id` of a claim's card in a {@link ClaimList}: `<prefix>-claim-<id>`. */
export const claimAnchor = (id: string, prefix = 'ka'): string => `${prefix}-claim-${clean(id)}`
/** The `id` of an actor's card in an {@link ActorList}: `<prefix>-actor-<id>`. */
export const actorAnchor = (id: string, prefix = 'ka'): string => `${prefix}-actor-${clean(id)}`
/** The `id` of an event in a {@link Timeline}: `<prefix>-event-<id>`. */
export const eventAnchor = (id: string, prefix = 'ka'): string => `${prefix}-event-${clean(id)}`
/** The `id` of a place in a {@link PlaceMap}'s list: `<prefix>-place-<id>`. */
export const placeAnchor = (id: string, prefix = 'ka'): string => `${prefix}-place-${clean(id)}`

/** An in-page link to an anchor, prefixed by `linkBase` (a page URL) when the target is elsewhere. */
export const href = (anchor: string, linkBase = ''): string => `${linkBase}#${anchor}`
