import { dataset } from '@karabakh-aftermath/data'
import { fixture as fixtureDataset } from '@karabakh-aftermath/fixtures'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations, expectSafeView, serverRender } from '../test/helpers.ts'
import { hostileDataset } from '../test/hostile.ts'
import { PlaceMap } from './index.js'

const { places, actors } = fixtureDataset

describe('PlaceMap', () => {
  it('server-renders the complete SVG: boundaries, labels and markers', () => {
    const html = serverRender(<PlaceMap idPrefix="ka" places={places} actors={actors} />)
    for (const id of ['051', '031', '268', '364', '792'])
      expect(html).toMatch(
        new RegExp(`class="ka-map__country ka-map__country--${id}" d="m[\\d.,lmz -]+`),
      )
    expect(html).toContain('class="ka-map__land"')
    const { container } = render(<PlaceMap idPrefix="ka" places={places} actors={actors} />)
    const labels = [...container.querySelectorAll('.ka-map__label')].map((t) => t.textContent)
    expect(labels.sort()).toEqual(['Ağdam', 'Baku', 'Nagorno-Karabakh'])
    const countries = [...container.querySelectorAll('.ka-map__country-label')].map(
      (t) => t.textContent,
    )
    expect(countries).toEqual(['Armenia', 'Azerbaijan', 'Georgia', 'Iran', 'Turkey'])
  })

  it('marks contested places by shape and lists every place, drawn or not', () => {
    const { container } = render(<PlaceMap idPrefix="ka" places={places} actors={actors} />)
    expect(container.querySelectorAll('.ka-map__marker--contested path')).toHaveLength(1)
    const table = screen.getByRole('table', { name: 'All places' })
    const row = (name: string) =>
      within(table)
        .getByRole('rowheader', { name: new RegExp(`^${name}`) })
        .closest('tr') as HTMLElement
    expect(row('Armenia–Azerbaijan border').textContent).toContain('Not shown: no geometry')
    expect(row('Armenia–Azerbaijan border').textContent).toContain('(contested) The text expects')
    expect(row('Azerbaijan').textContent).toContain('Shown: outline')
    expect(row('Baku').textContent).toContain('40.4° N, 49.88° E (approximate)')
    expect(row('Nagorno-Karabakh').textContent).toContain('Dağlıq Qarabağ (used by Azerbaijan)')
    expect(container.querySelector('#ka-place-baku')).toBeTruthy()
  })

  it('names places in a chosen language', () => {
    const { container } = render(
      <PlaceMap idPrefix="ka" places={places} actors={actors} lang="az" />,
    )
    expect([...container.querySelectorAll('.ka-map__label')].map((t) => t.textContent)).toContain(
      'Dağlıq Qarabağ',
    )
    expect(
      [...container.querySelectorAll('.ka-map__country-label')].map((t) => t.textContent),
    ).toContain('Azərbaycan')
  })

  it('renders the full dataset', () => {
    const html = serverRender(
      <PlaceMap idPrefix="ka" places={dataset.places} actors={dataset.actors} />,
    )
    for (const p of dataset.places) expect(html).toContain(`id="ka-place-${p.id}"`)
    const { container } = render(
      <PlaceMap idPrefix="ka" places={dataset.places} actors={dataset.actors} />,
    )
    expect(container.querySelectorAll('.ka-map__marker').length).toBeGreaterThanOrEqual(3)
  })

  it('has no axe violations', async () => {
    const { container } = render(
      <PlaceMap idPrefix="ka" places={dataset.places} actors={dataset.actors} />,
    )
    await expectNoAxeViolations(container)
  })

  it('renders hostile text as text and keeps SVG labels short', () => {
    const d = hostileDataset()
    const container = expectSafeView(<PlaceMap idPrefix="ka" places={d.places} actors={d.actors} />)
    for (const t of container.querySelectorAll('svg text'))
      expect((t.textContent ?? '').length).toBeLessThanOrEqual(32)
  })
})
