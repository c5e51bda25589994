import { dataset } from '@karabakh-aftermath/data'

const { createQuery } = await import(
  new URL('file:///work/wt/query/packages/query/dist/index.js').href
)
const shipped: any = dataset
function synthetic(n: number) {
  const shift = (day: string | null, k: number) =>
    day && `${Number(day.slice(0, 4)) + (k % 40) - 20}${day.slice(4)}`
  const events = Array.from({ length: n }, (_, i) => {
    const e = shipped.events[i % shipped.events.length]
    const k = Math.floor(i / shipped.events.length)
    return {
      ...e,
      id: `${e.id}~${k}`,
      bounds: { earliest: shift(e.bounds.earliest, k), latest: shift(e.bounds.latest, k) },
    }
  })
  const claims = Array.from({ length: n }, (_, i) => {
    const c = shipped.claims[i % shipped.claims.length]
    const k = Math.floor(i / shipped.claims.length)
    const id = (x: string) => `${x}~${k}`
    return {
      ...c,
      id: id(c.id),
      about: { ...c.about, events: c.about.events.map(id) },
      disputes: c.disputes.map(id),
      supports: c.supports.map(id),
    }
  })
  return { ...shipped, events, claims }
}
const d = synthetic(100_000)
const q = createQuery(d)
const which = process.argv[2]
const fn =
  which === 'claims'
    ? () => q.claims({ disputed: true, about: { actors: 'armenia' } })
    : which === 'search2'
      ? () => q.search('likely unstable')
      : () => q.search('agdam')
fn()
const t = performance.now()
for (let i = 0; i < 30; i++) fn()
console.log(which, (performance.now() - t) / 30, 'ms', fn().length)
if (process.argv[3] === 'prof') {
  const { Session } = await import('node:inspector/promises')
  const s = new Session()
  s.connect()
  await s.post('Profiler.enable')
  await s.post('Profiler.start')
  for (let i = 0; i < 50; i++) fn()
  const { profile } = await s.post('Profiler.stop')
  ;(await import('node:fs')).writeFileSync('/tmp/qsize/hot.cpuprofile', JSON.stringify(profile))
}
