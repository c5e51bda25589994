import { dataset } from '@karabakh-aftermath/data'
import { fixture as fixtureDataset } from '@karabakh-aftermath/fixtures'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations, expectSafeView, q, serverRender, source } from '../test/helpers.ts'
import { hostileDataset } from '../test/hostile.ts'
import { Quote } from './index.js'

const quote = q('a new status quo has emerged')

describe('Quote', () => {
  it('renders the exact words with their citation and paragraph', () => {
    const { container } = render(
      <Quote quote={quote} sources={[source]} actors={fixtureDataset.actors} />,
    )
    expect(container.querySelector('figure > blockquote')?.textContent).toBe(
      '“a new status quo has emerged”',
    )
    expect(container.querySelector('figcaption')?.textContent).toBe(
      'Nick Reynolds, The Aftermath of the Nagorno-Karabakh Conflict (Commentary), Royal United Services Institute, c. Jul 2021, para. 1',
    )
    expect(screen.getByRole('link', { name: 'para. 1' }).getAttribute('href')).toBe(
      '#ka-rusi-2021-aftermath-body-1',
    )
  })

  it('puts its id on the figure only, not on the citation inside', () => {
    const { container } = render(<Quote quote={quote} sources={[source]} id="q1" />)
    expect([...container.querySelectorAll('[id]')].map((e) => e.tagName)).toEqual(['FIGURE'])
  })

  it('shows the source id when the source is not given', () => {
    const { container } = render(<Quote quote={quote} />)
    expect(container.querySelector('figcaption')?.textContent).toBe('rusi-2021-aftermath')
  })

  it('server-renders quotes of the full dataset', () => {
    for (const c of dataset.claims.slice(0, 20))
      expect(serverRender(<Quote quote={c.quote} {...dataset} />)).toContain('ka-quote__text')
  })

  it('has no axe violations', async () => {
    const { container } = render(
      <Quote quote={quote} sources={[source]} actors={fixtureDataset.actors} />,
    )
    await expectNoAxeViolations(container)
  })

  it('renders hostile text as text and drops unsafe links', () => {
    const d = hostileDataset()
    const hostile = d.claims.at(-1)
    if (!hostile) throw new Error('no claim')
    const el = <Quote quote={hostile.quote} sources={d.sources} actors={d.actors} />
    expectSafeView(el)
  })
})
