/** ClaimCard: one claim with its kind, claimant, hedge, quantity, relation, quote and disputes. */

import { createLookup, disputesOf, type Lookup } from '@karabakh-aftermath/query'
import type { Claim } from '@karabakh-aftermath/schema'
import { CLAIM_KIND_LABELS, RELATION_PREDICATE_LABELS } from '@karabakh-aftermath/schema/vocabulary'
import type { JSX } from 'react'
import { Quote } from '../quote/quote.js'
import { claimAnchor, href } from '../shared/anchors.js'
import { formatQuantity } from '../shared/format-number.js'
import { CLAIM_CARD_MESSAGES } from '../shared/messages.js'
import type { Collections } from '../shared/model.js'
import {
  type BaseProps,
  type HeadingLevel,
  headingTag,
  rootProps,
  subHeadingTag,
  useIds,
} from '../shared/props.js'
import { Badge, Fact, inlineList, NameText } from '../shared/ui.js'
import { LikelihoodScale } from './likelihood-scale.js'

/** Props of {@link ClaimCard}. */
export type ClaimCardProps = BaseProps &
  Collections & {
    /** The claim to show. */
    claim: Claim
    /** Level of the statement's heading. Default 3. */
    headingLevel?: HeadingLevel | undefined
    /** The `id` of the card's root element (a {@link ClaimList} sets `ka-claim-<id>`). */
    id?: string | undefined
    /** Show the claims that dispute this one beside it. Default true. */
    showDisputes?: boolean | undefined
    /** A lookup built once by a parent list, so each card does not rebuild it. */
    lookup?: Lookup | undefined
  }

/** The claimant, and who reports the claim when it is someone else's. */
function Claimant({
  claim,
  lookup,
  lang,
  t,
}: {
  claim: Claim
  lookup: Lookup
  lang?: string | undefined
  t: typeof CLAIM_CARD_MESSAGES
}) {
  return (
    <span className="ka-claim__claimant">
      {claim.kind === 'position' || claim.kind === 'allegation' ? t.claimedBy : t.by}
      <NameText record={lookup.actors.get(claim.claimant)} id={claim.claimant} lang={lang} />
      {claim.reportedBy && claim.reportedBy !== claim.claimant && (
        <>
          {t.reportedBy}
          <NameText
            record={lookup.actors.get(claim.reportedBy)}
            id={claim.reportedBy}
            lang={lang}
          />
        </>
      )}
    </span>
  )
}

/**
 * One claim as a card: its kind, who claims it (and who reports it), the statement, the
 * likelihood as a labelled band with its cue words, any quantity and stated relation, what it is
 * about, the exact quote with a citation back to the source paragraph, and the claims that
 * dispute it side by side. Pass the dataset's collections (`{...dataset}`) to name actors and
 * cite the source. Works as a Server Component.
 *
 * @example
 * ```tsx
 * import { ClaimCard } from '@karabakh-aftermath/react/claim-card'
 * <ClaimCard claim={claim} {...dataset} locale="en-GB" />
 * ```
 */
