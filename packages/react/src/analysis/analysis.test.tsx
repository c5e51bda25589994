import { dataset } from '@karabakh-aftermath/data'
import { fixture as fixtureDataset } from '@karabakh-aftermath/fixtures'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations, expectSafe, serverRender } from '../test/helpers.ts'
import { hostileDataset } from '../test/hostile.ts'
import { Analysis } from './index.js'

describe('Analysis', () => {
  it('opens on the thesis and the key judgements, each linked to its card', () => {
    const html = serverRender(<Analysis dataset={dataset} idPrefix="ka" />)
    expect(html).toContain('thesis, presented as what Azerbaijan')
    expect(html).toContain('href="#ka-claim-international-actors-unlikely-to-bridge"')
    expect(html).not.toContain('ka-event-')
    expect(html.length).toBeLessThan(150_000)
  })

  it('offers every section as a tab, one tab stop, arrows between them', () => {
    render(<Analysis dataset={fixtureDataset} />)
    const tabs = screen.getAllByRole('tab')
    expect(tabs.map((t) => t.textContent)).toEqual([
      'Overview',
      'Text',
      'Timeline',
      'Claims',
      'Actors',
      'Relations',
      'Map',
    ])
    expect(tabs.filter((t) => t.tabIndex === 0)).toHaveLength(1)
    fireEvent.keyDown(tabs[0] as Element, { key: 'ArrowRight' })
    expect(screen.getByRole('tab', { name: 'Text' }).getAttribute('aria-selected')).toBe('true')
    expect(document.activeElement?.textContent).toBe('Text')
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' })
    expect(screen.getByRole('tabpanel').querySelector('.ka-map')).toBeTruthy()
  })

  it('shows the sections asked for, in order, with a theme', () => {
    const { container } = render(
      <Analysis dataset={fixtureDataset} sections={['map', 'timeline']} theme="dark" />,
    )
    expect(screen.getAllByRole('tab').map((a) => a.textContent)).toEqual([
      'Overview',
      'Map',
      'Timeline',
    ])
    fireEvent.click(screen.getByRole('tab', { name: 'Map' }))
    expect(container.querySelector('.ka-analysis')?.getAttribute('data-ka-theme')).toBe('dark')
    expect(container.querySelector('.ka-map')?.getAttribute('data-ka-theme')).toBe('dark')
  })

  it('opens the section that holds a linked record, and links actors’ claims to their cards', async () => {
    const { container } = render(<Analysis dataset={fixtureDataset} idPrefix="ka" />)
    fireEvent.click(screen.getByRole('tab', { name: 'Actors' }))
    const links = [...container.querySelectorAll('.ka-actor a[href^="#ka-claim-"]')]
    expect(links.length).toBeGreaterThan(0)
    const target = links[0]?.getAttribute('href') ?? ''
    await act(async () => {
      window.location.hash = target
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(screen.getByRole('tab', { name: 'Claims' }).getAttribute('aria-selected')).toBe('true')
    expect(container.querySelector(target)).toBeTruthy()
    window.location.hash = ''
  })

  // The full dataset is checked with every axe rule, contrast included, in Chromium (e2e/).
  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <Analysis dataset={fixtureDataset} />
      </main>,
    )
    await expectNoAxeViolations(container)
  })

  it('renders hostile text as text and drops unsafe links', () => {
    const d = hostileDataset()
    for (const section of ['reader', 'claims', 'actors', 'timeline', 'map'] as const) {
      const html = serverRender(<Analysis dataset={d} defaultSection={section} />)
      const { container, unmount } = render(<Analysis dataset={d} defaultSection={section} />)
      expectSafe(container, html)
      unmount()
    }
  })
})
