import { dataset } from '@karabakh-aftermath/data'
import { fixture as fixtureDataset } from '@karabakh-aftermath/fixtures'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations, expectSafeView, serverRender } from '../test/helpers.ts'
import { hostileDataset } from '../test/hostile.ts'
import { ActorList } from './index.js'

describe('ActorList', () => {
  it('groups actors by kind and sorts them by name', () => {
    const { container } = render(<ActorList idPrefix="ka" {...fixtureDataset} />)
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'State',
      'Government',
      'Person',
      'Organization',
      'Intergovernmental organization',
      'Population group',
    ])
    const states = [...container.querySelectorAll('.ka-actor-list__kind')][0]
    expect(
      [...(states?.querySelectorAll('.ka-actor__name') ?? [])].map((h) => h.textContent),
    ).toEqual(['Armenia', 'Azerbaijan', 'Russia', 'Turkey', 'United States'])
    expect(container.querySelector('#ka-actor-turkey')).toBeTruthy()
  })

  it('server-renders the full dataset', () => {
    const html = serverRender(<ActorList idPrefix="ka" {...dataset} />)
    for (const a of dataset.actors) expect(html).toContain(`id="ka-actor-${a.id}"`)
  })

  it('has no axe violations', async () => {
    const { container } = render(<ActorList idPrefix="ka" {...dataset} linkClaims />)
    await expectNoAxeViolations(container)
  })

  it('renders hostile text as text and drops unsafe links', () => {
    const d = hostileDataset()
    expectSafeView(<ActorList idPrefix="ka" {...d} />)
  })
})
