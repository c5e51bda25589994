// Shared test helpers: server rendering, axe in jsdom, and the checks for hostile data.
import { fixture } from '@karabakh-aftermath/fixtures'
import type { Dataset, Quote, Source } from '@karabakh-aftermath/schema'
import { render } from '@testing-library/react'
import axe from 'axe-core'
import type { ReactElement } from 'react'
import { renderToString } from 'react-dom/server'
import { expect, it } from 'vitest'
import { hostileDataset, SCRIPT } from './hostile.ts'

/**
 * Runs axe on a rendered component. `region` is off because a component is not a page (the
 * browser test checks the page with every rule); `color-contrast` needs layout, which jsdom
 * lacks, so the browser test checks it too, in light and dark.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: { region: { enabled: false }, 'color-contrast': { enabled: false } },
  })
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} × ${v.nodes.length}: ${v.nodes[0]?.html.slice(0, 200)}`,
  )
  expect(found).toEqual([])
}

/** Renders on the server and checks the markup is complete and free of browser-only work. */
export function serverRender(element: ReactElement): string {
  const html = renderToString(element)
  expect(html.length).toBeGreaterThan(0)
  return html
}

/** Checks that a rendered tree holds hostile text only as text, and only safe links. */
export function expectSafe(container: Element, html: string): void {
  expect(container.querySelector('script')).toBeNull()
  expect(container.querySelector('img')).toBeNull()
  expect(container.querySelector('[onerror]')).toBeNull()
  for (const a of container.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? ''
    expect(href.startsWith('#') || /^https?:\/\//.test(href), `unsafe href ${href}`).toBe(true)
  }
  for (const el of container.querySelectorAll('[cite]'))
    expect(el.getAttribute('cite') ?? '').toMatch(/^https?:\/\//)
  expect(html).not.toContain('<script')
  expect(html).not.toContain('javascript:')
  expect(container.textContent).toContain(SCRIPT)
}

/** The shared fixture's source, claims and events (fixtures/dataset.ts). */
export const source = fixture.sources[0] as Source
export const { claims, events } = fixture

/** A quote of the exact words, at their only occurrence in the fixture's source text. */
export function q(exact: string): Quote {
  const start = source.text.indexOf(exact)
  if (start < 0 || source.text.indexOf(exact, start + 1) >= 0)
    throw new Error(`quote not unique or not found: ${exact}`)
  return { source: source.id, exact, start, end: start + exact.length }
}

/** Renders a view on the server and in the DOM, checks both hold hostile text only as text. */
export function expectSafeView(view: ReactElement): HTMLElement {
  const html = serverRender(view)
  const { container } = render(view)
  expectSafe(container, html)
  return container
}

/**
 * The two checks every component gets: its `views` have no axe violations, and its view of the
 * hostile dataset holds that text only as text and only safe links (`more` checks what else).
 */
export function itIsAccessibleAndSafe(
  views: () => ReactElement[],
  hostile: (d: Dataset) => ReactElement,
  more?: (container: HTMLElement) => void,
): void {
  it('has no axe violations', async () => {
    for (const view of views()) await expectNoAxeViolations(render(view).container)
  })
  it('renders hostile text as text and drops unsafe links', () => {
    more?.(expectSafeView(hostile(hostileDataset())))
  })
}
