/** ActorCard: an actor's names, kind, description, stated relations and the claims by and about it. */

import { createLookup, type Lookup, relationsOf, tiesOf } from '@karabakh-aftermath/query'
import type { Actor } from '@karabakh-aftermath/schema'
import type { JSX } from 'react'
import { claimAnchor, href } from '../shared/anchors.js'
import { ACTOR_MESSAGES } from '../shared/messages.js'
import type { Collections } from '../shared/model.js'
import { otherNames } from '../shared/names.js'
import { type BaseProps, type HeadingLevel, rootProps, useFrame } from '../shared/props.js'
import { Badge, ClaimLine, Fact, inlineList, Names, NameText, StatedBy } from '../shared/ui.js'

/** Props of {@link ActorCard}. */
export type ActorCardProps = BaseProps &
  Collections & {
    /** The actor to show. */
    actor: Actor
    /** Level of the actor's name heading. Default 3. */
    headingLevel?: HeadingLevel | undefined
    /** The `id` of the root element (an {@link ActorList} sets `ka-actor-<id>`). */
    id?: string | undefined
    /** Link claims to their cards (`#ka-claim-<id>`), for pages that also render a {@link ClaimList}. Default false. */
    linkClaims?: boolean | undefined
    /** A lookup built once by a parent list. */
    lookup?: Lookup | undefined
  }

const WIKIDATA = /^Q[1-9]\d*$/

function languageName(tag: string, locale: string | undefined): string {
  try {
    return new Intl.DisplayNames(locale ?? 'en-GB', { type: 'language' }).of(tag) ?? tag
  } catch {
    return tag
  }
}

/**
 * An actor as a card: display name (by the naming policy, or in `lang`), names in other
 * languages with who uses them, kind, description, membership, Wikidata link, the relations
 * that claims state between it and others, and the claims it makes and the claims about it.
 * Pass `claims` (or `{...dataset}`) for relations and claims. Works as a Server Component.
 *
 * @example
 * ```tsx
 * import { ActorCard } from '@karabakh-aftermath/react/actor-card'
 * <ActorCard actor={azerbaijan} actors={actors} claims={claims} />
 * ```
 */
export function ActorCard(props: ActorCardProps): JSX.Element {
  const { actor, id, locale, lang } = props
  const { uid, prefix, t, H, Sub } = useFrame(props, ACTOR_MESSAGES, props.headingLevel ?? 3, 'ka')
  const lookup = props.lookup ?? createLookup(props)
  const claims = [...lookup.claims.values()]
  const titleId = `${id ?? uid}-name`
  const claimHref = props.linkClaims
    ? (claimId: string) => href(claimAnchor(claimId, prefix), props.linkBase)
    : undefined
  const names = otherNames(actor, lang)
  // One line per tie, however many claims state it.
  const relations = tiesOf(relationsOf(claims, actor.id))
  const name = (ids: string) => <Names ids={ids} records={lookup.actors} lang={lang} />
  const wikidata = actor.wikidata && WIKIDATA.test(actor.wikidata) ? actor.wikidata : undefined
  // The claims it makes and the claims about it, each list open when short.
  const lists = [
    { label: t.claimsBy, claims: claims.filter((c) => c.claimant === actor.id) },
    { label: t.claimsAbout, claims: claims.filter((c) => c.about.actors.includes(actor.id)) },
  ]
  return (
    <article
      {...rootProps(`ka-actor ka-box ka-stack ka-actor--${actor.kind}`, props)}
      aria-labelledby={titleId}
    >
      <header className="ka-actor__header ka-row">
        <H className="ka-actor__name" id={titleId}>
          <NameText record={actor} lang={lang} />
        </H>{' '}
        <Badge kind="actor" value={actor.kind} labels={t.actorKinds} />
      </header>
      <p className="ka-actor__description" dir="auto">
        {actor.description}
      </p>
      {(names.length > 0 || actor.aliases.length > 0 || actor.memberOf.length > 0 || wikidata) && (
        <dl className="ka-actor__facts ka-facts ka-small">
          <Fact term={t.otherNames} shown={names.length > 0}>
            <ul className="ka-actor__names">
              {names.map((n) => (
                <li key={`${n.lang}:${n.text}`}>
                  <bdi lang={n.lang}>{n.text}</bdi>{' '}
                  <span className="ka-actor__lang ka-muted">({languageName(n.lang, locale)}</span>
                  {n.usedBy && n.usedBy.length > 0 && (
                    <span className="ka-actor__lang ka-muted">
                      ; {t.usedBy}
                      <Names ids={n.usedBy} records={lookup.actors} lang={lang} />
                    </span>
                  )}
                  <span className="ka-actor__lang ka-muted">)</span>
                </li>
              ))}
            </ul>
          </Fact>
          <Fact term={t.alsoCalled} shown={actor.aliases.length > 0}>
            {inlineList(actor.aliases.map((a) => <bdi key={a}>{a}</bdi>))}
          </Fact>
          <Fact term={t.memberOf} shown={actor.memberOf.length > 0}>
            <Names ids={actor.memberOf} records={lookup.actors} lang={lang} />
          </Fact>
          <Fact term="Wikidata" shown={wikidata !== undefined}>
            <a href={`https://www.wikidata.org/wiki/${wikidata}`}>{wikidata}</a>
          </Fact>
        </dl>
      )}
      {relations.length > 0 && (
        <div className="ka-actor__relations ka-small">
          <Sub id={`${titleId}-relations`} className="ka-muted">
            {t.relationsStated}
          </Sub>
          <ul>
            {relations.map(({ subject, predicate, object, claims: stated }) => (
              <li key={`${subject} ${predicate} ${object}`}>
                {name(subject)}{' '}
                <em className={`ka-predicate ka-predicate--${predicate}`}>
                  {t.predicates[predicate] ?? predicate}
                </em>{' '}
                {name(object)} <span className="ka-actor__lang ka-muted">({t.statedBy}</span>
                <StatedBy
                  claims={stated}
                  actors={lookup.actors}
                  lang={lang}
                  claimHref={claimHref}
                  claimRef={t.claimRef}
                />
                <span className="ka-actor__lang ka-muted">)</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {lists.map(
        ({ label, claims: listed }) =>
          listed.length > 0 && (
            <details key={label} className="ka-actor__details ka-small" open={listed.length <= 3}>
              <summary>
                {label}
                <NameText record={actor} lang={lang} /> ({listed.length})
              </summary>
              <ul className="ka-actor__claims">
                {listed.map((c) => (
                  <li key={c.id}>
                    <ClaimLine claim={c} kinds={t.claimKinds} href={claimHref?.(c.id)} />
                  </li>
                ))}
              </ul>
            </details>
          ),
      )}
    </article>
  )
}
