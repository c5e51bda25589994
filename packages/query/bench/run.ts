/**
 * `pnpm bench`: times every helper on the shipped data and on synthetic datasets of 1k, 10k and
 * 100k events (the shipped records repeated with new ids, years shifted; as many claims as
 * events), each beside a naive scan of the same arrays measured in the same run (nothing cached
 * between calls), and prints medians and ratios. It measures; it never fails on time. Run after
 * `pnpm build` (turbo does), as it imports the built package. `node bench/run.ts 100000` runs one
 * size only.
 */
import os from 'node:os'
import { dataset } from '@karabakh-aftermath/data'
import type { Dataset } from '@karabakh-aftermath/schema'

const dist = (entry: string) => new URL(`../dist/${entry}.js`, import.meta.url).href
const { createQuery }: typeof import('../src/index.js') = await import(dist('index'))
const { search, foldText }: typeof import('../src/search.js') = await import(dist('search'))
const { mentions }: typeof import('../src/mentions.js') = await import(dist('mentions'))
const { toFeatureCollection }: typeof import('../src/exports.js') = await import(dist('exports'))
type Event = Dataset['events'][number]
const shipped = dataset as unknown as Dataset

/** The shipped data with `n` events and `n` claims: copy k of each record is `${id}~k`. */
function synthetic(n: number): Dataset {
  const copies = <T>(records: readonly T[], make: (r: T, id: (x: string) => string) => T) =>
    Array.from({ length: n }, (_, i) => {
      const k = Math.floor(i / records.length)
      return make(records[i % records.length] as T, (x) => `${x}~${k}`)
    })
  const shift = (day: string | null, id: (x: string) => string) =>
    day && `${Number(day.slice(0, 4)) + (Number(id('').slice(1)) % 40) - 20}${day.slice(4)}`
  const events = copies(shipped.events, (e, id) => {
    const bounds = { earliest: shift(e.bounds.earliest, id), latest: shift(e.bounds.latest, id) }
    return { ...e, id: id(e.id), bounds }
  })
  const claims = copies(shipped.claims, (c, id) => {
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
  const cpu = () => process.cpuUsage().user + process.cpuUsage().system
  let batch = 1
  const times: number[] = []
  for (const stop = performance.now() + 200; times.length < 5 || performance.now() < stop; ) {
    const t = cpu()
    for (let i = 0; i < batch; i++) fn()
    const spent = cpu() - t
    if (spent < 2000) batch *= 2
    else times.push(spent / batch)
  }
  return times.sort((a, b) => a - b)[times.length >> 1] as number
}

// Naive scans: plain filters over the arrays, nothing kept between calls.
const in2020 = (e: Event) =>
  (e.bounds.earliest ?? '') <= '2020-12-31' && (e.bounds.latest ?? '~') >= '2020-01-01'
const byStart = (a: Event, b: Event) =>
  (a.bounds.earliest ?? '').localeCompare(b.bounds.earliest ?? '') || a.id.localeCompare(b.id)
const naiveSearch = (d: Dataset, text: string) => {
  const w = ` ${foldText(text)}`
  const has = (...texts: string[]) => texts.some((t) => ` ${foldText(t)}`.includes(w))
  return [
    ...[...d.actors, ...d.places].filter((r) => has(r.name, ...r.names.map((x) => x.text))),
    ...d.events.filter((e) => has(e.title)),
    ...d.claims.filter((c) => has(c.statement, c.quote.exact)),
  ]
}
const k0 = (id: string, d: Dataset) => (d === shipped ? id : `${id}~0`)
const unstable = (d: Dataset) => k0('border-likely-unstable', d)

type Query = ReturnType<typeof createQuery<Dataset>>
const cases: [string, (q: Query) => unknown, (d: Dataset) => unknown][] = [
  ['getActor', (q) => q.getActor('russia'), (d) => d.actors.find((a) => a.id === 'russia')],
  [
    'getClaimOrThrow',
    (q) => q.getClaimOrThrow(unstable(q.dataset)),
    (d) => d.claims.find((c) => c.id === unstable(d)),
  ],
  [
    'timeline: actor + year',
    (q) => q.timeline({ actors: 'armenia', range: '2020' }),
    (d) =>
      d.events
        .filter((e) => in2020(e) && e.participants.some((p) => p.actor === 'armenia'))
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
          ['likely', 'highly-likely', 'almost-certain'].includes(c.likelihood?.term ?? ''),
      ),
  ],
  [
    'claims: disputed, about an actor',
    (q) => q.claims({ disputed: true, about: { actors: 'armenia' } }),
    (d) => {
      const disputed = new Set(
        d.claims.flatMap((c) => (c.disputes[0] ? [c.id, ...c.disputes] : [])),
      )
      return d.claims.filter((c) => disputed.has(c.id) && c.about.actors.includes('armenia'))
    },
  ],
  [
    'countByKind: events in 2020',
    (q) => q.countByKind('events', { range: '2020' }),
    (d) =>
      d.events.filter(in2020).reduce((n, e) => n.set(e.kind, (n.get(e.kind) ?? 0) + 1), new Map()),
  ],
  [
    'relations',
    (q) => q.relations('russia'),
    (d) => d.claims.filter((c) => [c.relation?.subject, c.relation?.object].includes('russia')),
  ],
  [
    'mentions',
    (q) => mentions(q.dataset, 'places', 'agdam'),
    (d) => d.claims.filter((c) => c.about.places.includes('agdam')).map((c) => c.quote),
  ],
  [
    'argument',
    (q) => q.argument(unstable(q.dataset)),
    (d) => {
      const seen = new Set([unstable(d)])
      for (let frontier = [...seen]; frontier.length; ) {
        frontier = d.claims
          .filter((c) => !seen.has(c.id) && c.supports.some((s) => frontier.includes(s)))
          .map((c) => c.id)
        for (const id of frontier) seen.add(id)
      }
      return seen
    },
  ],
  ['search: a place name', (q) => search(q.dataset, 'agdam'), (d) => naiveSearch(d, 'agdam')],
  [
    'search: two words',
    (q) => search(q.dataset, 'likely unstable'),
    (d) => naiveSearch(d, 'unstable'),
  ],
  [
    'toFeatureCollection',
    (q) => toFeatureCollection(['baku', 'agdam'].map((id) => q.getPlaceOrThrow(id))),
    (d) => d.places.filter((p) => p.id === 'baku' || p.id === 'agdam'),
  ],
]

const format = (us: number) =>
  us < 1
    ? `${(us * 1000).toFixed(0)} ns`
    : us < 1000
      ? `${us.toFixed(1)} µs`
      : `${(us / 1000).toFixed(2)} ms`
const [cpu] = os.cpus()
console.log(`Node ${process.version}, ${os.cpus().length} × ${cpu?.model}, load ${os.loadavg()[0]}`)
console.log(
  '| data | helper | helper median | naive scan | naive ÷ helper |\n|---|---|---:|---:|---:|',
)
const only = Number(process.argv[2]) || undefined
for (const n of only ? [only] : [0, 1_000, 10_000, 100_000]) {
  const d = n ? synthetic(n) : shipped
  const label = n ? `${n / 1000}k events` : 'shipped (21 events)'
  const q = createQuery(d)
  for (const [name, helper, naive] of cases) {
    const a = median(() => helper(q))
    const b = median(() => naive(d))
    console.log(`| ${label} | ${name} | ${format(a)} | ${format(b)} | ${(b / a).toFixed(1)}× |`)
  }
}
