'use client'
/** ClaimList: claims in source order, filterable by kind, claimant and topic, disputes paired. */
import { createLookup, disputesOf, sortClaims } from '@karabakh-aftermath/query'
import type { Claim } from '@karabakh-aftermath/schema'
import { CLAIM_KIND_LABELS } from '@karabakh-aftermath/schema/vocabulary'
import { type JSX, useMemo, useState } from 'react'
import { ClaimCard } from '../claim-card/claim-card.js'
import { claimAnchor } from '../shared/anchors.js'
import { Filters, toOptions, withUnknown } from '../shared/filter-select.js'
import { CLAIM_LIST_MESSAGES, FILTER_MESSAGES } from '../shared/messages.js'
import type { Collections } from '../shared/model.js'
import { nameOf } from '../shared/names.js'
import {
  type BaseProps,
  type HeadingLevel,
  headingTag,
  rootProps,
  useIds,
} from '../shared/props.js'

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
    /** The `id` of the root element. */
    id?: string | undefined
    /** Filters applied at first. */
    defaultFilter?: NoInfer<ClaimFilter<C>> | undefined
    /** Show the filter controls. Default true. */
    filters?: boolean | undefined
  }

type Group = { key: string; claims: Claim[] }

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
  const {
    claims,
    title,
    headingLevel = 2,
    id,
    defaultFilter,
    filters = true,
    locale,
    lang,
    linkBase,
  } = props
  const [filter, setFilter] = useState<ClaimFilter>(defaultFilter ?? {})
  const { uid, prefix } = useIds(props.idPrefix)
  const t = { ...FILTER_MESSAGES, ...CLAIM_LIST_MESSAGES, ...props.messages }
  const { sources, actors, places, topics, events } = props
  const lookup = useMemo(
    () => createLookup({ sources, actors, places, topics, events, claims }),
    [sources, actors, places, topics, events, claims],
  )
  const sorted = useMemo(() => sortClaims(claims), [claims])

  const options = useMemo(
    () => ({
      kinds: toOptions(
        sorted.map((c) => c.kind),
        (k) => CLAIM_KIND_LABELS[k as Claim['kind']] ?? k,
        locale,
      ),
      claimants: toOptions(
        sorted.map((c) => c.claimant),
        (a) => nameOf(lookup.actors, a, lang),
        locale,
      ),
      topics: toOptions(
        sorted.flatMap((c) => c.topics),
        (t) => lookup.topics.get(t)?.name ?? t,
        locale,
      ),
    }),
    [sorted, lookup, locale, lang],
  )

  const shown = sorted.filter(
    (c) =>
      (!filter.kind || c.kind === filter.kind) &&
      (!filter.claimant || c.claimant === filter.claimant) &&
      (!filter.topic || c.topics.includes(filter.topic)),
  )
  // Pair each claim with the shown claims it disputes, once, at the first of them.
  const groups: Group[] = []
  const placed = new Set<string>()
  const shownIds = new Set(shown.map((c) => c.id))
  for (const claim of shown) {
    if (placed.has(claim.id)) continue
    const group = [
      claim,
      ...disputesOf(claim, lookup.claims).filter((d) => shownIds.has(d.id) && !placed.has(d.id)),
    ]
    for (const c of group) placed.add(c.id)
    groups.push({ key: claim.id, claims: group })
  }

  const { fields, unknown } = withUnknown(
    [
      { key: 'kind', label: t.kind, all: t.allKinds, options: options.kinds },
      { key: 'claimant', label: t.claimant, all: t.allClaimants, options: options.claimants },
      { key: 'topic', label: t.topic, all: t.allTopics, options: options.topics },
    ] as const,
    filter,
    t.unknownValue,
  )
  const H = headingTag(headingLevel)
  const cardLevel = Math.min(headingLevel + 1, 5) as HeadingLevel
  return (
    <section {...rootProps('ka-claim-list', props)} id={id} aria-labelledby={`${uid}-title`}>
      <H id={`${uid}-title`} className="ka-section-title">
        {title ?? t.claims}
      </H>
      {filters && (
        <Filters
          id={uid}
          legend={t.filterClaims}
          clear={t.clearFilters}
          fields={fields}
          value={filter}
          onChange={(key, value) => setFilter((f) => ({ ...f, [key]: value }))}
          onClear={() => setFilter({})}
        />
      )}
      <p className="ka-count" aria-live="polite">
        {t.claimCount(shown.length, sorted.length)}
      </p>
      {unknown.length > 0 && (
        <p className="ka-empty">
          {t.noClaims}: {unknown.join('; ')}.
        </p>
      )}
      <ol className="ka-claim-list__items">
        {groups.map((g) =>
          g.claims.length === 1 ? (
            <li key={g.key} className="ka-claim-list__item">
              <ClaimCard
                claim={g.claims[0] as Claim}
                {...{ lookup, locale, lang, linkBase, sources, actors, messages: props.messages }}
                id={claimAnchor(g.key, prefix)}
                idPrefix={prefix}
                headingLevel={cardLevel}
              />
            </li>
          ) : (
            <li key={g.key} className="ka-claim-list__item ka-dispute">
              <p className="ka-dispute__title">
                <strong>{t.disputed}</strong>
                {t.contradict(g.claims.length)}
              </p>
              <div className="ka-dispute__sides">
                {g.claims.map((c) => (
                  <ClaimCard
                    key={c.id}
                    claim={c}
                    {...{
                      lookup,
                      locale,
                      lang,
                      linkBase,
                      sources,
                      actors,
                      messages: props.messages,
                    }}
                    id={claimAnchor(c.id, prefix)}
                    idPrefix={prefix}
                    headingLevel={cardLevel}
                    showDisputes={false}
                  />
                ))}
              </div>
            </li>
          ),
        )}
      </ol>
    </section>
  )
}
