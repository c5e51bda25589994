// Hostile strings in every text field of the fixture dataset: markup, script URLs, 10 kB names
// and right-to-left text, to prove that data is only ever rendered as text and safe links.

import { fixture as fixtureDataset } from '@karabakh-aftermath/fixtures'
import type { Dataset, Name, SourcePart } from '@karabakh-aftermath/schema'

export const SCRIPT = '<script>alert("x")</script><img src=x onerror="alert(1)">'
export const JS_URL = 'javascript:alert(1)'
export const LONG = 'W'.repeat(10_240)
export const RTL = 'שלום עולם مرحبا \u202Eevil\u202C'
/** One hostile text: markup, right-to-left text and a 10 kB word. */
export const HOSTILE = `${SCRIPT} ${RTL} ${LONG}`

const names = (list: readonly Name[]): Name[] => [
  ...list.map((n) => ({ ...n, text: HOSTILE })),
  { text: RTL, lang: 'he' },
]

/** The fixture dataset with every text field hostile and every URL a `javascript:` URL. */
export function hostileDataset(): Dataset {
  const d = structuredClone(fixtureDataset)
  const source = d.sources[0]
  if (!source) throw new Error('no source')
  // The hostile blocks go before the real text; every offset shifts by their length.
  const prefix = `${SCRIPT}\n\n${RTL} ${LONG}\n\n`
  const shift = prefix.length
  const parts: SourcePart[] = [
    { kind: 'title', anchor: 'title', start: 0, end: SCRIPT.length },
    { kind: 'image-credit', anchor: 'image-credit', start: SCRIPT.length + 2, end: shift - 2 },
    ...source.parts.map((p, i) => ({
      kind: 'body' as const,
      anchor: `body-${i + 1}`,
      start: p.start + shift,
      end: p.end + shift,
    })),
  ]
  const text = prefix + source.text
  Object.assign(source, {
    title: HOSTILE,
    rights: HOSTILE,
    url: JS_URL,
    text,
    parts,
    published: HOSTILE,
  })
  const requote = <T extends { start: number; end: number }>(q: T) => ({
    ...q,
    start: q.start + shift,
    end: q.end + shift,
  })
  d.actors = d.actors.map((a) => ({
    ...a,
    name: HOSTILE,
    names: names(a.names),
    aliases: [HOSTILE, RTL],
    description: HOSTILE,
    wikidata: JS_URL,
    mentions: a.mentions.map(requote),
  }))
  d.places = d.places.map((p) => ({
    ...p,
    name: HOSTILE,
    names: names(p.names),
    contestedNote: HOSTILE,
    mentions: p.mentions.map(requote),
  }))
  d.topics = d.topics.map((t) => ({ ...t, name: HOSTILE, description: HOSTILE }))
  d.events = d.events.map((e) => ({
    ...e,
    title: HOSTILE,
    summary: HOSTILE,
    citations: [{ title: HOSTILE, url: JS_URL, publisher: HOSTILE }],
    mentions: e.mentions.map(requote),
  }))
  // A claim quoting the script block, so the reader highlights hostile text too.
  const first = d.claims[0]
  d.claims = d.claims.map((c) => ({
    ...c,
    statement: HOSTILE,
    quote: requote(c.quote),
    ...(c.likelihood && { likelihood: { ...c.likelihood, cue: HOSTILE } }),
    ...(c.quantity && { quantity: { ...c.quantity, unit: HOSTILE } }),
  }))
  if (first)
    d.claims.push({
      ...first,
      id: 'hostile-title',
      statement: HOSTILE,
      quote: { source: source.id, exact: SCRIPT, start: 0, end: SCRIPT.length },
    })
  return d
}
