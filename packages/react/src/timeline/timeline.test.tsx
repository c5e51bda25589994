import { dataset } from '@karabakh-aftermath/data'
import { fixture as fixtureDataset } from '@karabakh-aftermath/fixtures'
import { sortEvents } from '@karabakh-aftermath/query'
import type { Event } from '@karabakh-aftermath/schema'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { itIsAccessibleAndSafe, serverRender } from '../test/helpers.ts'
import { Timeline } from './index.js'

const { events, actors, topics, places } = fixtureDataset
const props = { events, actors, topics, places }

describe('Timeline', () => {
  it("server-renders every event in the core's order, grouped by year, with honest dates", () => {
    const html = serverRender(<Timeline idPrefix="ka" {...props} />)
    const order = events.map((e) => [e.id, html.indexOf(`id="ka-event-${e.id}"`)] as const)
    expect(order.every(([, i]) => i > 0)).toBe(true)
    // The order is the core's (tested in query): the timeline renders it as given.
    expect([...order].sort((a, b) => a[1] - b[1]).map(([id]) => id)).toEqual(
      sortEvents(events).map((e) => e.id),
    )
    for (const text of [
      '1992 onwards',
      '9 Dec 2018',
      '27 Sept – 10 Nov 2020',
      'Nov 2020 onwards',
      '20 Jun 2021',
      'c. Jul 2021',
    ])
      expect(html).toContain(text)
    expect(html).toContain('<time class="ka-date" dateTime="2021-06-20"')
    const { container } = render(<Timeline idPrefix="ka" {...props} />)
    expect(
      [...container.querySelectorAll('.ka-timeline__year-title')].map((h) => h.textContent),
    ).toEqual(['Start unknown', '1992', '2017', '2018', '2020', '2021'])
  })

  it('renders the full dataset', () => {
    const html = serverRender(<Timeline idPrefix="ka" {...dataset} />)
    for (const e of dataset.events) expect(html).toContain(`id="ka-event-${e.id}"`)
    expect(html).toContain('Start unknown')
  })

  it('filters by actor, kind and topic', async () => {
    const user = userEvent.setup()
    render(<Timeline idPrefix="ka" {...props} />)
    const list = () =>
      screen
        .getAllByRole('article')
        .map((a) => a.getAttribute('aria-labelledby') && within(a).getByRole('heading').textContent)
    await user.selectOptions(screen.getByLabelText('Actor'), 'nikol-pashinyan')
    expect(list()).toEqual([
      "Negotiations after Pashinyan's 2018 election victory",
      "Armenia's parliamentary election of December 2018",
      'The November 2020 ceasefire',
      "Armenia's snap parliamentary election of June 2021",
    ])
    expect(screen.getByText('4 of 10 events.')).toBeTruthy()
    await user.selectOptions(screen.getByLabelText('Kind'), 'election')
    await user.selectOptions(screen.getByLabelText('Topic'), 'domestic-politics')
    expect(list()).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(list()).toHaveLength(10)
    await user.selectOptions(screen.getByLabelText('Kind'), 'war')
    expect(list()).toHaveLength(1)
  })

  it('moves between events with the arrow keys, Home and End', async () => {
    const user = userEvent.setup()
    render(<Timeline idPrefix="ka" {...props} />)
    const articles = screen.getAllByRole('article')
    expect(articles.filter((a) => a.tabIndex === 0)).toHaveLength(1)
    // The three selects and the clear button come first, then the events: one tab stop.
    for (let i = 0; i < 5; i++) await user.tab()
    expect(document.activeElement).toBe(articles[0])
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(articles[1])
    await user.keyboard('j')
    expect(document.activeElement).toBe(articles[2])
    await user.keyboard('{ArrowUp}')
    expect(document.activeElement).toBe(articles[1])
    await user.keyboard('{End}')
    expect(document.activeElement).toBe(articles[9])
    await user.keyboard('{Home}')
    expect(document.activeElement).toBe(articles[0])
    expect(articles.filter((a) => a.tabIndex === 0)).toEqual([articles[0]])
  })

  it('formats dates in the locale and names in the chosen language', () => {
    const { container } = render(<Timeline idPrefix="ka" {...props} locale="fr" lang="az" />)
    expect(screen.getByText('20 juin 2021')).toBeTruthy()
    expect(container.querySelector('bdi[lang="az"]')?.textContent).toBe('Azərbaycan')
    expect(screen.getByRole('option', { name: 'Azərbaycan' })).toBeTruthy()
  })

  itIsAccessibleAndSafe(
    () => [
      <Timeline key="f" idPrefix="ka" {...props} />,
      <Timeline key="d" idPrefix="ka" {...dataset} />,
    ],
    (d) => <Timeline idPrefix="ka" {...d} />,
  )

  it('names an unknown id in a filter instead of showing an empty list silently, and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const events = fixtureDataset.events as Event[]
    const { container } = render(<Timeline events={events} defaultFilter={{ actor: 'armenai' }} />)
    render(<Timeline events={events} defaultFilter={{ actor: 'armenai' }} />)
    expect(container.querySelector('.ka-empty')?.textContent).toBe(
      'No events: “armenai” is no actor here.',
    )
    expect(container.querySelectorAll('.ka-event')).toHaveLength(0)
    expect(warn).toHaveBeenCalledTimes(1)
    warn.mockRestore()
  })

  it('takes its interface strings from a message catalogue', () => {
    render(
      <Timeline
        {...props}
        messages={{
          clearFilters: 'Filter löschen',
          events: (shown, total) => `${shown} von ${total} Ereignissen.`,
          actor: 'Akteur',
        }}
      />,
    )
    expect(screen.getByRole('button', { name: 'Filter löschen' })).toBeTruthy()
    expect(screen.getByText(`${events.length} von ${events.length} Ereignissen.`)).toBeTruthy()
    expect(screen.getByLabelText('Akteur')).toBeTruthy()
    expect(screen.getByLabelText('Topic')).toBeTruthy()
  })

  it('takes vocabulary labels and date words from the catalogue, label by label', () => {
    const { container } = render(
      <Timeline
        {...props}
        messages={{
          eventKinds: { war: 'Krieg' },
          roles: { mediator: 'Vermittler' },
          dates: { openEnd: 'ab {date}' },
        }}
      />,
    )
    const text = container.textContent ?? ''
    expect(text).toContain('Krieg')
    expect(text).not.toMatch(/\bWar\b/)
    expect(text).toContain('(vermittler)')
    expect(text).toContain('ab 1992')
    expect(text).not.toContain('onwards')
    // Labels not replaced keep the schema's English.
    expect(text).toContain('Ceasefire')
  })
})
