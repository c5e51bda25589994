/**
 * Naive reference implementations: plain filters and scans over the arrays, written from the
 * documented semantics without any index. Property tests check that the indexed helpers return
 * exactly what these return, in the same order.
 */
import type { Dataset } from '@karabakh-aftermath/schema'
import type { ClaimsOptions } from '../claims.js'
import type { DateRange } from '../dates.js'
import {
  FIELD_WEIGHTS,
  forEachField,
  MAX_POSITION,
  queryWords,
  SEARCH_COLLECTIONS,
  SEARCH_FIELDS,
  type SearchField,
  type SearchOptions,
} from '../search.js'
import { tokenize } from '../text.js'
import type { TimelineOptions } from '../timeline.js'
import { LIKELIHOOD_TERMS, SYMMETRIC_PREDICATES } from '../vocabulary.js'

type Event = Dataset['events'][number]
type Claim = Dataset['claims'][number]

const list = <T>(v: T | readonly T[] | undefined): readonly T[] | undefined =>
  v === undefined
    ? undefined
    : Array.isArray(v)
      ? v.length
        ? (v as readonly T[])
        : undefined
      : [v as T]

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()
const periodStart = (p: string) => (p.length === 4 ? `${p}-01-01` : p.length === 7 ? `${p}-01` : p)
const periodEnd = (p: string) => {
  if (p.length === 4) return `${p}-12-31`
  if (p.length === 7) return `${p}-${String(lastDay(Number(p.slice(0, 4)), Number(p.slice(5, 7))))}`
  return p
}
/** The range as inclusive ISO days, `null` for an open end. */
export function isoRange(range: DateRange | undefined): { from: string | null; to: string | null } {
  if (range === undefined) return { from: null, to: null }
  if (typeof range === 'string') {
    if (!range.includes('/')) return { from: periodStart(range), to: periodEnd(range) }
    const [a = '', b = ''] = range.split('/')
    return {
      from: a === '' || a === '..' ? null : periodStart(a),
      to: b === '' || b === '..' ? null : periodEnd(b),
    }
  }
  return {
    from: range.from === undefined ? null : periodStart(range.from),
    to: range.to === undefined ? null : periodEnd(range.to),
  }
}

export function timelineRef(d: Dataset, o: TimelineOptions<Dataset> = {}): Event[] {
  const { from, to } = isoRange(o.range)
  const actors = list(o.actors)
  const places = list(o.places)
  const kinds = list(o.kinds)
  const topics = list(o.topics)
  const within = o.match === 'within'
  return d.events
    .filter((e) => {
      const { earliest, latest } = e.bounds
      if (within) {
        if (from !== null && (earliest === null || earliest < from)) return false
        if (to !== null && (latest === null || latest > to)) return false
      } else {
        if (to !== null && earliest !== null && earliest > to) return false
        if (from !== null && latest !== null && latest < from) return false
      }
      if (actors && !e.participants.some((p) => actors.includes(p.actor))) return false
      if (places && !e.places.some((p) => places.includes(p))) return false
      if (kinds && !kinds.includes(e.kind)) return false
      if (topics && !e.topics.some((t) => topics.includes(t))) return false
      return true
    })
    .sort((a, b) => {
      const x = a.bounds.earliest ?? ''
      const y = b.bounds.earliest ?? ''
      if (x !== y) return x < y ? -1 : 1
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
    })
}

export function claimsRef(d: Dataset, o: ClaimsOptions<Dataset> = {}): Claim[] {
  const claimant = list(o.claimant)
  const reportedBy = list(o.reportedBy)
  const kinds = list(o.kinds)
  const topics = list(o.topics)
  const actors = list(o.about?.actors)
  const events = list(o.about?.events)
  const places = list(o.about?.places)
  const terms = LIKELIHOOD_TERMS as readonly string[]
  const isDisputed = (c: Claim) =>
    c.disputes.length > 0 || d.claims.some((x) => x.disputes.includes(c.id))
  return d.claims.filter(
    (c) =>
      (!claimant || claimant.includes(c.claimant)) &&
      (!reportedBy || (c.reportedBy !== undefined && reportedBy.includes(c.reportedBy))) &&
      (!kinds || kinds.includes(c.kind)) &&
      (!topics || c.topics.some((t) => topics.includes(t))) &&
      (!actors || c.about.actors.some((a) => actors.includes(a))) &&
      (!events || c.about.events.some((e) => events.includes(e))) &&
      (!places || c.about.places.some((p) => places.includes(p))) &&
      (o.minLikelihood === undefined ||
        (c.likelihood !== undefined &&
          terms.indexOf(c.likelihood.term) >= terms.indexOf(o.minLikelihood))) &&
      (o.disputed === undefined || isDisputed(c) === o.disputed) &&
      (o.hasQuantity === undefined || (c.quantity !== undefined) === o.hasQuantity),
  )
}

