/**
 * `pnpm bench`: times every helper on the shipped data and on synthetic datasets of 1k, 10k and
 * 100k events (the shipped records repeated with new ids, years shifted; as many claims as
 * events), each beside a naive scan of the same arrays measured in the same run (nothing cached
 * between calls), and prints medians and ratios. It measures; it never fails on time. Run after
 * `pnpm build` (turbo does), as it imports the built package.
 */
import os from 'node:os'
import { dataset } from '@karabakh-aftermath/data'
import type { Dataset } from '@karabakh-aftermath/schema'

type Module = typeof import('../src/index.js')
const { createQuery, foldText }: Module = await import(
  new URL('../dist/index.js', import.meta.url).href
)
type Event = Dataset['events'][number]
type Claim = Dataset['claims'][number]
const shipped = dataset as unknown as Dataset

/** The shipped data with `n` events and `n` claims: copy k of each record is `${id}~k`. */
function synthetic(n: number): Dataset {
  const shift = (day: string | null, k: number) =>
    day && `${Number(day.slice(0, 4)) + (k % 40) - 20}${day.slice(4)}`
  const events = Array.from({ length: n }, (_, i): Event => {
    const e = shipped.events[i % shipped.events.length] as Event
    const k = Math.floor(i / shipped.events.length)
    const bounds = { earliest: shift(e.bounds.earliest, k), latest: shift(e.bounds.latest, k) }
    return { ...e, id: `${e.id}~${k}`, bounds }
  })
  const claims = Array.from({ length: n }, (_, i): Claim => {
    const c = shipped.claims[i % shipped.claims.length] as Claim
    const k = Math.floor(i / shipped.claims.length)
    const id = (x: string) => `${x}~${k}`
    const about = { ...c.about, events: c.about.events.map(id) }
    return { ...c, id: id(c.id), about, disputes: c.disputes.map(id), supports: c.supports.map(id) }
  })
  return { ...shipped, events, claims }
}

/**
 * Median CPU time of one call of `fn` in µs: calls are timed in batches of at least 2 ms of CPU
 * (process.cpuUsage, so time spent waiting for a core on a shared machine is not counted),
 * batches repeated for ~200 ms, at least 5.
 */
function median(fn: () => unknown): number {
  fn()
  const cpu = () => {
    const { user, system } = process.cpuUsage()
    return user + system
  }
  let batch = 1
  const times: number[] = []
  const stop = performance.now() + 200
  while (times.length < 5 || performance.now() < stop) {
    const t = cpu()
    for (let i = 0; i < batch; i++) fn()
    const spent = cpu() - t
    if (spent < 2000) batch *= 2
    else times.push(spent / batch)
  }
  times.sort((a, b) => a - b)
  return times[times.length >> 1] as number
}

// Naive scans: plain filters over the arrays, nothing kept between calls.
const overlaps = (e: Event, from: string, to: string) =>
  (e.bounds.earliest ?? '') <= to && (e.bounds.latest ?? '~') >= from
const byStart = (a: Event, b: Event) =>
  (a.bounds.earliest ?? '').localeCompare(b.bounds.earliest ?? '') || a.id.localeCompare(b.id)
const naiveSearch = (d: Dataset, text: string) => {
  const w = foldText(text)
  return (
    [...d.actors, ...d.places].filter((r) =>
      [r.name, ...r.names.map((x) => x.text)].some((t) => ` ${foldText(t)}`.includes(` ${w}`)),
    ).length +
    d.events.filter((e) => ` ${foldText(e.title)}`.includes(` ${w}`)).length +
    d.claims.filter((c) => ` ${foldText(`${c.statement} ${c.quote.exact}`)}`.includes(` ${w}`))
      .length
  )
}

