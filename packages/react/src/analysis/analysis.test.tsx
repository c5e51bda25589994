import { dataset } from '@karabakh-aftermath/data'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { fixtureDataset } from '../test/fixtures.ts'
import { expectNoAxeViolations, expectSafe, serverRender } from '../test/helpers.ts'
import { hostileDataset } from '../test/hostile.ts'
import { Analysis } from './index.js'

describe('Analysis', () => {
  it('server-renders every section of the full dataset, linked from its navigation', () => {
    const html = serverRender(<Analysis dataset={dataset} />)
    for (const section of ['reader', 'timeline', 'claims', 'actors', 'relations', 'map']) {
      expect(html).toContain(`id="ka-analysis-${section}"`)
      expect(html).toContain(`href="#ka-analysis-${section}"`)
    }
    for (const c of dataset.claims) expect(html).toContain(`id="ka-claim-${c.id}"`)
    for (const e of dataset.events) expect(html).toContain(`id="ka-event-${e.id}"`)
  })

  it('shows the sections asked for, in order, with a theme', () => {
    const { container } = render(
      <Analysis dataset={fixtureDataset} sections={['map', 'timeline']} theme="dark" id="x" />,
    )
    expect(
      screen
        .getAllByRole('link')
        .slice(0, 2)
        .map((a) => a.textContent),
    ).toEqual(['Map', 'Timeline'])
    expect(container.querySelector('#x-reader')).toBeNull()
    expect(container.querySelector('.ka-analysis')?.getAttribute('data-ka-theme')).toBe('dark')
    expect(container.querySelector('#x-map')?.getAttribute('data-ka-theme')).toBe('dark')
  })

  it('links actors’ claims to the claim cards on the page', () => {
    const { container } = render(<Analysis dataset={fixtureDataset} />)
    const links = [...container.querySelectorAll('.ka-actor a[href^="#ka-claim-"]')]
    expect(links.length).toBeGreaterThan(0)
    for (const a of links)
      expect(container.querySelector(a.getAttribute('href') ?? '')).toBeTruthy()
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
    const html = serverRender(<Analysis dataset={d} />)
    const { container } = render(<Analysis dataset={d} />)
    expectSafe(container, html)
  })
})
