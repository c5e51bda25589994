import { dataset } from '@karabakh-aftermath/data'
import { fixture as fixtureDataset } from '@karabakh-aftermath/fixtures'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations, expectSafeView, serverRender } from '../test/helpers.ts'
import { hostileDataset } from '../test/hostile.ts'
import { RelationGraph } from './index.js'
import { layoutRelations } from './layout.js'

describe('RelationGraph', () => {
  it('draws one line per pair of actors, labelled with each tie and its direction', () => {
    const layout = layoutRelations(fixtureDataset)
    expect(serverRender(<RelationGraph {...fixtureDataset} />)).not.toContain('<svg')
    const html = serverRender(<RelationGraph {...fixtureDataset} layout={layout} />)
    expect(html).toContain('<svg')
    const { container } = render(<RelationGraph {...fixtureDataset} layout={layout} />)
    // russia–armenia, turkey–azerbaijan, turkey–armenia, us–minsk group
    expect(container.querySelectorAll('polyline.ka-rel__line')).toHaveLength(4)
    const tags = [...container.querySelectorAll('.ka-rel__tag tspan')].map((t) => t.textContent)
    expect(tags).toContain('ally ↔')
    expect(tags.some((t) => /^member [→↘↓↙←↖↑↗]$/.test(t ?? ''))).toBe(true)
    expect(container.querySelector('svg')?.getAttribute('role')).toBe('img')
  })

  it('lists every tie in a table with who states it', () => {
    render(<RelationGraph {...fixtureDataset} />)
    const table = screen.getByRole('table', { name: 'Ties between actors stated in the claims' })
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent)
    expect(rows).toEqual([
      'Russiaally of (both ways)ArmeniaNick Reynolds',
      'Russiaclose relations with (both ways)ArmeniaNick Reynolds',
      'Russiamediator ofArmeniaNick Reynolds',
      'Turkeyenemy of (both ways)ArmeniaNick Reynolds',
      'Turkeyally of (both ways)AzerbaijanNick Reynolds',
      'United Statesmember ofMinsk GroupNick Reynolds',
    ])
  })

  it('shows only the predicates asked for', () => {
    render(<RelationGraph {...fixtureDataset} predicates={['ally-of', 'enemy-of']} />)
    expect(screen.getAllByRole('row')).toHaveLength(4)
    render(<RelationGraph {...fixtureDataset} predicates={['leader-of']} id="other" />)
    expect(screen.getByText('No claim states a tie between actors.')).toBeTruthy()
  })

  it('renders the full dataset and has no axe violations', async () => {
    const html = serverRender(<RelationGraph {...dataset} />)
    const ties = dataset.claims.filter((c) => c.relation).length
    expect(html.match(/<tr>/g)?.length).toBeLessThanOrEqual(ties + 1)
    const { container } = render(
      <RelationGraph {...dataset} layout={layoutRelations(dataset)} linkClaims />,
    )
    await expectNoAxeViolations(container)
  })

  it('renders hostile text as text', () => {
    const d = hostileDataset()
    const layout = layoutRelations(d)
    expectSafeView(<RelationGraph {...d} layout={layout} linkClaims />)
  })
})
