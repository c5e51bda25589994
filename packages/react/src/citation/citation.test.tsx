import { fixture as fixtureDataset } from '@karabakh-aftermath/fixtures'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations, expectSafeView, q, serverRender, source } from '../test/helpers.ts'
import { hostileDataset } from '../test/hostile.ts'
import { Citation } from './index.js'

// The fixture's source has no URL: a stand-in one shows how it is linked.
const linked = { ...source, url: 'https://example.org/commentary' }

describe('Citation', () => {
  it('cites author, title, kind, publisher, date and links the paragraph', () => {
    const { container } = render(
      <Citation
        source={linked}
        actors={fixtureDataset.actors}
        at={q('likely to remain unstable').start}
        locale="de"
      />,
    )
    expect(container.textContent).toBe(
      'Nick Reynolds, The Aftermath of the Nagorno-Karabakh Conflict (Commentary), Royal United Services Institute, c. Juli 2021, para. 5',
    )
    expect(
      screen
        .getByRole('link', { name: 'The Aftermath of the Nagorno-Karabakh Conflict' })
        .getAttribute('href'),
    ).toBe(linked.url)
    expect(container.querySelector('cite')).toBeTruthy()
    expect(container.querySelector('time')?.getAttribute('dateTime')).toBe('2021-07')
  })

  it('links only http and https URLs', () => {
    const { container } = render(<Citation source={{ ...source, url: 'javascript:alert(1)' }} />)
    expect(container.querySelector('a')).toBeNull()
    expect(container.textContent).toContain('nick-reynolds')
  })

  it('server-renders and has no axe violations', async () => {
    expect(serverRender(<Citation source={source} actors={fixtureDataset.actors} />)).toContain(
      'ka-citation',
    )
    const { container } = render(
      <p>
        <Citation source={source} actors={fixtureDataset.actors} at={0} />
      </p>,
    )
    await expectNoAxeViolations(container)
  })

  it('renders hostile text as text', () => {
    const d = hostileDataset()
    const s = d.sources[0]
    if (!s) throw new Error('no source')
    const el = <Citation source={s} actors={d.actors} at={0} />
    expectSafeView(el)
  })
})
