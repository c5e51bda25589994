'use client'
/** Timeline: events in time order, grouped by year, filterable, navigable with arrow keys. */
import { createLookup, sortEvents } from '@karabakh-aftermath/query'
import type { Event } from '@karabakh-aftermath/schema'
import { type JSX, type KeyboardEvent, type ReactNode, useState } from 'react'
import { eventAnchor } from '../shared/anchors.js'
import { FilterBar, useFilters } from '../shared/filter-select.js'
import { keyTarget } from '../shared/keys.js'
import { FILTER_MESSAGES, TIMELINE_MESSAGES } from '../shared/messages.js'
import { type Collections, eventYear } from '../shared/model.js'
import { nameOf } from '../shared/names.js'
import { type BaseProps, type HeadingLevel, useFrame } from '../shared/props.js'
import { Badge, EdtfTime, inlineList, Names, Section } from '../shared/ui.js'
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
    /** Filters applied at first. */
    defaultFilter?: NoInfer<TimelineFilter<E>> | undefined
    /** Show the filter controls. Default true. */
    filters?: boolean | undefined
  }

/** One line of an event's details, when it has any: its label and what follows. */
const Detail = (p: { name: string; label: string; shown: boolean; children: ReactNode }) =>
  p.shown && (
    <p className={`ka-event__${p.name} ka-small`}>
      <span className="ka-event__label ka-muted">{p.label}</span>
      {p.children}
    </p>
  )

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
  const { events, headingLevel = 2, locale, lang } = props
  const messages = { ...FILTER_MESSAGES, ...TIMELINE_MESSAGES }
  const { uid, prefix, t, Sub, H } = useFrame(props, messages, headingLevel)
  const [current, setCurrent] = useState(0)
  const lookup = createLookup(props)
  const sorted = sortEvents(events as readonly Event[])
  const filters = useFilters<Event, keyof TimelineFilter>(
    sorted,
    {
      actor: [(e) => e.participants.map((p) => p.actor), (a) => nameOf(lookup.actors, a, lang)],
      kind: [(e) => [e.kind], (k) => t.eventKinds[k as Event['kind']] ?? k],
      topic: [(e) => e.topics, (id) => lookup.topics.get(id)?.name ?? id],
    },
    props.defaultFilter,
    { t, uid, locale, show: props.filters },
  )
  const shown = filters.shown
  // In time order, so each year's events follow one another.
  const years = [...new Set(shown.map(eventYear))].map((year) => ({
    year,
    events: shown.filter((e) => eventYear(e) === year),
  }))
  const position = new Map(shown.map((e, i) => [e, i]))
  const focusIndex = Math.min(current, Math.max(shown.length - 1, 0))

  const onKeyDown = (ev: KeyboardEvent<HTMLElement>, index: number) => {
    const next = keyTarget(ev.key, index, shown.length, ['ArrowDown', 'j'], ['ArrowUp', 'k'])
    const modified = ev.altKey || ev.ctrlKey || ev.metaKey
    if (next === undefined || ev.target !== ev.currentTarget || modified) return
    ev.preventDefault()
    const target = Math.max(0, Math.min(next, shown.length - 1))
    setCurrent(target)
    const list = ev.currentTarget.closest('.ka-timeline__years')
    list?.querySelectorAll<HTMLElement>('.ka-event')[target]?.focus()
  }

  const HEvent = `h${Math.min(headingLevel + 2, 6)}` as 'h4' | 'h5' | 'h6'
  return (
    <Section name="ka-timeline" of={props} frame={{ uid, H }} title={t.timeline}>
      <FilterBar
        state={filters}
        legend={t.filterEvents}
        count={t.events}
        hint={t.timelineKeys}
        none={t.noEvents}
        onChange={() => setCurrent(0)}
      />
      <div className="ka-timeline__years">
        {years.map(({ year, events: yearEvents }) => (
          <section
            key={year ?? 'open'}
            className="ka-timeline__year"
            aria-labelledby={`${uid}-y${year ?? 'open'}`}
          >
            <Sub className="ka-timeline__year-title" id={`${uid}-y${year ?? 'open'}`}>
              {year === undefined
                ? t.startUnknown
                : new Intl.NumberFormat(locale, { useGrouping: false }).format(year)}
            </Sub>
            <ol className="ka-timeline__events">
              {yearEvents.map((e) => {
                const i = position.get(e) as number
                const titleId = `${uid}-e-${e.id}`
                return (
                  <li key={e.id} id={eventAnchor(e.id, prefix)} className="ka-timeline__item">
                    <article
                      className={`ka-event ka-box ka-stack ka-event--${e.kind}`}
                      aria-labelledby={titleId}
                      tabIndex={i === focusIndex ? 0 : -1}
                      onKeyDown={(ev) => onKeyDown(ev, i)}
                      onFocus={() => setCurrent(i)}
                    >
                      <HEvent className="ka-event__title" id={titleId} dir="auto">
                        {e.title}
                      </HEvent>
                      <p className="ka-event__meta ka-muted ka-row">
                        <EdtfTime date={e.date} locale={locale} words={t.dates} />
                        <span className="ka-sep"> · </span>
                        <Badge kind="event" value={e.kind} labels={t.eventKinds} />
                        <span className="ka-sep"> · </span>
                        <span className={`ka-basis ka-basis--${e.basis}`}>
                          {t.bases[e.basis] ?? e.basis}
                        </span>
                      </p>
                      <p className="ka-event__summary" dir="auto">
                        {e.summary}
                      </p>
                      <Detail name="participants" label={t.who} shown={e.participants.length > 0}>
                        {inlineList(
                          e.participants.map((p) => (
                            <span key={`${p.actor}-${p.role}`}>
                              <Names ids={p.actor} records={lookup.actors} lang={lang} /> (
                              {(t.roles[p.role] ?? p.role).toLowerCase()})
                            </span>
                          )),
                        )}
                      </Detail>
                      <Detail name="places" label={t.where} shown={e.places.length > 0}>
                        <Names ids={e.places} records={lookup.places} lang={lang} />
                      </Detail>
                      <Detail name="citations" label={t.cited} shown={e.citations.length > 0}>
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
                      </Detail>
                    </article>
                  </li>
                )
              })}
            </ol>
          </section>
        ))}
      </div>
    </Section>
  )
}
