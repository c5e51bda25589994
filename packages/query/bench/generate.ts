/**
 * Synthetic datasets of the schema's shape, seeded and reproducible: `n` events with actors,
 * places, topics, claims and sources in proportion (n/100 actors, n/200 places, 40 topics,
 * n/4 claims, one source text per 2,000 events). Place names carry Azerbaijani letters (ğ, ş,
 * ə, ı…) so search folds them; actors take part with a skewed (Zipf-like) frequency, as real
 * conflict data does.
 */
import type { Dataset } from '@karabakh-aftermath/schema'
import {
  CLAIM_KINDS,
  EVENT_KINDS as KINDS,
  LIKELIHOOD_TERMS as TERMS,
} from '@karabakh-aftermath/schema/vocabulary'

type Event = Dataset['events'][number]
type Claim = Dataset['claims'][number]
type Actor = Dataset['actors'][number]
type Place = Dataset['places'][number]
type Source = Dataset['sources'][number]

/** sfc32: a small, fast, seeded PRNG with 128 bits of state. */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9
  let b = 0x243f6a88
  let c = 0xb7e15162
  let d = seed >>> 0
  const next = () => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    let t = (a + b) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    d = (d + 1) | 0
    t = (t + d) | 0
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  for (let i = 0; i < 15; i++) next()
  return next
}

const SYLLABLES = [
  'ağ',
  'də',
  'rə',
  'şu',
  'şa',
  'ka',
  'ra',
  'bax',
  'xan',
  'kən',
  'di',
  'gən',
  'cə',
  'la',
  'çin',
  'qu',
  'ba',
  'fü',
  'zu',
  'lı',
]
const LATIN = [
  'ar',
  'me',
  'ni',
  'to',
  'vo',
  'ka',
  'ri',
  'sa',
  'lo',
  'pe',
  'dan',
  'tor',
  'gel',
  'mi',
  'ros',
  'tin',
  'ba',
  'nu',
  'ke',
  'sel',
]
// Conflict data is dominated by a few kinds (clashes, bombardments, protests): one weight per
// event kind, in the schema's order.
const KIND_WEIGHTS = [1, 1, 1, 12, 3, 3, 4, 2, 14, 1, 2, 1, 1, 1, 1, 1, 2, 1, 1, 40, 2]
if (KIND_WEIGHTS.length !== KINDS.length) throw new Error('bench: one weight per event kind')
const PREDICATES = [
  'ally-of',
  'enemy-of',
  'member-of',
  'mediator-of',
  'security-guarantor-of',
  'leader-of',
  'cultural-affinity-with',
  'close-relations-with',
  'military-supporter-of',
  'influence-over',
] as const
const WORDS = Array.from(
  { length: 400 },
  (_, i) => (LATIN[i % 20] as string) + (LATIN[Math.floor(i / 20) % 20] as string),
)

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
/** The i-th name made of three syllables (8,000 distinct ones), then with a number. */
const nameOf = (syllables: readonly string[], i: number) => {
  const base = capital(
    (syllables[i % 20] as string) +
      (syllables[Math.floor(i / 20) % 20] as string) +
      (syllables[Math.floor(i / 400) % 20] as string),
  )
  return i < 8000 ? base : `${base} ${Math.floor(i / 8000) + 1}`
}

const BASE_DAY = Date.UTC(2000, 0, 1) / 86_400_000
const SPAN_DAYS = 9131 // 2000-01-01 … 2024-12-31
const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10)

/** The dataset, and the ISO span its events cover. */
export type Synthetic = { dataset: Dataset; firstDay: number; spanDays: number }

