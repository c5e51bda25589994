/** ClaimCard: one claim with its kind, claimant, hedge, quantity, relation, quote and disputes. */

import { createLookup, disputesOf, type Lookup } from '@karabakh-aftermath/query'
import type { Claim } from '@karabakh-aftermath/schema'
import type { JSX } from 'react'
import { Quote } from '../quote/quote.js'
import { claimAnchor, href } from '../shared/anchors.js'
import { formatQuantity } from '../shared/format-number.js'
import { CLAIM_CARD_MESSAGES } from '../shared/messages.js'
import type { Collections } from '../shared/model.js'
import { type BaseProps, type HeadingLevel, rootProps, useFrame } from '../shared/props.js'
import { Badge, Fact, inlineList, Names } from '../shared/ui.js'
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
  const { claim, id, locale, lang, linkBase, headingLevel = 3 } = props
  const { uid, prefix, t, H, Sub } = useFrame(props, CLAIM_CARD_MESSAGES, headingLevel, 'ka')
  const lookup = props.lookup ?? createLookup(props)
  const disputes = props.showDisputes === false ? [] : disputesOf(claim, lookup.claims)
  const titleId = `${id ?? uid}-statement`
  const name = (ids: string) => <Names ids={ids} records={lookup.actors} lang={lang} />
  // The kind, the claimant and who reports it, and the quote: what a dispute shows too.
  const meta = (c: Claim) => (
    <p className="ka-claim__meta ka-muted">
      <Badge kind="kind" value={c.kind} labels={t.claimKinds} />{' '}
      <span className="ka-claim__claimant">
        {c.kind === 'position' || c.kind === 'allegation' ? t.claimedBy : t.by}
        {name(c.claimant)}
        {c.reportedBy && c.reportedBy !== c.claimant && (
          <>
            {t.reportedBy}
            {name(c.reportedBy)}
          </>
        )}
      </span>
    </p>
  )
  const quote = (c: Claim) => (
    <Quote
      quote={c.quote}
      {...{ locale, lang, linkBase, sources: props.sources, actors: props.actors }}
      idPrefix={prefix}
      messages={props.messages}
    />
  )
  const { about, topics, relation } = claim
  const supports = claim.supports.flatMap((s) => lookup.claims.get(s) ?? [])
  const root = rootProps(
    `ka-claim ka-box ka-stack ka-claim--${claim.kind}${disputes.length ? ' ka-claim--disputed' : ''}`,
    props,
  )
  return (
    <article {...root} aria-labelledby={titleId}>
      <div className="ka-claim__main ka-stack">
        {meta(claim)}
        <H className="ka-claim__statement" id={titleId} dir="auto">
          {claim.statement}
        </H>
        <dl className="ka-claim__facts ka-facts ka-small">
          {claim.likelihood && (
            <Fact term={t.likelihood}>
              <LikelihoodScale likelihood={claim.likelihood} locale={locale} messages={t} />
            </Fact>
          )}
          {claim.quantity && (
            <Fact term={t.quantity} className="ka-claim__quantity">
              {formatQuantity(claim.quantity, locale)}
            </Fact>
          )}
          {relation && (
            <Fact term={t.relation} className="ka-claim__relation">
              {name(relation.subject)}{' '}
              <em className={`ka-predicate ka-predicate--${relation.predicate}`}>
                {t.predicates[relation.predicate] ?? relation.predicate}
              </em>{' '}
              {name(relation.object)}
            </Fact>
          )}
          <Fact term={t.aboutActors} shown={about.actors.length > 0}>
            <Names ids={about.actors} records={lookup.actors} lang={lang} />
          </Fact>
          <Fact term={t.aboutPlaces} shown={about.places.length > 0}>
            <Names ids={about.places} records={lookup.places} lang={lang} />
          </Fact>
          <Fact term={t.aboutEvents} shown={about.events.length > 0}>
            {inlineList(
              about.events.map((e) => (
                <bdi key={e} className="ka-name">
                  {lookup.events.get(e)?.title ?? e}
                </bdi>
              )),
              '; ',
            )}
          </Fact>
          <Fact term={t.aboutTopics} shown={topics.length > 0}>
            <Names ids={topics} records={lookup.topics} lang={lang} />
          </Fact>
        </dl>
        {quote(claim)}
        {supports.length > 0 && (
          <p className="ka-claim__supports ka-small">
            {t.arguesFor}
            {inlineList(
              supports.map((s) => (
                <a key={s.id} href={href(claimAnchor(s.id, prefix), linkBase)} dir="auto">
                  {s.statement}
                </a>
              )),
              '; ',
            )}
          </p>
        )}
      </div>
      {disputes.length > 0 && (
        <div className="ka-claim__disputes ka-box ka-stack">
          <Sub id={`${titleId}-disputes`} className="ka-claim__disputes-title ka-muted">
            {t.disputedBy}
          </Sub>
          {disputes.map((d) => (
            <div key={d.id} className={`ka-claim__dispute ka-claim--${d.kind}`}>
              {meta(d)}
              <p className="ka-claim__statement" dir="auto">
                {d.statement}
              </p>
              {quote(d)}
            </div>
          ))}
        </div>
      )}
    </article>
  )
}
