'use client'
import { createLookup, sortEvents } from '@karabakh-aftermath/query'
/** Timeline: events in time order, grouped by year, filterable, navigable with arrow keys. */
import type { Event } from '@karabakh-aftermath/schema'
import {
  BASIS_LABELS,
  EVENT_KIND_LABELS,
  PARTICIPANT_ROLE_LABELS,
} from '@karabakh-aftermath/schema/vocabulary'
import { type JSX, type KeyboardEvent, useId, useMemo, useRef, useState } from 'react'
import { eventAnchor } from '../shared/anchors.js'
import { Filters, toOptions } from '../shared/filter-select.js'
import { type Collections, eventYear } from '../shared/model.js'
import { nameOf } from '../shared/names.js'
import {
  type BaseProps,
  type HeadingLevel,
  headingTag,
  rootProps,
  subHeadingTag,
} from '../shared/props.js'
import { Badge, EdtfTime, inlineList, NameText } from '../shared/ui.js'
import { safeHref } from '../shared/url.js'

/** The filters of a {@link Timeline}; an empty string or absent field means "all". */
export type TimelineFilter = { actor?: string; kind?: string; topic?: string }

/** Props of {@link Timeline}. */
export type TimelineProps = BaseProps &
  Pick<Collections, 'actors' | 'places' | 'topics'> & {
    /** The events to show (any order: they are sorted by their EDTF bounds). */
    events: readonly Event[]
    /** The timeline's heading. Default "Timeline". */
    title?: string | undefined
    /** Level of the heading; years and events use the levels below. Default 2. */
    headingLevel?: HeadingLevel | undefined
    /** The `id` of the root element. */
    id?: string | undefined
    /** Filters applied at first. */
    defaultFilter?: TimelineFilter | undefined
    /** Show the filter controls. Default true. */
    filters?: boolean | undefined
  }

/**
 * Events in time order, grouped by the year they start, with their EDTF dates shown honestly
 * (`1992 onwards`, `27 Sept – 10 Nov 2020`, `c. Jul 2021`), kind, participants, places and the
 * documents cited for context. Filters by actor, kind and topic are native selects; in the list,
 * ↑/↓ (or j/k) move between events, Home/End go to the first/last. A client component
 * (`'use client'`): the server renders the complete timeline, and filters and keys work once
 * hydrated.
 *
 * @example
 * ```tsx
 * import { Timeline } from '@karabakh-aftermath/react/timeline'
 * <Timeline events={events} actors={actors} topics={topics} places={places} locale="en-GB" />
 * ```
 */