/** A dataset of `n` events, the same for the same `n` and `seed`. */
export function generate(n: number, seed = 42): Synthetic {
  const random = prng(seed ^ n)
  const int = (max: number) => Math.floor(random() * max)
  const nActors = Math.max(10, Math.floor(n / 100))
  const nPlaces = Math.max(10, Math.floor(n / 200))
  const nTopics = 40
  const nClaims = Math.max(10, Math.floor(n / 4))
  const nSources = Math.max(1, Math.floor(n / 2000))
  // Zipf-like draw: actor k with weight 1/(k+1), via an inverse CDF over cumulative weights.
  const cumulative = new Float64Array(nActors)
  let total = 0
  for (let k = 0; k < nActors; k++) {
    total += 1 / (k + 1) ** 0.8
    cumulative[k] = total
  }
  const zipf = () => {
    const x = random() * total
    let lo = 0
    let hi = nActors - 1
    while (lo < hi) {
      const m = (lo + hi) >>> 1
      if ((cumulative[m] as number) < x) lo = m + 1
      else hi = m
    }
    return lo
  }
  const kindTotal = KIND_WEIGHTS.reduce((a, b) => a + b, 0)
  const kind = () => {
    let x = random() * kindTotal
    for (let k = 0; k < KINDS.length; k++) {
      x -= KIND_WEIGHTS[k] as number
      if (x < 0) return KINDS[k] as Event['kind']
    }
    return 'clash'
  }

  const empty: never[] = []
  const sources: Source[] = Array.from({ length: nSources }, (_, s) => {
    const paragraphs = Array.from({ length: 40 }, () =>
      Array.from({ length: 60 }, () => WORDS[int(WORDS.length)]).join(' '),
    )
    const title = `Synthetic report ${s + 1}`
    const text = `${title}\n\n${paragraphs.join('\n\n')}`
    const parts: Source['parts'] = [{ kind: 'title', anchor: 'title', start: 0, end: title.length }]
    let at = title.length + 2
    paragraphs.forEach((p, i) => {
      parts.push({ kind: 'body', anchor: `body-${i + 1}`, start: at, end: at + p.length })
      at += p.length + 2
    })
    return {
      id: `source-${s}`,
      kind: 'report',
      title,
      authors: ['actor-0'],
      publisher: 'actor-0',
      published: '2024',
      language: 'en',
      rights: 'Synthetic.',
      text,
      textSha256: '0'.repeat(64),
      parts,
    }
  })
  const quote = (): Claim['quote'] => {
    const source = sources[int(nSources)] as Source
    const part = source.parts[1 + int(source.parts.length - 1)] as Source['parts'][number]
    const start = part.start + int(part.end - part.start - 80)
    const end = start + 20 + int(60)
    return { source: source.id, exact: source.text.slice(start, end), start, end }
  }

  // References reuse the records' id strings, as data parsed from JSON or built from tables does.
  const actorIds = Array.from({ length: nActors }, (_, i) => `actor-${i}`)
  const placeIds = Array.from({ length: nPlaces }, (_, i) => `place-${i}`)
  const topicIds = Array.from({ length: nTopics }, (_, i) => `topic-${i}`)
  const actors: Actor[] = Array.from({ length: nActors }, (_, i) => ({
    id: actorIds[i] as string,
    kind: i % 7 === 0 ? 'state' : 'armed-force',
    name: `${nameOf(LATIN, i)} Front`,
    names: empty,
    aliases: i % 5 === 0 ? [nameOf(LATIN, i).toUpperCase()] : empty,
    description: 'A synthetic actor.',
    memberOf: empty,
    mentions: empty,
  }))
  const places: Place[] = Array.from({ length: nPlaces }, (_, i) => ({
    id: placeIds[i] as string,
    kind: 'town',
    name: nameOf(SYLLABLES, i),
    names: [{ text: nameOf(SYLLABLES, i), lang: 'az' }],
    geometry: { type: 'Point', coordinates: [45 + random() * 5, 38.5 + random() * 3] },
    precision: 'approximate',
    contested: false,
    citations: empty,
    mentions: empty,
  }))
  const topics = Array.from({ length: nTopics }, (_, i) => ({
    id: topicIds[i] as string,
    name: `Topic ${nameOf(LATIN, i)}`,
    description: 'A synthetic topic.',
  }))
  const citations = [{ title: 'Synthetic source', url: 'https://example.org/synthetic' }]

  const eventIds = Array.from({ length: n }, (_, i) => `event-${i}`)
  const claimIds = Array.from({ length: nClaims }, (_, i) => `claim-${i}`)
  const events: Event[] = new Array(n)
  for (let i = 0; i < n; i++) {
    const day = BASE_DAY + int(SPAN_DAYS)
    const shape = random()
    let bounds: Event['bounds']
    let date: string
    if (shape < 0.9) {
      bounds = { earliest: iso(day), latest: iso(day) }
      date = bounds.earliest as string
    } else if (shape < 0.95) {
      const d = new Date(day * 86_400_000)
      const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 86_400_000
      const last = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / 86_400_000
      bounds = { earliest: iso(first), latest: iso(last) }
      date = iso(first).slice(0, 7)
    } else if (shape < 0.97) {
      const y = new Date(day * 86_400_000).getUTCFullYear()
      bounds = { earliest: `${y}-01-01`, latest: `${y}-12-31` }
      date = String(y)
    } else if (shape < 0.99) {
      const end = day + 1 + int(400)
      bounds = { earliest: iso(day), latest: iso(end) }
      date = `${bounds.earliest}/${bounds.latest}`
    } else if (shape < 0.995) {
      bounds = { earliest: iso(day), latest: null }
      date = `${bounds.earliest}/..`
    } else {
      bounds = { earliest: null, latest: iso(day) }
      date = `/${bounds.latest}`
    }
    const k = kind()
    const place = int(nPlaces)
    const count = 1 + int(3)
    const participants: Event['participants'] = []
    for (let p = 0; p < count; p++)
      participants.push({ actor: actorIds[zipf()] as string, role: 'party' })
    events[i] = {
      id: eventIds[i] as string,
      kind: k,
      title: `${capital(k)} in ${(places[place] as Place).name}`,
      summary: 'A synthetic event.',
      date,
      bounds,
      participants,
      places: [placeIds[place] as string],
      topics: [topicIds[int(nTopics)] as string],
      basis: 'context',
      citations,
      mentions: empty,
    }
  }

  const claims: Claim[] = new Array(nClaims)
  for (let i = 0; i < nClaims; i++) {
    const claimant = actorIds[zipf()] as string
    const place = int(nPlaces)
    const q = quote()
    const likely = random() < 0.3
    claims[i] = {
      id: claimIds[i] as string,
      statement: `${(actors[Number(claimant.slice(6))] as Actor).name} says ${Array.from({ length: 8 }, () => WORDS[int(WORDS.length)]).join(' ')} in ${(places[place] as Place).name}.`,
      quote: q,
      kind: CLAIM_KINDS[int(CLAIM_KINDS.length)] as Claim['kind'],
      claimant,
      about: {
        actors: [actorIds[zipf()] as string],
        events: random() < 0.5 ? [eventIds[int(n)] as string] : empty,
        places: [placeIds[place] as string],
      },
      ...(likely
        ? { likelihood: { term: TERMS[int(TERMS.length)] as (typeof TERMS)[number], cue: q.exact } }
        : {}),
      ...(random() < 0.1 ? { quantity: { value: int(10_000), unit: 'people' } } : {}),
      ...(random() < 0.1
        ? {
            relation: {
              subject: claimant,
              predicate: PREDICATES[int(PREDICATES.length)] as (typeof PREDICATES)[number],
              object: actorIds[zipf()] as string,
            },
          }
        : {}),
      disputes: i > 0 && random() < 0.05 ? [claimIds[int(i)] as string] : empty,
      supports: i > 0 && random() < 0.3 ? [claimIds[int(i)] as string] : empty,
      topics: [topicIds[int(nTopics)] as string],
    }
  }
  return {
    dataset: { sources, actors, places, topics, events, claims },
    firstDay: BASE_DAY,
    spanDays: SPAN_DAYS,
  }
}
