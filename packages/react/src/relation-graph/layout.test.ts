import { dataset } from '@karabakh-aftermath/data'
import { fixture } from '@karabakh-aftermath/fixtures'
import { describe, expect, it } from 'vitest'
import { layoutRelations } from './layout.js'
import { statedTies } from './relation-graph.js'

type Rect = { x: number; y: number; w: number; h: number }
const hit = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

describe('layoutRelations', () => {
  it('words the ties from the message catalogue', () => {
    const words = layoutRelations({
      ...dataset,
      messages: { tieWords: { 'ally-of': 'Verbündeter' } },
    })
      .edges.flatMap((e) => e.ties)
      .filter((t) => t.predicate === 'ally-of')
      .map((t) => t.text)
    expect(words.length).toBeGreaterThan(0)
    expect(words.every((w) => w.startsWith('Verbündeter '))).toBe(true)
  })

  it('is deterministic: the same input gives the same layout', () => {
    expect(JSON.stringify(layoutRelations(dataset))).toBe(JSON.stringify(layoutRelations(dataset)))
  })

  it('draws every stated tie once, on the edge between its two actors', () => {
    const layout = layoutRelations(dataset)
    const drawn = layout.edges.flatMap((e) =>
      e.ties.map((t) => `${[e.a, e.b].sort()} ${t.predicate}`),
    )
    const stated = statedTies(dataset.claims).map(
      (t) => `${[t.subject, t.object].sort()} ${t.predicate}`,
    )
    expect(drawn.sort()).toEqual(stated.sort())
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(
      [...new Set(statedTies(dataset.claims).flatMap((t) => [t.subject, t.object]))].sort(),
    )
  })

  it('keeps every box inside the drawing and apart from every other', () => {
    const layout = layoutRelations(dataset)
    const boxes = [...layout.nodes, ...layout.edges.map((e) => e.label)]
    for (const [i, a] of boxes.entries()) {
      expect(a.x >= 0 && a.y >= 0 && a.x + a.w <= layout.width && a.y + a.h <= layout.height).toBe(
        true,
      )
      for (const b of boxes.slice(i + 1)) expect(hit(a, b)).toBe(false)
    }
  })

  it('wraps a long name onto two lines, keeps the arrows of one-way ties, and follows the filter', () => {
    const layout = layoutRelations(dataset)
    expect(layout.nodes.find((n) => n.id === 'osce')?.lines).toEqual([
      'Organization for Security',
      'and Co-operation in Europe',
    ])
    const texts = layout.edges.flatMap((e) => e.ties.map((t) => t.text))
    expect(texts).toContain('ally ↔')
    expect(texts.some((t) => /^member [→↘↓↙←↖↑↗]$/.test(t))).toBe(true)
    const allies = layoutRelations({ ...fixture, predicates: ['ally-of'] })
    expect(allies.edges.flatMap((e) => e.ties.map((t) => t.predicate))).toEqual([
      'ally-of',
      'ally-of',
    ])
    expect(layoutRelations({ ...fixture, predicates: ['leader-of'] }).nodes).toEqual([])
  })
})
