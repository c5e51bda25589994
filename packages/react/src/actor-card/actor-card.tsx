/** ActorCard: an actor's names, kind, description, stated relations and the claims by and about it. */

import { createLookup, type Lookup, relationsOf, tiesOf } from '@karabakh-aftermath/query'
import type { Actor, Claim } from '@karabakh-aftermath/schema'
import {
  ACTOR_KIND_LABELS,
  CLAIM_KIND_LABELS,
  RELATION_PREDICATE_LABELS,
} from '@karabakh-aftermath/schema/vocabulary'
import type { JSX } from 'react'
import { claimAnchor, href } from '../shared/anchors.js'
import { ACTOR_MESSAGES } from '../shared/messages.js'
import type { Collections } from '../shared/model.js'
import { otherNames } from '../shared/names.js'
import {
  type BaseProps,
  type HeadingLevel,
  headingTag,
  rootProps,
  subHeadingTag,
  useIds,
} from '../shared/props.js'
import { Badge, Fact, inlineList, NameText, StatedBy } from '../shared/ui.js'

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

function ClaimItems({
  claims,
  claimHref,
}: {
  claims: Claim[]
  claimHref: ((claimId: string) => string) | undefined
}) {
  return (
    <ul className="ka-actor__claims">
      {claims.map((c) => (
        <li key={c.id}>
          <Badge kind="kind" value={c.kind}>
            {CLAIM_KIND_LABELS[c.kind] ?? c.kind}
          </Badge>{' '}
          {claimHref ? (
            <a href={claimHref(c.id)} dir="auto">
              {c.statement}
            </a>
          ) : (
            <span dir="auto">{c.statement}</span>
          )}
        </li>
      ))}
    </ul>
  )
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
  const {
    actor,
    headingLevel = 3,
    id,
    linkClaims = false,
    locale,
    lang,
    linkBase,
    idPrefix = 'ka',
  } = props
  const lookup = props.lookup ?? createLookup(props)
  const t = { ...ACTOR_MESSAGES, ...props.messages }
  const claims = [...lookup.claims.values()]
  const H = headingTag(headingLevel)
  const H2 = subHeadingTag(headingLevel)
  const { uid } = useIds(undefined)
  const titleId = `${id ?? uid}-name`
  const claimHref = linkClaims
    ? (claimId: string) => href(claimAnchor(claimId, idPrefix), linkBase)
    : undefined
  const names = otherNames(actor, lang)
  // One line per tie, however many claims state it.
  const relations = tiesOf(relationsOf(claims, actor.id))
  const by = claims.filter((c) => c.claimant === actor.id)
  const about = claims.filter((c) => c.about.actors.includes(actor.id))
  const name = (actorId: string) => (
    <NameText key={actorId} record={lookup.actors.get(actorId)} id={actorId} lang={lang} />
  )
  const wikidata = actor.wikidata && WIKIDATA.test(actor.wikidata) ? actor.wikidata : undefined
  return (
    <article
      {...rootProps(`ka-actor ka-actor--${actor.kind}`, props)}
      id={id}
      aria-labelledby={titleId}
    >
      <header className="ka-actor__header">
        <H className="ka-actor__name" id={titleId}>
          <NameText record={actor} lang={lang} />
        </H>{' '}
        <Badge kind="actor" value={actor.kind}>
          {ACTOR_KIND_LABELS[actor.kind] ?? actor.kind}
        </Badge>
      </header>
      <p className="ka-actor__description" dir="auto">
        {actor.description}
      </p>
      {(names.length > 0 || actor.aliases.length > 0 || actor.memberOf.length > 0 || wikidata) && (
        <dl className="ka-actor__facts">
          {names.length > 0 && (
            <Fact term={t.otherNames}>
              <ul className="ka-actor__names">
                {names.map((n) => (
                  <li key={`${n.lang}:${n.text}`}>
                    <bdi lang={n.lang}>{n.text}</bdi>{' '}
                    <span className="ka-actor__lang">({languageName(n.lang, locale)}</span>
                    {n.usedBy && n.usedBy.length > 0 && (
                      <span className="ka-actor__lang">
                        ; {t.usedBy}
                        {inlineList(n.usedBy.map(name))}
                      </span>
                    )}
                    <span className="ka-actor__lang">)</span>
                  </li>
                ))}
              </ul>
            </Fact>
          )}
          {actor.aliases.length > 0 && (
            <Fact term={t.alsoCalled}>
              {inlineList(actor.aliases.map((a) => <bdi key={a}>{a}</bdi>))}
            </Fact>
          )}
          {actor.memberOf.length > 0 && (
            <Fact term={t.memberOf}>{inlineList(actor.memberOf.map(name))}</Fact>
          )}
          {wikidata && (
            <Fact term="Wikidata">
              <a href={`https://www.wikidata.org/wiki/${wikidata}`}>{wikidata}</a>
            </Fact>
          )}
        </dl>
      )}
      {relations.length > 0 && (
        <div className="ka-actor__relations">
          <H2 id={`${titleId}-relations`}>{t.relationsStated}</H2>
          <ul>
            {relations.map(({ subject, predicate, object, claims: stated }) => (
              <li key={`${subject} ${predicate} ${object}`}>
                {name(subject)}{' '}
                <em className={`ka-predicate ka-predicate--${predicate}`}>
                  {RELATION_PREDICATE_LABELS[predicate] ?? predicate}
                </em>{' '}
                {name(object)} <span className="ka-actor__lang">({t.statedBy}</span>
                <StatedBy
                  claims={stated}
                  actors={lookup.actors}
                  lang={lang}
                  claimHref={claimHref}
                  claimRef={t.claimRef}
                />
                <span className="ka-actor__lang">)</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {by.length > 0 && (
        <details className="ka-actor__details" open={by.length <= 3}>
          <summary>
            {t.claimsBy}
            <NameText record={actor} lang={lang} /> ({by.length})
          </summary>
          <ClaimItems claims={by} claimHref={claimHref} />
        </details>
      )}
      {about.length > 0 && (
        <details className="ka-actor__details" open={about.length <= 3}>
          <summary>
            {t.claimsAbout}
            <NameText record={actor} lang={lang} /> ({about.length})
          </summary>
          <ClaimItems claims={about} claimHref={claimHref} />
        </details>
      )}
    </article>
  )
}
