import { dataset } from '@karabakh-aftermath/data'
import { fixture as fixtureDataset } from '@karabakh-aftermath/fixtures'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { itIsAccessibleAndSafe, serverRender } from '../test/helpers.ts'
import { ClaimCard, LikelihoodScale } from './index.js'

const claim = (id: string) => {
  const c = fixtureDataset.claims.find((x) => x.id === id)
  if (!c) throw new Error(id)
  return c
}

describe('ClaimCard', () => {
  it('shows statement, kind, claimant and who reports it', () => {
    render(<ClaimCard claim={claim('azerbaijan-claims-returned-all-pows')} {...fixtureDataset} />)
    expect(
      screen.getByRole('heading', {
        name: 'Azerbaijan claims, as the author reports, to have returned all prisoners of war.',
      }),
    ).toBeTruthy()
    expect(screen.getAllByText('Position')[0]).toBeTruthy()
    expect(
      screen.getAllByText((_, el) => el?.classList.contains('ka-claim__claimant') === true)[0]
        ?.textContent,
    ).toBe('Claimed by Azerbaijan, reported by Nick Reynolds')
  })

  it('shows the likelihood as a labelled band with its cue words', () => {
    const { container } = render(
      <ClaimCard claim={claim('border-likely-unstable')} {...fixtureDataset} />,
    )
    const band = container.querySelector('.ka-likelihood')
    expect(band?.textContent).toBe('Likely (55% – 75%) from the words likely to')
    expect(band?.querySelector('q')?.textContent).toBe('likely to')
    expect(band?.querySelectorAll('.ka-likelihood__step')).toHaveLength(7)
    expect(band?.querySelector('.ka-likelihood__scale')?.getAttribute('aria-hidden')).toBe('true')
    render(
      <LikelihoodScale
        likelihood={{ term: 'highly-unlikely', cue: 'a dim prospect' }}
        locale="de"
      />,
    )
    expect(screen.getByText('Highly unlikely')).toBeTruthy()
  })

  it('shows quantities through Intl', () => {
    render(<ClaimCard claim={claim('pashinyan-won-snap-election')} {...fixtureDataset} />)
    expect(screen.getByText('53.9%')).toBeTruthy()
    render(<ClaimCard claim={claim('armenians-laid-mines')} {...fixtureDataset} locale="de" />)
    expect(screen.getByText('700.000–1.000.000 mines')).toBeTruthy()
  })

  it('quotes the exact words and cites the source paragraph', () => {
    const c = claim('border-likely-unstable')
    // The fixture's source has no URL: a stand-in one shows how it is linked.
    const sources = fixtureDataset.sources.map((s) => ({ ...s, url: 'https://example.org/c' }))
    const { container } = render(<ClaimCard claim={c} {...fixtureDataset} sources={sources} />)
    expect(container.querySelector('blockquote')?.textContent).toBe(`“${c.quote.exact}”`)
    expect(container.querySelector('blockquote')?.getAttribute('cite')).toMatch(
      /^https:\/\/example\.org\//,
    )
    const para = screen.getByRole('link', { name: 'para. 5' })
    expect(para.getAttribute('href')).toBe('#ka-rusi-2021-aftermath-body-5')
    expect(
      screen
        .getByRole('link', { name: 'The Aftermath of the Nagorno-Karabakh Conflict' })
        .getAttribute('href'),
    ).toMatch(/^https:/)
    render(<ClaimCard claim={c} {...fixtureDataset} sources={sources} linkBase="/analysis" />)
    expect(screen.getAllByRole('link', { name: 'para. 5' })[1]?.getAttribute('href')).toBe(
      '/analysis#ka-rusi-2021-aftermath-body-5',
    )
  })

  it('shows the claims that dispute it beside it, both ways', () => {
    const { container } = render(
      <ClaimCard claim={claim('azerbaijan-claims-returned-all-pows')} {...fixtureDataset} />,
    )
    const disputes = container.querySelector('.ka-claim__disputes') as HTMLElement
    expect(within(disputes).getByRole('heading', { name: 'Disputed by' })).toBeTruthy()
    expect(disputes.textContent).toContain(
      'Armenia claims, as the author reports, that many soldiers and civilians known to have fallen into Azerbaijani hands alive remain missing and unaccounted for.',
    )
    expect(container.querySelector('.ka-claim--disputed')).toBeTruthy()
    const solo = { ...claim('armenia-claims-missing'), disputes: [] }
    const other = render(
      <ClaimCard
        claim={solo}
        {...fixtureDataset}
        claims={fixtureDataset.claims.map((c) => (c.id === solo.id ? solo : c))}
      />,
    )
    expect(other.container.querySelector('.ka-claim__disputes')?.textContent).toContain(
      'Azerbaijan claims, as the author reports, to have returned all prisoners of war.',
    )
  })

  it('shows a stated relation and what the claim is about', () => {
    const { container } = render(
      <ClaimCard claim={claim('turkey-military-ally-azerbaijan')} {...fixtureDataset} lang="tr" />,
    )
    expect(container.querySelector('.ka-claim__relation')?.textContent).toBe(
      'Türkiye ally of Azerbaijan',
    )
  })

  it('server-renders every claim of the full dataset', () => {
    for (const c of dataset.claims) {
      const html = serverRender(<ClaimCard claim={c} {...dataset} />)
      expect(html).toContain('ka-quote__text')
      expect(html).toContain('class="ka-citation__paragraph" href="#ka-rusi-2021-aftermath-')
    }
  })

  itIsAccessibleAndSafe(
    () => [
      <div key="all">
        {fixtureDataset.claims.map((c) => (
          <ClaimCard key={c.id} claim={c} {...fixtureDataset} />
        ))}
      </div>,
    ],
    (d) => (
      <div>
        {d.claims.map((c) => (
          <ClaimCard key={c.id} claim={c} {...d} />
        ))}
      </div>
    ),
  )
})