export function ClaimCard(props: ClaimCardProps): JSX.Element {
  const {
    claim,
    headingLevel = 3,
    id,
    showDisputes = true,
    locale,
    lang,
    linkBase,
    idPrefix = 'ka',
  } = props
  const lookup = props.lookup ?? createLookup(props)
  const t = { ...CLAIM_CARD_MESSAGES, ...props.messages }
  const H = headingTag(headingLevel)
  const H2 = subHeadingTag(headingLevel)
  const disputes = showDisputes ? disputesOf(claim, lookup.claims) : []
  const { uid } = useIds(undefined)
  const titleId = `${id ?? uid}-statement`
  const name = (actorId: string) => (
    <NameText key={actorId} record={lookup.actors.get(actorId)} id={actorId} lang={lang} />
  )
  const aboutActors = claim.about.actors.map(name)
  const aboutPlaces = claim.about.places.map((p) => (
    <NameText key={p} record={lookup.places.get(p)} id={p} lang={lang} />
  ))
  const aboutEvents = claim.about.events.map((e) => (
    <bdi key={e} className="ka-name">
      {lookup.events.get(e)?.title ?? e}
    </bdi>
  ))
  const supports = claim.supports.flatMap((s) => lookup.claims.get(s) ?? [])
  const kind = CLAIM_KIND_LABELS[claim.kind] ?? claim.kind
  const root = rootProps(
    `ka-claim ka-claim--${claim.kind}${disputes.length ? ' ka-claim--disputed' : ''}`,
    props,
  )
  return (
    <article {...root} id={id} aria-labelledby={titleId}>
      <div className="ka-claim__main">
        <p className="ka-claim__meta">
          <Badge kind="kind" value={claim.kind}>
            {kind}
          </Badge>{' '}
          <Claimant claim={claim} lookup={lookup} lang={lang} t={t} />
        </p>
        <H className="ka-claim__statement" id={titleId} dir="auto">
          {claim.statement}
        </H>
        <dl className="ka-claim__facts">
          {claim.likelihood && (
            <Fact term={t.likelihood}>
              <LikelihoodScale likelihood={claim.likelihood} locale={locale} />
            </Fact>
          )}
          {claim.quantity && (
            <Fact term={t.quantity} className="ka-claim__quantity">
              {formatQuantity(claim.quantity, locale)}
            </Fact>
          )}
          {claim.relation && (
            <Fact term={t.relation} className="ka-claim__relation">
              {name(claim.relation.subject)}{' '}
              <em className={`ka-predicate ka-predicate--${claim.relation.predicate}`}>
                {RELATION_PREDICATE_LABELS[claim.relation.predicate] ?? claim.relation.predicate}
              </em>{' '}
              {name(claim.relation.object)}
            </Fact>
          )}
          {aboutActors.length > 0 && <Fact term={t.aboutActors}>{inlineList(aboutActors)}</Fact>}
          {aboutPlaces.length > 0 && <Fact term={t.aboutPlaces}>{inlineList(aboutPlaces)}</Fact>}
          {aboutEvents.length > 0 && (
            <Fact term={t.aboutEvents}>{inlineList(aboutEvents, '; ')}</Fact>
          )}
          {claim.topics.length > 0 && (
            <Fact term={t.aboutTopics}>
              {inlineList(
                claim.topics.map((t) => (
                  <bdi key={t} className="ka-topic">
                    {lookup.topics.get(t)?.name ?? t}
                  </bdi>
                )),
              )}
            </Fact>
          )}
        </dl>
        <Quote
          quote={claim.quote}
          sources={props.sources}
          actors={props.actors}
          locale={locale}
          lang={lang}
          linkBase={linkBase}
          idPrefix={idPrefix}
          messages={props.messages}
        />
        {supports.length > 0 && (
          <p className="ka-claim__supports">
            {t.arguesFor}
            {inlineList(
              supports.map((s) => (
                <a key={s.id} href={href(claimAnchor(s.id, idPrefix), linkBase)} dir="auto">
                  {s.statement}
                </a>
              )),
              '; ',
            )}
          </p>
        )}
      </div>
      {disputes.length > 0 && (
        <div className="ka-claim__disputes">
          <H2 id={`${titleId}-disputes`} className="ka-claim__disputes-title">
            {t.disputedBy}
          </H2>
          {disputes.map((d) => (
            <div key={d.id} className={`ka-claim__dispute ka-claim--${d.kind}`}>
              <p className="ka-claim__meta">
                <Badge kind="kind" value={d.kind}>
                  {CLAIM_KIND_LABELS[d.kind] ?? d.kind}
                </Badge>{' '}
                <Claimant claim={d} lookup={lookup} lang={lang} t={t} />
              </p>
              <p className="ka-claim__statement" dir="auto">
                {d.statement}
              </p>
              <Quote
                quote={d.quote}
                sources={props.sources}
                actors={props.actors}
                locale={locale}
                lang={lang}
                linkBase={linkBase}
                idPrefix={idPrefix}
                messages={props.messages}
              />
            </div>
          ))}
        </div>
      )}
    </article>
  )
}