export function relationsRef(d: Dataset, actor: string) {
  const symmetric = SYMMETRIC_PREDICATES as readonly string[]
  const out: {
    predicate: string
    subject: string
    object: string
    other: string
    direction: string
    claims: string[]
  }[] = []
  for (const c of d.claims) {
    const r = c.relation
    if (!r || (r.subject !== actor && r.object !== actor)) continue
    const mutual = symmetric.includes(r.predicate)
    const other = r.subject === actor ? r.object : r.subject
    const tie = mutual
      ? { predicate: r.predicate, subject: actor, object: other, other, direction: 'mutual' }
      : {
          predicate: r.predicate,
          subject: r.subject,
          object: r.object,
          other,
          direction: r.subject === actor ? 'outgoing' : 'incoming',
        }
    const same = out.find(
      (t) => t.predicate === tie.predicate && t.subject === tie.subject && t.object === tie.object,
    )
    if (same) same.claims.push(c.id)
    else out.push({ ...tie, claims: [c.id] })
  }
  return out
}

export function mentionsRef(
  d: Dataset,
  collection: 'actors' | 'events' | 'places' | 'claims' | 'topics',
  id: string,
) {
  const vias = ['mention', 'quote', 'about', 'claimant', 'relation', 'topic']
  const found: { quote: Claim['quote']; via: string[]; claims: string[] }[] = []
  const take = (quote: Claim['quote'], via: string, claim?: string) => {
    let f = found.find(
      (x) =>
        x.quote.source === quote.source &&
        x.quote.start === quote.start &&
        x.quote.end === quote.end,
    )
    if (!f) {
      f = { quote, via: [], claims: [] }
      found.push(f)
    }
    if (!f.via.includes(via)) f.via.push(via)
    if (claim !== undefined && !f.claims.includes(claim)) f.claims.push(claim)
  }
  if (collection === 'claims') {
    const c = d.claims.find((x) => x.id === id)
    if (c) take(c.quote, 'quote', c.id)
  } else {
    const record = (d[collection] as readonly { id: string; mentions?: Claim['quote'][] }[]).find(
      (r) => r.id === id,
    )
    for (const m of record?.mentions ?? []) take(m, 'mention')
    for (const c of d.claims) {
      if (collection === 'actors') {
        if (c.about.actors.includes(id)) take(c.quote, 'about', c.id)
        if (c.claimant === id) take(c.quote, 'claimant', c.id)
        if (c.relation && (c.relation.subject === id || c.relation.object === id))
          take(c.quote, 'relation', c.id)
      }
      if (collection === 'events' && c.about.events.includes(id)) take(c.quote, 'about', c.id)
      if (collection === 'places' && c.about.places.includes(id)) take(c.quote, 'about', c.id)
      if (collection === 'topics' && c.topics.includes(id)) take(c.quote, 'topic', c.id)
    }
  }
  const sourceOrder = (s: string) => {
    const i = d.sources.findIndex((x) => x.id === s)
    return i < 0 ? Number.POSITIVE_INFINITY : i
  }
  const claimOrder = (c: string) => d.claims.findIndex((x) => x.id === c)
  return found
    .sort(
      (a, b) =>
        sourceOrder(a.quote.source) - sourceOrder(b.quote.source) ||
        a.quote.start - b.quote.start ||
        a.quote.end - b.quote.end,
    )
    .map((f) => {
      const source = d.sources.find((s) => s.id === f.quote.source)
      const part = source?.parts.find((p) => p.start <= f.quote.start && f.quote.start < p.end)
      return {
        quote: f.quote,
        source: f.quote.source,
        part,
        text:
          part && source
            ? source.text.slice(part.start, part.end)
            : (source?.text ?? f.quote.exact),
        highlight: part
          ? { start: f.quote.start - part.start, end: Math.min(f.quote.end, part.end) - part.start }
          : source
            ? { start: f.quote.start, end: f.quote.end }
            : { start: 0, end: f.quote.exact.length },
        via: vias.filter((v) => f.via.includes(v)),
        claims: f.claims.sort((a, b) => claimOrder(a) - claimOrder(b)),
      }
    })
}

