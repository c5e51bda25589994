import { dataset } from '@karabakh-aftermath/data'
import { fixture as fixtureDataset } from '@karabakh-aftermath/fixtures'
import { sortClaims } from '@karabakh-aftermath/query'
import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations, expectSafeView, serverRender, source } from '../test/helpers.ts'
import { hostileDataset } from '../test/hostile.ts'
import { SourceReader } from './index.js'

const props = { ...fixtureDataset, source }

describe('SourceReader', () => {
  it('server-renders the full text with a stable anchor on every part', () => {
    const html = serverRender(<SourceReader idPrefix="ka" {...props} />)
    for (const part of source.parts)
      expect(html).toContain(`id="ka-rusi-2021-aftermath-${part.anchor}"`)
    const { container } = render(<SourceReader idPrefix="ka" {...props} />)
    // Every character of every part is there, in order.
    for (const part of source.parts) {
      const el = container.querySelector(`#ka-rusi-2021-aftermath-${part.anchor}`)
      const text = (el?.textContent ?? '').replace(/^\d+ /, '').replace(/\d+/g, '')
      expect(text).toBe(source.text.slice(part.start, part.end).replace(/\d+/g, ''))
    }
  })

  it('highlights every claim by kind, with a numbered marker button', () => {
    const { container } = render(<SourceReader idPrefix="ka" {...props} />)
    const marks = [...container.querySelectorAll('mark[data-claims]')]
    for (const c of fixtureDataset.claims)
      expect(marks.some((m) => m.getAttribute('data-claims')?.split(' ').includes(c.id))).toBe(true)
    expect(
      container.querySelector('mark[data-claims="border-likely-unstable"]')?.className,
    ).toContain('ka-mark--forecast')
    expect(screen.getAllByRole('button', { name: /^Claim \d+, / })).toHaveLength(
      fixtureDataset.claims.length,
    )
  })

  it('shows the claim of a selected marker, and steps through claims', async () => {
    const user = userEvent.setup()
    render(<SourceReader idPrefix="ka" {...props} />)
    const n =
      sortClaims(fixtureDataset.claims).findIndex((c) => c.id === 'border-likely-unstable') + 1
    const marker = screen.getByRole('button', { name: `Claim ${n}, forecast` })
    await user.click(marker)
    expect(marker.getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByText(new RegExp(`^Claim ${n} of 21: forecast\\.`))).toBeTruthy()
    expect(
      screen.getByRole('heading', {
        name: 'The author judges that the border between Armenia and Azerbaijan is therefore likely to remain unstable.',
      }),
    ).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Next claim' }))
    expect(screen.getByText(new RegExp(`^Claim ${n + 1} of 21`))).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Previous claim' }))
    await user.click(screen.getByRole('button', { name: 'Back to the text' }))
    expect(document.activeElement).toBe(marker)
    await user.keyboard('{Enter}')
    expect(marker.getAttribute('aria-pressed')).toBe('false')
    expect(screen.getByText(/claims are highlighted/)).toBeTruthy()
  })

  it('selects a claim when its highlight is clicked', () => {
    const { container } = render(<SourceReader idPrefix="ka" {...props} />)
    const mark = container.querySelector(
      'mark[data-claims="committed-mediation-dim-prospect"]',
    ) as HTMLElement
    fireEvent.click(mark)
    expect(
      screen.getByRole('heading', {
        name: 'The author judges committed international mediation to be a dim prospect.',
      }),
    ).toBeTruthy()
    expect(mark.className).toContain('ka-mark--selected')
  })

  it('starts from a selected claim and renders the full dataset', () => {
    const full = dataset.sources[0]
    if (!full) throw new Error('no source')
    const html = serverRender(
      <SourceReader
        idPrefix="ka"
        {...dataset}
        source={full}
        defaultSelected={dataset.claims[5]?.id}
      />,
    )
    expect(html).toContain('Claim 6 of')
    expect((html.match(/class="ka-reader__marker /g) ?? []).length).toBe(
      dataset.claims.filter((c) => c.quote.source === full.id).length,
    )
  })

  it('has no axe violations', async () => {
    const { container } = render(
      <SourceReader idPrefix="ka" {...props} defaultSelected="azerbaijan-returned-all-pows" />,
    )
    await expectNoAxeViolations(container)
    const full = dataset.sources[0]
    if (!full) throw new Error('no source')
    const all = render(<SourceReader idPrefix="ka" {...dataset} source={full} />)
    await expectNoAxeViolations(all.container)
  })

  it('renders hostile text as text and drops unsafe links', () => {
    const d = hostileDataset()
    const s = d.sources[0]
    if (!s) throw new Error('no source')
    const container = expectSafeView(
      <SourceReader idPrefix="ka" {...d} source={s} defaultSelected="hostile-title" />,
    )
    expect(container.querySelector('mark[data-claims~="hostile-title"]')?.textContent).toContain(
      '<script>',
    )
  })
})
