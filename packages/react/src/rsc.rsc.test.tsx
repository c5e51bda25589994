// Server Components: every component without interactivity runs under the `react-server`
// condition (React's server build, which has no state or effect hooks), as an RSC bundler runs
// it, and the client components carry 'use client' so a server tree stops at them.
import { readFileSync } from 'node:fs'
import { dataset } from '@karabakh-aftermath/data'
import * as React from 'react'
import { describe, expect, it } from 'vitest'
import { ActorCard } from './actor-card/index.js'
import { ActorList } from './actor-list/index.js'
import { Analysis } from './analysis/index.js'
import { Citation } from './citation/index.js'
import { ClaimCard, LikelihoodScale } from './claim-card/index.js'
import { ClaimList } from './claim-list/index.js'
import { PlaceMap } from './place-map/index.js'
import { Quote } from './quote/index.js'
import { RelationGraph } from './relation-graph/index.js'
import { SourceReader } from './source-reader/index.js'
import { Timeline } from './timeline/index.js'

// What React's RSC renderer gives a server component: `useId` and `useMemo` (no state, no effects).
let nextId = 0
const internals = (React as unknown as Record<string, { H: unknown }>)
  .__SERVER_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE as { H: unknown }
internals.H = {
  useId: () => `_S${nextId++}_`,
  useMemo: (create: () => unknown) => create(),
}

const CLIENT = new Map<unknown, string>([
  [Analysis, 'Analysis'],
  [Timeline, 'Timeline'],
  [ClaimList, 'ClaimList'],
  [SourceReader, 'SourceReader'],
])

/**
 * Renders a server tree the way an RSC renderer does: calls each server component with its
 * props, down to host elements, and stops at client components (which the browser renders).
 */
function renderServer(node: unknown, clients: string[]): string {
  if (node === null || node === undefined || typeof node === 'boolean') return ''
  if (typeof node === 'string' || typeof node === 'number') return String(node)
  if (Array.isArray(node)) return node.map((n) => renderServer(n, clients)).join('')
  if (!React.isValidElement(node)) throw new Error(`cannot render ${String(node)}`)
  const { type, props } = node as React.ReactElement<{ children?: unknown }>
  if (typeof type === 'function') {
    const client = CLIENT.get(type)
    if (client) {
      clients.push(client)
      return `<${client}/>`
    }
    return renderServer((type as (p: unknown) => unknown)(props), clients)
  }
  const inner = renderServer(props.children, clients)
  return typeof type === 'string' ? `<${type}>${inner}</${type}>` : inner
}

const source = dataset.sources[0] as (typeof dataset.sources)[0]
const claim =
  dataset.claims.find((c) => c.likelihood && c.disputes.length === 0) ??
  (dataset.claims[0] as (typeof dataset.claims)[0])

describe('React Server Components', () => {
  it('runs with React’s server build', () => {
    expect((React as Record<string, unknown>).useState).toBeUndefined()
    expect((React as Record<string, unknown>).useEffect).toBeUndefined()
  })

  it.each([
    ['Quote', <Quote key="q" quote={claim.quote} {...dataset} />],
    [
      'Citation',
      <Citation key="c" source={source} actors={dataset.actors} at={claim.quote.start} />,
    ],
    ['ClaimCard', <ClaimCard key="cc" claim={claim} {...dataset} />],
    [
      'LikelihoodScale',
      <LikelihoodScale key="l" likelihood={{ term: 'likely', cue: 'likely to' }} />,
    ],
    [
      'ActorCard',
      <ActorCard key="a" actor={dataset.actors[0] as (typeof dataset.actors)[0]} {...dataset} />,
    ],
    ['ActorList', <ActorList key="al" {...dataset} />],
    ['PlaceMap', <PlaceMap key="p" places={dataset.places} actors={dataset.actors} />],
    ['RelationGraph', <RelationGraph key="r" {...dataset} />],
  ])('%s renders as a Server Component', (_, element) => {
    const clients: string[] = []
    const html = renderServer(element, clients)
    expect(html.length).toBeGreaterThan(100)
    expect(clients).toEqual([])
  })

  it.each([
    'analysis/analysis.tsx',
    'analysis/index.ts',
    'timeline/timeline.tsx',
    'timeline/index.ts',
    'claim-list/claim-list.tsx',
    'claim-list/index.ts',
    'source-reader/source-reader.tsx',
    'source-reader/index.ts',
  ])('%s starts with the use client directive', (file) => {
    expect(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8').split('\n')[0]).toBe(
      "'use client'",
    )
  })
})
