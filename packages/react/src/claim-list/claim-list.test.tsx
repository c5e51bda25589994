import { dataset } from '@karabakh-aftermath/data'
import { fixture as fixtureDataset } from '@karabakh-aftermath/fixtures'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { itIsAccessibleAndSafe, serverRender } from '../test/helpers.ts'
import { ClaimList } from './index.js'

describe('ClaimList', () => {
  it('server-renders every claim in source order, with disputes paired side by side', () => {
    const html = serverRender(<ClaimList idPrefix="ka" {...fixtureDataset} />)
    const positions = fixtureDataset.claims.map((c) => html.indexOf(`id="ka-claim-${c.id}"`))
    expect(positions.every((p) => p > 0)).toBe(true)
    const { container } = render(<ClaimList idPrefix="ka" {...fixtureDataset} />)
    const pair = container.querySelector('.ka-dispute .ka-dispute__sides')
    expect([...(pair?.querySelectorAll(':scope > article') ?? [])].map((a) => a.id)).toEqual([
      'ka-claim-both-sides-accused-war-crimes',
      'ka-claim-armenia-denies-war-crimes-claims',
    ])
    // Two disputed pairs, each one item.
    expect(container.querySelectorAll('.ka-claim-list__items > li')).toHaveLength(
      fixtureDataset.claims.length - 2,
    )
    expect(screen.getByText(`${fixtureDataset.claims.length} claims.`)).toBeTruthy()
  })

  it('filters by kind, claimant and topic', async () => {
    const user = userEvent.setup()
    const { container } = render(<ClaimList idPrefix="ka" {...fixtureDataset} />)
    const ids = () =>
      [...container.querySelectorAll('.ka-claim-list__items article.ka-claim')].map((a) => a.id)
    await user.selectOptions(screen.getByLabelText('Kind'), 'forecast')
    expect(ids()).toEqual([
      'ka-claim-armenian-attitude-hard-to-change',
      'ka-claim-border-likely-unstable',
      'ka-claim-conflict-likely-frozen',
      'ka-claim-international-actors-unlikely-to-bridge',
      'ka-claim-committed-mediation-dim-prospect',
    ])
    expect(screen.getByText(`5 of ${fixtureDataset.claims.length} claims.`)).toBeTruthy()
    await user.selectOptions(screen.getByLabelText('Kind'), '')
    await user.selectOptions(screen.getByLabelText('Claimant'), 'armenia')
    expect(ids()).toEqual([
      'ka-claim-armenia-denies-war-crimes-claims',
      'ka-claim-armenia-claims-missing',
    ])
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    await user.selectOptions(screen.getByLabelText('Topic'), 'prisoners-of-war')
    expect(ids()).toEqual([
      'ka-claim-both-sides-accused-war-crimes',
      'ka-claim-azerbaijan-claims-returned-all-pows',
      'ka-claim-armenia-claims-missing',
    ])
  })

  it('renders the full dataset and starts from a given filter', () => {
    const html = serverRender(<ClaimList idPrefix="ka" {...dataset} />)
    for (const c of dataset.claims) expect(html).toContain(`id="ka-claim-${c.id}"`)
    render(
      <ClaimList idPrefix="ka" {...dataset} defaultFilter={{ kind: 'forecast' }} filters={false} />,
    )
    const forecasts = dataset.claims.filter((c) => c.kind === 'forecast').length
    expect(screen.getByText(`${forecasts} of ${dataset.claims.length} claims.`)).toBeTruthy()
    expect(screen.queryByRole('group')).toBeNull()
  })

  itIsAccessibleAndSafe(
    () => [
      <ClaimList key="f" idPrefix="ka" {...fixtureDataset} />,
      <ClaimList key="d" idPrefix="ka" {...dataset} />,
    ],
    (d) => <ClaimList idPrefix="ka" {...d} />,
  )
})
