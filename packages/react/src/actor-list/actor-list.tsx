/** ActorList: the actors, grouped by kind, each as an ActorCard. */

import { createLookup } from '@karabakh-aftermath/query'
import type { Actor } from '@karabakh-aftermath/schema'
import type { JSX } from 'react'
import { ActorCard } from '../actor-card/actor-card.js'
import { actorAnchor } from '../shared/anchors.js'
import { ACTOR_MESSAGES } from '../shared/messages.js'
import type { Collections } from '../shared/model.js'
import { displayName } from '../shared/names.js'
import { type BaseProps, below, type HeadingLevel, useFrame } from '../shared/props.js'
import { Section } from '../shared/ui.js'

/** Props of {@link ActorList}. */
export type ActorListProps = BaseProps &
  Collections & {
    /** The actors to list. */
    actors: readonly Actor[]
    /** The list's heading. Default "Actors". */
    title?: string | undefined
    /** Level of the heading; kinds and actors use the levels below. Default 2. */
    headingLevel?: HeadingLevel | undefined
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
  const { actors, headingLevel = 2, locale, lang, linkClaims, linkBase, messages } = props
  const { uid, prefix, t, Sub, H } = useFrame(props, ACTOR_MESSAGES, headingLevel)
  const lookup = createLookup(props)
  const collator = new Intl.Collator(locale)
  const sorted = [...actors].sort((a, b) =>
    collator.compare(displayName(a, lang).text, displayName(b, lang).text),
  )
  // The kinds in the vocabulary's order, each with its actors.
  const groups = Object.keys(t.actorKinds)
    .map((kind) => ({ kind, actors: sorted.filter((a) => a.kind === kind) }))
    .filter((g) => g.actors.length > 0)
  return (
    <Section name="ka-actor-list" of={props} frame={{ uid, H }} title={t.actors}>
      {groups.map(({ kind, actors: members }) => (
        <section key={kind} className="ka-actor-list__kind" aria-labelledby={`${uid}-k-${kind}`}>
          <Sub id={`${uid}-k-${kind}`}>{t.actorKinds[kind as Actor['kind']]}</Sub>
          <ul className="ka-actor-list__items">
            {members.map((actor) => (
              <li key={actor.id}>
                <ActorCard
                  actor={actor}
                  lookup={lookup}
                  id={actorAnchor(actor.id, prefix)}
                  idPrefix={prefix}
                  headingLevel={below(headingLevel, 2)}
                  {...{ locale, lang, linkClaims, linkBase, messages }}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Section>
  )
}
