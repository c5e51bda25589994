/** ActorList: the actors, grouped by kind, each as an ActorCard. */

import { createLookup } from '@karabakh-aftermath/query'
import type { Actor } from '@karabakh-aftermath/schema'
import { ACTOR_KIND_LABELS } from '@karabakh-aftermath/schema/vocabulary'
import type { JSX } from 'react'
import { ActorCard } from '../actor-card/actor-card.js'
import { actorAnchor } from '../shared/anchors.js'
import { ACTOR_MESSAGES } from '../shared/messages.js'
import type { Collections } from '../shared/model.js'
import { displayName } from '../shared/names.js'
import {
  type BaseProps,
  type HeadingLevel,
  headingTag,
  rootProps,
  subHeadingTag,
  useIds,
} from '../shared/props.js'

/** Props of {@link ActorList}. */
export type ActorListProps = BaseProps &
  Collections & {
    /** The actors to list. */
    actors: readonly Actor[]
    /** The list's heading. Default "Actors". */
    title?: string | undefined
    /** Level of the heading; kinds and actors use the levels below. Default 2. */
    headingLevel?: HeadingLevel | undefined
    /** The `id` of the root element. */
    id?: string | undefined
    /** Link claims to their cards, for pages that also render a {@link ClaimList}. Default false. */
    linkClaims?: boolean | undefined
  }

/**
 * The actors grouped by kind (states, people, organisations…), sorted by display name, each as
 * an {@link ActorCard} with its relations and claims. Works as a Server Component.
 *
 * @example
 * ```tsx
 * import { ActorList } from '@karabakh-aftermath/react/actor-list'
 * <ActorList actors={actors} claims={claims} />
 * ```
 */
export function ActorList(props: ActorListProps): JSX.Element {
  const { actors, title, headingLevel = 2, id, linkClaims, locale, lang, linkBase } = props
  const lookup = createLookup(props)
  const collator = new Intl.Collator(locale)
  const kinds = Object.keys(ACTOR_KIND_LABELS) as Actor['kind'][]
  const groups = new Map<string, Actor[]>()
  for (const actor of actors) groups.set(actor.kind, [...(groups.get(actor.kind) ?? []), actor])
  const order = [...groups.keys()].sort(
    (a, b) => kinds.indexOf(a as Actor['kind']) - kinds.indexOf(b as Actor['kind']),
  )
  const H = headingTag(headingLevel)
  const HKind = subHeadingTag(headingLevel)
  const cardLevel = Math.min(headingLevel + 2, 5) as HeadingLevel
  const { uid: titleId, prefix } = useIds(props.idPrefix)
  return (
    <section {...rootProps('ka-actor-list', props)} id={id} aria-labelledby={titleId}>
      <H id={titleId} className="ka-section-title">
        {title ?? { ...ACTOR_MESSAGES, ...props.messages }.actors}
      </H>
      {order.map((kind, k) => (
        <section key={kind} className="ka-actor-list__kind" aria-labelledby={`${titleId}-k${k}`}>
          <HKind id={`${titleId}-k${k}`}>{ACTOR_KIND_LABELS[kind as Actor['kind']] ?? kind}</HKind>
          <ul className="ka-actor-list__items">
            {(groups.get(kind) ?? [])
              .sort((a, b) =>
                collator.compare(displayName(a, lang).text, displayName(b, lang).text),
              )
              .map((actor) => (
                <li key={actor.id}>
                  <ActorCard
                    actor={actor}
                    lookup={lookup}
                    id={actorAnchor(actor.id, prefix)}
                    idPrefix={prefix}
                    headingLevel={cardLevel}
                    {...{ linkClaims, locale, lang, linkBase }}
                    messages={props.messages}
                  />
                </li>
              ))}
          </ul>
        </section>
      ))}
    </section>
  )
}