export function argumentRef(d: Dataset, claimId: string, maxDepth = Number.POSITIVE_INFINITY) {
  const byId = (id: string) => d.claims.find((c) => c.id === id)
  const targets = (c: Claim) => d.claims.filter((x) => x !== c && c.supports.includes(x.id))
  const sources = (c: Claim) => d.claims.filter((x) => x !== c && x.supports.includes(c.id))
  const start = byId(claimId) as Claim
  const walk = (next: (c: Claim) => Claim[]) => {
    const depthOf = new Map<Claim, number>([[start, 0]])
    const steps: { claim: string; depth: number; via: string[] }[] = []
    const ends: string[] = next(start).length === 0 ? [start.id] : []
    for (let depth = 1; depth <= maxDepth; depth++) {
      const previous = [...depthOf].filter(([, k]) => k === depth - 1).map(([c]) => c)
      const level = d.claims.filter(
        (c) => !depthOf.has(c) && previous.some((p) => next(p).includes(c)),
      )
      if (level.length === 0) break
      for (const c of level) {
        depthOf.set(c, depth)
        steps.push({
          claim: c.id,
          depth,
          via: d.claims.filter((p) => previous.includes(p) && next(p).includes(c)).map((p) => p.id),
        })
        if (next(c).length === 0) ends.push(c.id)
      }
    }
    return { steps, ends }
  }
  const up = walk(targets)
  const down = walk(sources)
  return { claim: start.id, up: up.steps, down: down.steps, theses: up.ends, evidence: down.ends }
}

/** Search by scanning every field, tokenising it and testing the documented match rules. */
export function searchRef(d: Dataset, text: string, o: SearchOptions = {}) {
  const words = queryWords(text)
  const limit = o.limit ?? 20
  if (words.length === 0 || limit === 0) return []
  const collections = list(o.collections)
  const fields = list(o.fields)
  const best = new Map<
    string,
    {
      order: number
      length: number
      score: number
      collection: string
      id: string
      field: string
      text: string
      lang: string | undefined
    }
  >()
  let order = 0
  forEachField(d, (collection, record, field, _sub, fieldText, lang) => {
    const entry = order++
    const c = SEARCH_COLLECTIONS[collection] as string
    const f = SEARCH_FIELDS[field] as SearchField
    if (collections && !collections.includes(c as never)) return
    if (fields && !fields.includes(f)) return
    const tokens: (readonly string[])[] = []
    tokenize(fieldText, (forms) => {
      if (tokens.length < MAX_POSITION) tokens.push(forms)
    })
    const m = words.length
    const at = (j: number, i: number) =>
      tokens[i]?.some((form) => form.startsWith(words[j] as string)) ?? false
    for (let j = 0; j < m; j++) if (!tokens.some((_, i) => at(j, i))) return
    const exact = words.every((w) => tokens.some((forms) => forms.includes(w)))
    const starts = words.every((_, j) => at(j, j))
    const phrase = tokens.some((_, i) => words.every((_, j) => at(j, i + j)))
    const whole = starts && tokens.length === m
    const score =
      FIELD_WEIGHTS[f] + (whole ? 40 : 0) + (starts ? 15 : 0) + (phrase ? 10 : 0) + (exact ? 8 : 0)
    const records = d[c as 'actors'] as readonly { id: string }[]
    const key = `${c} ${record}`
    const current = best.get(key)
    if (!current || score > current.score)
      best.set(key, {
        order: entry,
        length: tokens.length,
        score,
        collection: c,
        id: (records[record] as { id: string }).id,
        field: f,
        text: fieldText,
        lang,
      })
  })
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.length - b.length || a.order - b.order)
    .slice(0, limit)
    .map(({ order: _, length: __, ...hit }) => hit)
}