type Case = [
  name: string,
  helper: (q: ReturnType<typeof createQuery<Dataset>>) => unknown,
  naive: (d: Dataset) => unknown,
]
const k0 = (id: string, d: Dataset) => (d === shipped ? id : `${id}~0`)
const cases: Case[] = [
  ['getActor', (q) => q.getActor('russia'), (d) => d.actors.find((a) => a.id === 'russia')],
  [
    'getClaimOrThrow',
    (q) => q.getClaimOrThrow(k0('border-likely-unstable', q.dataset)),
    (d) => d.claims.find((c) => c.id === k0('border-likely-unstable', d)),
  ],
  [
    'timeline: actor + year',
    (q) => q.timeline({ actors: 'armenia', range: '2020' }),
    (d) =>
      d.events
        .filter(
          (e) =>
            overlaps(e, '2020-01-01', '2020-12-31') &&
            e.participants.some((p) => p.actor === 'armenia'),
        )
        .sort(byStart),
  ],
  ['timeline: all', (q) => q.timeline(), (d) => [...d.events].sort(byStart)],
  [
    'claims: kind + likelihood',
    (q) => q.claims({ kinds: 'forecast', minLikelihood: 'likely' }),
    (d) =>
      d.claims.filter(
        (c) =>
          c.kind === 'forecast' &&
          c.likelihood &&
          ['likely', 'highly-likely', 'almost-certain'].includes(c.likelihood.term),
      ),
  ],
  [
    'claims: disputed, about an actor',
    (q) => q.claims({ disputed: true, about: { actors: 'armenia' } }),
    (d) => {
      const disputed = new Set(
        d.claims.flatMap((c) => (c.disputes.length ? [c.id, ...c.disputes] : [])),
      )
      return d.claims.filter((c) => disputed.has(c.id) && c.about.actors.includes('armenia'))
    },
  ],
  [
    'countByKind: events in 2020',
    (q) => q.countByKind('events', { range: '2020' }),
    (d) => {
      const counts: Record<string, number> = {}
      for (const e of d.events)
        if (overlaps(e, '2020-01-01', '2020-12-31')) counts[e.kind] = (counts[e.kind] ?? 0) + 1
      return counts
    },
  ],
  [
    'relations',
    (q) => q.relations('russia'),
    (d) =>
      d.claims.filter((c) => c.relation?.subject === 'russia' || c.relation?.object === 'russia'),
  ],
  [
    'mentions',
    (q) => q.mentions('places', 'agdam'),
    (d) => d.claims.filter((c) => c.about.places.includes('agdam')).map((c) => c.quote),
  ],
  [
    'argument',
    (q) => q.argument(k0('border-likely-unstable', q.dataset)),
    (d) => {
      let frontier = [k0('border-likely-unstable', d)]
      const seen = new Set(frontier)
      while (frontier.length) {
        frontier = d.claims
          .filter((c) => !seen.has(c.id) && c.supports.some((s) => frontier.includes(s)))
          .map((c) => c.id)
        for (const id of frontier) seen.add(id)
      }
      return seen
    },
  ],
  ['search: a place name', (q) => q.search('agdam'), (d) => naiveSearch(d, 'agdam')],
  ['search: two words', (q) => q.search('likely unstable'), (d) => naiveSearch(d, 'unstable')],
  [
    'toFeatureCollection',
    (q) => q.toFeatureCollection(['baku', 'agdam']),
    (d) => d.places.filter((p) => p.id === 'baku' || p.id === 'agdam'),
  ],
]

const format = (us: number) =>
  us < 1
    ? `${(us * 1000).toFixed(0)} ns`
    : us < 1000
      ? `${us.toFixed(1)} µs`
      : `${(us / 1000).toFixed(2)} ms`
console.log(
  `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model}, load ${os.loadavg()[0]?.toFixed(1)}`,
)
console.log(
  '| data | helper | helper median | naive scan | naive ÷ helper |\n|---|---|---:|---:|---:|',
)
for (const [label, d] of [
  ['shipped (21 events)', shipped],
  ['1k events', synthetic(1_000)],
  ['10k events', synthetic(10_000)],
  ['100k events', synthetic(100_000)],
] as const) {
  const q = createQuery(d)
  for (const [name, helper, naive] of cases) {
    const a = median(() => helper(q))
    const b = median(() => naive(d))
    console.log(`| ${label} | ${name} | ${format(a)} | ${format(b)} | ${(b / a).toFixed(1)}× |`)
  }
}
