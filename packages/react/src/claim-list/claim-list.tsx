'use client'
/** ClaimList: claims in source order, filterable by kind, claimant and topic, disputes paired. */
import { createLookup, disputesOf, sortClaims } from '@karabakh-aftermath/query'
import type { Claim } from '@karabakh-aftermath/schema'
import { type JSX, useMemo } from 'react'
import { ClaimCard } from '../claim-card/claim-card.js'
import { claimAnchor } from '../shared/anchors.js'
import { FilterBar, useFilters } from '../shared/filter-select.js'
import { CLAIM_CARD_MESSAGES, CLAIM_LIST_MESSAGES, FILTER_MESSAGES } from '../shared/messages.js'
import type { Collections } from '../shared/model.js'
import { nameOf } from '../shared/names.js'
import { type BaseProps, below, type HeadingLevel, useFrame } from '../shared/props.js'
import { Section } from '../shared/ui.js'

/**
 * The filters of a {@link ClaimList}; an empty string or absent field means "all". With the
 * shipped claims, each field takes only the ids and kinds that occur in them.
 */
export type ClaimFilter<C extends Claim = Claim> = {
  kind?: C['kind'] | ''
  claimant?: C['claimant'] | ''
  topic?: C['topics'][number] | ''
}

/** Props of {@link ClaimList}, generic over the claims' id types. */
export type ClaimListProps<C extends Claim = Claim> = BaseProps &
  Collections & {
    /** The claims to list. */
    claims: readonly C[]
    /** The list's heading. Default "Claims". */
    title?: string | undefined
    /** Level of the list's heading; cards use the level below. Default 2. */
    headingLevel?: HeadingLevel | undefined
    /** Filters applied at first. */
    defaultFilter?: NoInfer<ClaimFilter<C>> | undefined
    /** Show the filter controls. Default true. */
    filters?: boolean | undefined
  }

/**
 * Claims in the order of their quotes in the source, each as a {@link ClaimCard}, with filters
 * by kind, claimant and topic (native selects) and a live count. Claims that dispute each other
 * are shown together, side by side. A client component (`'use client'`): the server renders the
 * complete list and the filters work once hydrated.
 *
 * @example
 * ```tsx
 * 'use client' // not needed in your file: the entry carries the directive
 * import { ClaimList } from '@karabakh-aftermath/react/claim-list'
 * <ClaimList {...dataset} defaultFilter={{ kind: 'forecast' }} />
 * ```
 */
export function ClaimList<C extends Claim>(props: ClaimListProps<C>): JSX.Element {
  const { claims, headingLevel = 2, locale, lang, sources, actors } = props
  const messages = { ...FILTER_MESSAGES, ...CLAIM_LIST_MESSAGES, ...CLAIM_CARD_MESSAGES }
  const { uid, prefix, t, H } = useFrame(props, messages, headingLevel)
  const lookup = createLookup(props)
  const sorted = useMemo(() => sortClaims(claims as readonly Claim[]), [claims])
  const filters = useFilters<Claim, keyof ClaimFilter>(
    sorted,
    {
      kind: [(c) => [c.kind], (k) => t.claimKinds[k as Claim['kind']] ?? k],
      claimant: [(c) => [c.claimant], (a) => nameOf(lookup.actors, a, lang)],
      topic: [(c) => c.topics, (id) => lookup.topics.get(id)?.name ?? id],
    },
    props.defaultFilter,
    { t, uid, locale, show: props.filters },
  )
  const shown = filters.shown
  // Pair each claim with the shown claims it disputes, once, at the first of them.
  const groups: Claim[][] = []
  const placed = new Set<string>()
  const shownIds = new Set(shown.map((c) => c.id))
  for (const claim of shown) {
    if (placed.has(claim.id)) continue
    const group = [
      claim,
      ...disputesOf(claim, lookup.claims).filter((d) => shownIds.has(d.id) && !placed.has(d.id)),
    ]
    for (const c of group) placed.add(c.id)
    groups.push(group)
  }
  const card = (c: Claim, alone: boolean) => (
    <ClaimCard
      key={c.id}
      claim={c}
      {...{ lookup, locale, lang, sources, actors, linkBase: props.linkBase }}
      messages={props.messages}
      id={claimAnchor(c.id, prefix)}
      idPrefix={prefix}
      headingLevel={below(headingLevel)}
      showDisputes={alone}
    />
  )
  return (
    <Section name="ka-claim-list" of={props} frame={{ uid, H }} title={t.claims}>
      <FilterBar state={filters} legend={t.filterClaims} count={t.claimCount} none={t.noClaims} />
      <ol className="ka-claim-list__items">
        {groups.map(([first, ...others]) =>
          first && others.length === 0 ? (
            <li key={first.id} className="ka-claim-list__item">
              {card(first, true)}
            </li>
          ) : (
            <li key={first?.id} className="ka-claim-list__item ka-dispute ka-stack">
              <p className="ka-dispute__title">
                <strong>{t.disputed}</strong>
                {t.contradict(others.length + 1)}
              </p>
              <div className="ka-dispute__sides">
                {[first, ...others].map((c) => c && card(c, false))}
              </div>
            </li>
          ),
        )}
      </ol>
    </Section>
  )
}
