'use client'
/** Timeline: events in time order, grouped by year, filterable, navigable with arrow keys. */
import { createLookup, sortEvents } from '@karabakh-aftermath/query'
import type { Event } from '@karabakh-aftermath/schema'
import {
  BASIS_LABELS,
  EVENT_KIND_LABELS,
  PARTICIPANT_ROLE_LABELS,
} from '@karabakh-aftermath/schema/vocabulary'
import { type JSX, type KeyboardEvent, useMemo, useRef, useState } from 'react'
import { eventAnchor } from '../shared/anchors.js'
import { Filters, toOptions, withUnknown } from '../shared/filter-select.js'
import { FILTER_MESSAGES, TIMELINE_MESSAGES } from '../shared/messages.js'
import { type Collections, eventYear } from '../shared/model.js'
import { nameOf } from '../shared/names.js'
import {
  type BaseProps,
  type HeadingLevel,
  headingTag,
  rootProps,
  subHeadingTag,
  useIds,
} from '../shared/props.js'
import { Badge, EdtfTime, inlineList, NameText } from '../shared/ui.js'
import { safeHref } from '../shared/url.js'

/**
 * The filters of a {@link Timeline}; an empty string or absent field means "all". With the
 * shipped events, each field takes only the ids and kinds that occur in them.
 */
export type TimelineFilter<E extends Event = Event> = {
  actor?: E['participants'][number]['actor'] | ''
  kind?: E['kind'] | ''
  topic?: E['topics'][number] | ''
}

/** Props of {@link Timeline}, generic over the events' id types. */
export type TimelineProps<E extends Event = Event> = BaseProps &
  Pick<Collections, 'actors' | 'places' | 'topics'> & {
    /** The events to show (any order: they are sorted by their EDTF bounds). */
    events: readonly E[]
    /** The timeline's heading. Default "Timeline". */
    title?: string | undefined
    /** Level of the heading; years and events use the levels below. Default 2. */
    headingLevel?: HeadingLevel | undefined
    /** The `id` of the root element. */
    id?: string | undefined
    /** Filters applied at first. */
    defaultFilter?: NoInfer<TimelineFilter<E>> | undefined
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
export function Timeline<E extends Event>(props: TimelineProps<E>): JSX.Element {
  const {
    events,
    actors,
    places,
    topics,
    title,
    headingLevel = 2,
    id,
    defaultFilter,
    filters = true,
    locale,
    lang,
  } = props
  const { uid, prefix } = useIds(props.idPrefix)
  const t = { ...FILTER_MESSAGES, ...TIMELINE_MESSAGES, ...props.messages }
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
  const { fields, unknown } = withUnknown(
    [
      { key: 'actor', label: t.actor, all: t.allActors, options: options.actors },
      { key: 'kind', label: t.kind, all: t.allKinds, options: options.kinds },
      { key: 'topic', label: t.topic, all: t.allTopics, options: options.topics },
    ] as const,
    filter,
    t.unknownValue,
  )
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
    <section {...rootProps('ka-timeline', props)} id={id} aria-labelledby={`${uid}-title`}>
      <H id={`${uid}-title`} className="ka-section-title">
        {title ?? t.timeline}
      </H>
      {filters && (
        <Filters
          id={uid}
          legend={t.filterEvents}
          clear={t.clearFilters}
          fields={fields}
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
        <span aria-live="polite">{t.events(shown.length, sorted.length)}</span>
        <span className="ka-hint"> {t.timelineKeys}</span>
      </p>
      {unknown.length > 0 && (
        <p className="ka-empty">
          {t.noEvents}: {unknown.join('; ')}.
        </p>
      )}
      <div className="ka-timeline__years" ref={listRef}>
        {years.map(({ year, events: yearEvents }) => (
          <section
            key={year ?? 'open'}
            className="ka-timeline__year"
            aria-labelledby={`${uid}-y${year ?? 'open'}`}
          >
            <HYear className="ka-timeline__year-title" id={`${uid}-y${year ?? 'open'}`}>
              {year === undefined
                ? t.startUnknown
                : new Intl.NumberFormat(locale, { useGrouping: false }).format(year)}
            </HYear>
            <ol className="ka-timeline__events">
              {yearEvents.map((e) => {
                index += 1
                const i = index
                const titleId = `${uid}-e-${e.id}`
                return (
                  <li key={e.id} id={eventAnchor(e.id, prefix)} className="ka-timeline__item">
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
                          <span className="ka-event__label">{t.who}</span>
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
                          <span className="ka-event__label">{t.where}</span>
                          {inlineList(
                            e.places.map((p) => (
                              <NameText key={p} record={lookup.places.get(p)} id={p} lang={lang} />
                            )),
                          )}
                        </p>
                      )}
                      {e.citations.length > 0 && (
                        <p className="ka-event__citations">
                          <span className="ka-event__label">{t.cited}</span>
                          {inlineList(
                            e.citations.map((c) => {
                              const url = safeHref(c.url)
                              return (
                                <cite key={c.url + c.title} dir="auto">
                                  {url ? (
                                    <a href={url} tabIndex={i === focusIndex ? undefined : -1}>
                                      {c.title}
                                    </a>
                                  ) : (
                                    c.title
                                  )}
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