export function Timeline(props: TimelineProps): JSX.Element {
  const {
    events,
    actors,
    places,
    topics,
    title = 'Timeline',
    headingLevel = 2,
    id,
    defaultFilter,
    filters = true,
    locale,
    lang,
    className,
    theme,
  } = props
  const uid = useId()
  const [filter, setFilter] = useState<TimelineFilter>(defaultFilter ?? {})
  const [current, setCurrent] = useState(0)
  const listRef = useRef<HTMLDivElement>(null)
  const lookup = useMemo(() => createLookup({ actors, places, topics }), [actors, places, topics])
  const sorted = useMemo(() => sortEvents(events), [events])

  const options = useMemo(
    () => ({
      actors: toOptions(
        sorted.flatMap((e) => e.participants.map((p) => p.actor)),
        (a) => nameOf(lookup.actors, a, lang),
        locale,
      ),
      kinds: toOptions(
        sorted.map((e) => e.kind),
        (k) => EVENT_KIND_LABELS[k as Event['kind']] ?? k,
        locale,
      ),
      topics: toOptions(
        sorted.flatMap((e) => e.topics),
        (t) => lookup.topics.get(t)?.name ?? t,
        locale,
      ),
    }),
    [sorted, lookup, locale, lang],
  )

  const shown = sorted.filter(
    (e) =>
      (!filter.actor || e.participants.some((p) => p.actor === filter.actor)) &&
      (!filter.kind || e.kind === filter.kind) &&
      (!filter.topic || e.topics.includes(filter.topic)),
  )
  const years: { year: number | undefined; events: Event[] }[] = []
  for (const e of shown) {
    const year = eventYear(e)
    const last = years[years.length - 1]
    if (last && last.year === year) last.events.push(e)
    else years.push({ year, events: [e] })
  }
  const focusIndex = Math.min(current, Math.max(shown.length - 1, 0))

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, index: number) => {
    const keys: Record<string, number> = {
      ArrowDown: index + 1,
      j: index + 1,
      ArrowUp: index - 1,
      k: index - 1,
      Home: 0,
      End: shown.length - 1,
    }
    const next = keys[event.key]
    if (
      next === undefined ||
      event.target !== event.currentTarget ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey
    )
      return
    event.preventDefault()
    const target = Math.max(0, Math.min(next, shown.length - 1))
    setCurrent(target)
    listRef.current?.querySelectorAll<HTMLElement>('.ka-event')[target]?.focus()
  }

  const H = headingTag(headingLevel)
  const HYear = subHeadingTag(headingLevel)
  const HEvent = subHeadingTag(Math.min(headingLevel + 1, 5) as HeadingLevel)
  let index = -1
  return (
    <section
      {...rootProps('ka-timeline', { className, theme })}
      id={id}
      aria-labelledby={`${uid}-title`}
    >
      <H id={`${uid}-title`} className="ka-section-title">
        {title}
      </H>
      {filters && (
        <Filters
          id={uid}
          legend="Filter events"
          fields={[
            { key: 'actor', label: 'Actor', all: 'All actors', options: options.actors },
            { key: 'kind', label: 'Kind', all: 'All kinds', options: options.kinds },
            { key: 'topic', label: 'Topic', all: 'All topics', options: options.topics },
          ]}
          value={filter}
          onChange={(key, value) => {
            setCurrent(0)
            setFilter((f) => ({ ...f, [key]: value }))
          }}
          onClear={() => {
            setCurrent(0)
            setFilter({})
          }}
        />
      )}
      <p className="ka-count">
        <span aria-live="polite">
          {shown.length === sorted.length
            ? `${sorted.length} events.`
            : `${shown.length} of ${sorted.length} events.`}
        </span>
        <span className="ka-hint"> In the list, ↑ and ↓ move between events.</span>
      </p>
      <div className="ka-timeline__years" ref={listRef}>
        {years.map(({ year, events: yearEvents }) => (
          <section
            key={year ?? 'open'}
            className="ka-timeline__year"
            aria-labelledby={`${uid}-y${year ?? 'open'}`}
          >
            <HYear className="ka-timeline__year-title" id={`${uid}-y${year ?? 'open'}`}>
              {year === undefined
                ? 'Start unknown'
                : new Intl.NumberFormat(locale, { useGrouping: false }).format(year)}
            </HYear>
            <ol className="ka-timeline__events">
              {yearEvents.map((e) => {
                index += 1
                const i = index
                const titleId = `${uid}-${eventAnchor(e.id)}`
                return (
                  <li key={e.id} id={eventAnchor(e.id)} className="ka-timeline__item">
                    <article
                      className={`ka-event ka-event--${e.kind}`}
                      aria-labelledby={titleId}
                      tabIndex={i === focusIndex ? 0 : -1}
                      onKeyDown={(ev) => onKeyDown(ev, i)}
                      onFocus={() => setCurrent(i)}
                    >
                      <HEvent className="ka-event__title" id={titleId} dir="auto">
                        {e.title}
                      </HEvent>
                      <p className="ka-event__meta">
                        <EdtfTime date={e.date} locale={locale} className="ka-event__date" />
                        <span className="ka-sep"> · </span>
                        <Badge kind="event" value={e.kind}>
                          {EVENT_KIND_LABELS[e.kind] ?? e.kind}
                        </Badge>
                        <span className="ka-sep"> · </span>
                        <span className={`ka-basis ka-basis--${e.basis}`}>
                          {BASIS_LABELS[e.basis] ?? e.basis}
                        </span>
                      </p>
                      <p className="ka-event__summary" dir="auto">
                        {e.summary}
                      </p>
                      {e.participants.length > 0 && (
                        <p className="ka-event__participants">
                          <span className="ka-event__label">Who: </span>
                          {inlineList(
                            e.participants.map((p) => (
                              <span key={`${p.actor}-${p.role}`}>
                                <NameText
                                  record={lookup.actors.get(p.actor)}
                                  id={p.actor}
                                  lang={lang}
                                />{' '}
                                ({(PARTICIPANT_ROLE_LABELS[p.role] ?? p.role).toLowerCase()})
                              </span>
                            )),
                          )}
                        </p>
                      )}
                      {e.places.length > 0 && (
                        <p className="ka-event__places">
                          <span className="ka-event__label">Where: </span>
                          {inlineList(
                            e.places.map((p) => (
                              <NameText key={p} record={lookup.places.get(p)} id={p} lang={lang} />
                            )),
                          )}
                        </p>
                      )}
                      {e.citations.length > 0 && (
                        <p className="ka-event__citations">
                          <span className="ka-event__label">Cited: </span>
                          {inlineList(
                            e.citations.map((c) => {
                              const url = safeHref(c.url)
                              return (
                                <cite key={c.url + c.title} dir="auto">
                                  {url ? <a href={url}>{c.title}</a> : c.title}
                                  {c.publisher && ` (${c.publisher})`}
                                </cite>
                              )
                            }),
                            '; ',
                          )}
                        </p>
                      )}
                    </article>
                  </li>
                )
              })}
            </ol>
          </section>
        ))}
      </div>
    </section>
  )
}
