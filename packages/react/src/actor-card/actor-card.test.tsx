import { dataset } from '@karabakh-aftermath/data'
import { fixture as fixtureDataset } from '@karabakh-aftermath/fixtures'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { itIsAccessibleAndSafe, serverRender } from '../test/helpers.ts'
import { ActorCard } from './index.js'

const actor = (id: string) => {
  const a = fixtureDataset.actors.find((x) => x.id === id)
  if (!a) throw new Error(id)
  return a
}

describe('ActorCard', () => {
  it('shows name, other names with their language, kind, description and Wikidata', () => {
    const { container } = render(<ActorCard actor={actor('azerbaijan')} {...fixtureDataset} />)
    expect(screen.getByRole('heading', { name: 'Azerbaijan' })).toBeTruthy()
    expect(screen.getByText('State')).toBeTruthy()
    expect(container.querySelector('bdi[lang="az"]')?.textContent).toBe('Azərbaycan')
    expect(container.textContent).toContain('(Azerbaijani)')
    expect(screen.getByRole('link', { name: 'Q227' }).getAttribute('href')).toBe(
      'https://www.wikidata.org/wiki/Q227',
    )
  })

  it('shows the name in a chosen language', () => {
    render(<ActorCard actor={actor('azerbaijan')} {...fixtureDataset} lang="az" />)
    expect(
      screen
        .getByRole('heading', { name: 'Azərbaycan' })
        .querySelector('bdi')
        ?.getAttribute('lang'),
    ).toBe('az')
  })

  it('lists the relations that claims state and the claims by and about the actor', () => {
    const { container } = render(
      <ActorCard actor={actor('turkey')} {...fixtureDataset} linkClaims />,
    )
    const relations = [...container.querySelectorAll('.ka-actor__relations li')].map(
      (li) => li.textContent,
    )
    expect(relations).toEqual([
      'Turkey ally of Azerbaijan (stated by Nick Reynolds: claim 1)',
      'Turkey enemy of Armenia (stated by Nick Reynolds: claim 1)',
    ])
    expect(screen.getAllByRole('link', { name: 'claim 1' })[0]?.getAttribute('href')).toBe(
      '#ka-claim-turkey-military-ally-azerbaijan',
    )
    expect(screen.getByText(/Claims about/).textContent).toBe('Claims about Turkey (2)')
    render(<ActorCard actor={actor('azerbaijan')} {...fixtureDataset} />)
    expect(screen.getByText(/Claims by/).textContent).toBe('Claims by Azerbaijan (1)')
  })

  it('server-renders every actor of the full dataset', () => {
    for (const a of dataset.actors)
      expect(serverRender(<ActorCard actor={a} {...dataset} />)).toContain('ka-actor__name')
  })

  itIsAccessibleAndSafe(
    () => [
      <div key="all">
        {dataset.actors.map((a) => (
          <ActorCard key={a.id} actor={a} {...dataset} linkClaims />
        ))}
      </div>,
    ],
    (d) => (
      <div>
        {d.actors.map((a) => (
          <ActorCard key={a.id} actor={a} {...d} linkClaims />
        ))}
      </div>
    ),
    (container) => expect(container.querySelector('a[href*="wikidata"]')).toBeNull(),
  )
})
