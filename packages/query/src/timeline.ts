/**
 * `timeline`: the events that overlap a range of days, filtered by actors, places, kinds and
 * topics, sorted by earliest day then id.
 *
 * The index keeps, for every actor, place, kind and topic (and for all events), the event
 * positions grouped by how long the events last (powers of four days) and sorted by their first
 * day. In a group whose events last at most `span` days, those that can overlap `[from, to]`
 * start within `[from - span, to]`: two binary searches bound them, so a query reads little more
 * than its answer. Open-ended events live in their own sorted lists.
 *
 * @module
 */
import { readList, readOptions, vocabularyCheck } from './args.js'
import { boundDay, type DateRange, OPEN_END, OPEN_START, parseRange } from './dates.js'
import { InvalidArgumentError, InvalidDatasetError } from './errors.js'
import { idCheck, recordsOf } from './lookup.js'
import { perDataset } from './per-dataset.js'
import { collector, type Memberships } from './postings.js'
import type { EventKind, IdOf, OneOrMany, QueryableDataset, RecordOf } from './types.js'
import { EVENT_KINDS } from './vocabulary.js'

/**
 * How an event must relate to the range: `overlaps` (the default: the event may have happened
 * on some day of the range, as an event known only to "2018" may have happened in June 2018) or
 * `within` (every day the event may denote lies in the range; an open end never does, unless the
 * range is open on that side too).
 *
 * @example
 * ```ts
 * q.timeline({ range: '2018-06', match: 'within' }) // excludes an event dated just "2018"
 * ```
 */
export type RangeMatch = 'overlaps' | 'within'

/**
 * The filters of {@link Query.timeline}. Every filter narrows the result (they combine with AND);
 * a list means "any of these" (OR); an empty list is no constraint.
 *
 * @example
 * ```ts
 * const options: TimelineOptions<typeof dataset> = {
 *   range: { from: '2020-09', to: '2020-11' }, actors: ['armenia', 'azerbaijan'], kinds: 'war',
 * }
 * ```
 */
export type TimelineOptions<D extends QueryableDataset> = {
  /** Days the events must overlap (see {@link DateRange}); no range means all time. */
  readonly range?: DateRange | undefined
  /** Events in which any of these actors takes part. */
  readonly actors?: OneOrMany<IdOf<D, 'actors'>> | undefined
  /** Events at any of these places. */
  readonly places?: OneOrMany<IdOf<D, 'places'>> | undefined
  /** Events of any of these kinds. */
  readonly kinds?: OneOrMany<EventKind> | undefined
  /** Events on any of these topics. */
  readonly topics?: OneOrMany<IdOf<D, 'topics'>> | undefined
  /** `overlaps` (default) or `within`. */
  readonly match?: RangeMatch | undefined
}

const OPTIONS = ['range', 'actors', 'places', 'kinds', 'topics', 'match'] as const

// Each key's events are split into segments: 12 duration classes of closed events (class c holds
// events lasting fewer than 4^c days), then open-ended, open-started and open-at-both-ends ones.
const BUCKETS = 12
const OPEN_END_SEGMENT = 12
const OPEN_START_SEGMENT = 13
const OPEN_BOTH_SEGMENT = 14
const SEGMENTS = 15

/**
 * The events of every key of one filter (every actor, every place…) in one array: key `g`'s
 * segment `s` is `events[offsets[g * 15 + s] … offsets[g * 15 + s + 1])`. Closed segments are
 * sorted by first day, the open-started one by last day. @internal
 */
export type TimeGroup = {
  readonly keys: Map<string, number>
  readonly events: Int32Array
  readonly offsets: Int32Array
  /** Longest duration (days) in each closed segment of each key. */
  readonly spans: Int32Array
}

/** A filter of the timeline, with its group of lists. @internal */
export type TimeFilter = 'all' | 'actors' | 'places' | 'kinds' | 'topics'

/**
 * The timeline index of a dataset: each event's first and last day, and the events in first-day
 * order. The lists of each filter (every actor, every place…) are built on first use. @internal
 */
export type TimeIndex = {
  readonly events: QueryableDataset['events']
  readonly lo: Int32Array
  readonly hi: Int32Array
  /** The segment (duration class or open end) of each event. */
  readonly segment: Uint8Array
  /** Event positions sorted by first day (ties in dataset order). */
  readonly order: Int32Array
  readonly groups: Partial<Record<TimeFilter, TimeGroup>>
}

/** The timeline index of a dataset, built on first use. @internal */
export const timeIndex: (dataset: QueryableDataset) => TimeIndex = perDataset(buildTimeIndex)

/** Builds the timeline index and the lists of every filter. @internal */
export function prepareTimeline(dataset: QueryableDataset): void {
  const index = timeIndex(dataset)
  for (const filter of ['actors', 'places', 'kinds', 'topics'] as const) timeGroup(index, filter)
}

/** The lists of one filter, built on first use. @internal */
export function timeGroup(index: TimeIndex, filter: TimeFilter): TimeGroup {
  let group = index.groups[filter]
  if (!group) {
    group = buildGroup(index, filter)
    index.groups[filter] = group
  }
  return group
}

// Day numbers fit 22 bits once shifted (years 0000–9999), so day and position pack exactly into
// one float64 and a plain numeric sort orders events by first day in one pass.
const DAY_SHIFT = 719_530
const POS = 2 ** 31

/**
 * The positions sorted by first day (within a day, in the order they come); repeated positions
 * are kept. Days usually
 * span a range not much larger than the count, and then a counting sort (two linear passes)
 * does it; otherwise a numeric sort of day and position packed into one float64.
 */
function byFirstDay(lo: Int32Array, positions: ArrayLike<number> | null, count = 0): Int32Array {
  const n = positions ? positions.length : count
  const position = (k: number) => (positions ? (positions[k] as number) : k)
  const out = new Int32Array(n)
  if (n === 0) return out
  let min = OPEN_END
  let max = OPEN_START
  for (let k = 0; k < n; k++) {
    const d = lo[position(k)] as number
    if (d === OPEN_START) continue
    if (d < min) min = d
    if (d > max) max = d
  }
  // Slot 0 holds the unknown starts, slot d - min + 1 the first day d.
  const range = max >= min ? max - min + 2 : 1
  if (range <= 4 * n + 1024) {
    const counts = new Int32Array(range + 1)
    const slot = (i: number) => {
      const d = lo[i] as number
      return d === OPEN_START ? 0 : d - min + 1
    }
    for (let k = 0; k < n; k++) {
      const at = slot(position(k)) + 1
      counts[at] = (counts[at] as number) + 1
    }
    for (let j = 0; j < range; j++)
      counts[j + 1] = (counts[j + 1] as number) + (counts[j] as number)
    for (let k = 0; k < n; k++) {
      const i = position(k)
      const at = slot(i)
      out[counts[at] as number] = i
      counts[at] = (counts[at] as number) + 1
    }
    return out
  }
  const keys = new Float64Array(n)
  for (let k = 0; k < n; k++) {
    const i = position(k)
    keys[k] = (lo[i] === OPEN_START ? 0 : (lo[i] as number) + DAY_SHIFT) * POS + i
  }
  keys.sort()
  for (let k = 0; k < n; k++) out[k] = (keys[k] as number) % POS
  return out
}

/**
 * The events at these positions in timeline order: by first day (unknown first), then by id
 * (UTF-16 code unit order), each once. @internal
 */
export function inTimelineOrder(
  events: QueryableDataset['events'],
  lo: Int32Array,
  positions: ArrayLike<number>,
): number[] {
  const out = Array.from(byFirstDay(lo, positions))
  // Events of the same first day go in id order: short runs (the usual case in an answer) by
  // insertion in place, long ones (a whole timeline) by a sort.
  const idOf = (i: number) => (events[i] as Event).id
  const before = (a: number, b: number) => {
    const x = idOf(a)
    const y = idOf(b)
    return x < y || (x === y && a < b)
  }
  for (let r = 0; r < out.length; ) {
    const day = lo[out[r] as number]
    let end = r + 1
    while (end < out.length && lo[out[end] as number] === day) end++
    if (end - r > 16) {
      const run = out.slice(r, end).sort((a, b) => (a === b ? 0 : before(a, b) ? -1 : 1))
      for (let k = 0; k < run.length; k++) out[r + k] = run[k] as number
    } else {
      for (let k = r + 1; k < end; k++) {
        const v = out[k] as number
        let j = k - 1
        while (j >= r && before(v, out[j] as number)) {
          out[j + 1] = out[j] as number
          j--
        }
        out[j + 1] = v
      }
    }
    r = end
  }
  // A position found twice (an event of two of the actors asked for) is now next to itself.
  let w = 0
  for (let k = 0; k < out.length; k++)
    if (k === 0 || out[k] !== out[k - 1]) out[w++] = out[k] as number
  out.length = w
  return out
}

const fullOrder = new WeakMap<TimeIndex, number[]>()

type Event = QueryableDataset['events'][number]

function buildTimeIndex(dataset: QueryableDataset): TimeIndex {
  const events = recordsOf(dataset, 'events') as QueryableDataset['events']
  const n = events.length
  const lo = new Int32Array(n)
  const hi = new Int32Array(n)
  const segment = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const e = events[i] as Event
    const bounds = e.bounds as { earliest?: string | null; latest?: string | null } | undefined
    if (!bounds || typeof bounds !== 'object')
      throw new InvalidDatasetError(
        'timeline',
        'events',
        e.id,
        'has no bounds: validate the dataset with validateDataset (@karabakh-aftermath/schema), which computes them from the EDTF date',
      )
    const a = boundDay(bounds.earliest, OPEN_START)
    const b = boundDay(bounds.latest, OPEN_END)
    if (Number.isNaN(a) || Number.isNaN(b) || a > b)
      throw new InvalidDatasetError(
        'timeline',
        'events',
        e.id,
        `has invalid bounds ${JSON.stringify(bounds)}: expected { earliest, latest } as YYYY-MM-DD days or null, earliest first`,
      )
    lo[i] = a
    hi[i] = b
    if (a === OPEN_START) segment[i] = b === OPEN_END ? OPEN_BOTH_SEGMENT : OPEN_START_SEGMENT
    else if (b === OPEN_END) segment[i] = OPEN_END_SEGMENT
    else {
      let c = 0
      for (let span = b - a; span > 0; span >>= 2) c++
      segment[i] = Math.min(c, BUCKETS - 1)
    }
  }

  // Event positions by first day: filling the lists in this order leaves every closed segment
  // sorted by first day. Ties by id are settled per answer.
  const order = byFirstDay(lo, null, n)
  const index: TimeIndex = { events, lo, hi, segment, order, groups: {} }
  timeGroup(index, 'all')
  return index
}

/** The keys of each event for one filter: a kind, or the actors, places or topics. */
function keysOf(
  events: QueryableDataset['events'],
  filter: Exclude<TimeFilter, 'all'>,
): Memberships {
  const n = events.length
  const keys = collector(n, filter === 'actors' ? 2 * n : n)
  for (let i = 0; i < n; i++) {
    const e = events[i] as Event
    if (filter === 'kinds') keys.add(e.kind)
    else if (filter === 'actors') for (const p of e.participants) keys.add(p.actor)
    else if (filter === 'places') for (const p of e.places) keys.add(p)
    else for (const t of e.topics) keys.add(t)
    keys.next()
  }
  return keys.finish()
}

/**
 * The lists of one filter: count each key's segments, lay them out, then fill them in first-day
 * order so that every closed segment comes out sorted by first day.
 */
function buildGroup(index: TimeIndex, filter: TimeFilter): TimeGroup {
  const { events, lo, hi, segment, order } = index
  const n = events.length
  // Every event has the one key '' of the unfiltered group.
  const {
    keys: map,
    start,
    ids,
  } = filter === 'all'
    ? { keys: new Map([['', 0]]), start: null, ids: null }
    : keysOf(events, filter)
  const from = (i: number) => (start ? (start[i] as number) : i)
  const to = (i: number) => (start ? (start[i + 1] as number) : i + 1)
  const key = (k: number) => (ids ? (ids[k] as number) : 0)
  const memberships = ids ? ids.length : n
  // Count each key's segments, lay them out, then fill in first-day order so that every
  // closed segment comes out sorted by first day.
  const cells = map.size * SEGMENTS
  const offsets = new Int32Array(cells + 1)
  for (let i = 0; i < n; i++) {
    const s = segment[i] as number
    for (let k = from(i); k < to(i); k++) {
      const at = key(k) * SEGMENTS + s + 1
      offsets[at] = (offsets[at] as number) + 1
    }
  }
  for (let j = 0; j < cells; j++)
    offsets[j + 1] = (offsets[j + 1] as number) + (offsets[j] as number)
  const cursor = offsets.slice(0, cells)
  const list = new Int32Array(memberships)
  const spans = new Int32Array(map.size * BUCKETS)
  for (let r = 0; r < n; r++) {
    const i = order[r] as number
    const s = segment[i] as number
    const span = s < BUCKETS ? (hi[i] as number) - (lo[i] as number) : 0
    for (let k = from(i); k < to(i); k++) {
      const g = key(k)
      const at = g * SEGMENTS + s
      list[cursor[at] as number] = i
      cursor[at] = (cursor[at] as number) + 1
      if (s < BUCKETS && span > (spans[g * BUCKETS + s] as number)) spans[g * BUCKETS + s] = span
    }
  }
  // Open-started events are searched by their last day.
  for (let g = 0; g < map.size; g++) {
    const a = offsets[g * SEGMENTS + OPEN_START_SEGMENT] as number
    const b = offsets[g * SEGMENTS + OPEN_START_SEGMENT + 1] as number
    if (b - a > 1)
      list.subarray(a, b).sort((x, y) => (hi[x] as number) - (hi[y] as number) || x - y)
  }
  return { keys: map, events: list, offsets, spans }
}

/**
 * First k in [a, b) with day[list[k]] >= value. Days are whole numbers, so the first k with
 * day[list[k]] > value is `lowerBound(…, value + 1)`.
 */
function lowerBound(
  day: Int32Array,
  list: Int32Array,
  a: number,
  b: number,
  value: number,
): number {
  while (a < b) {
    const m = (a + b) >>> 1
    if ((day[list[m] as number] as number) < value) a = m + 1
    else b = m
  }
  return a
}
/**
 * Appends to `out` the [start, end) slices of `group.events` that hold key `g`'s events that
 * may overlap [from, to], and returns how many events they hold. @internal
 */
export function segments(
  index: TimeIndex,
  group: TimeGroup,
  g: number,
  from: number,
  to: number,
  out: number[],
): number {
  const { events, offsets, spans } = group
  let count = 0
  const push = (start: number, end: number) => {
    if (end > start) {
      out.push(start, end)
      count += end - start
    }
  }
  const base = g * SEGMENTS
  for (let s = 0; s < BUCKETS; s++) {
    const a = offsets[base + s] as number
    const b = offsets[base + s + 1] as number
    if (a === b) continue
    const span = spans[g * BUCKETS + s] as number
    const start =
      from === Number.NEGATIVE_INFINITY ? a : lowerBound(index.lo, events, a, b, from - span)
    const end = to === Number.POSITIVE_INFINITY ? b : lowerBound(index.lo, events, start, b, to + 1)
    push(start, end)
  }
  const e0 = offsets[base + OPEN_END_SEGMENT] as number
  const e1 = offsets[base + OPEN_END_SEGMENT + 1] as number
  push(e0, lowerBound(index.lo, events, e0, e1, to + 1))
  const s0 = offsets[base + OPEN_START_SEGMENT] as number
  const s1 = offsets[base + OPEN_START_SEGMENT + 1] as number
  push(lowerBound(index.hi, events, s0, s1, from), s1)
  push(offsets[base + OPEN_BOTH_SEGMENT] as number, offsets[base + OPEN_BOTH_SEGMENT + 1] as number)
  return count
}

/** Runs `timeline` on a dataset. @internal */
export function queryTimeline<D extends QueryableDataset>(
  helper: string,
  dataset: D,
  options: TimelineOptions<D> | undefined,
): RecordOf<D, 'events'>[] {
  const o = readOptions(helper, options, OPTIONS)
  const { from, to } =
    o.range === undefined
      ? { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY }
      : parseRange(helper, 'range', o.range)
  const match = o.match ?? 'overlaps'
  if (match !== 'overlaps' && match !== 'within')
    throw new InvalidArgumentError(helper, 'match', "'overlaps' or 'within'", match)
  const actors = readList(o.actors, 'actors', idCheck(helper, dataset, 'actors'))
  const places = readList(o.places, 'places', idCheck(helper, dataset, 'places'))
  const kinds = readList(o.kinds, 'kinds', vocabularyCheck(helper, EVENT_KINDS))
  const topics = readList(o.topics, 'topics', idCheck(helper, dataset, 'topics'))

  const index = timeIndex(dataset)
  const events = dataset.events as readonly RecordOf<D, 'events'>[]
  const unbounded = from === Number.NEGATIVE_INFINITY && to === Number.POSITIVE_INFINITY
  if (unbounded && !actors && !places && !kinds && !topics) {
    let all = fullOrder.get(index)
    if (!all) {
      all = inTimelineOrder(events, index.lo, index.order)
      fullOrder.set(index, all)
    }
    return all.map((i) => events[i] as RecordOf<D, 'events'>)
  }

  // Choose the filter whose keys hold the fewest candidates in the range; check the others.
  const choices: [TimeFilter, readonly string[]][] = [['all', ['']]]
  if (actors) choices.push(['actors', actors])
  if (places) choices.push(['places', places])
  if (kinds) choices.push(['kinds', kinds])
  if (topics) choices.push(['topics', topics])
  let best: { filter: TimeFilter; slices: number[]; count: number } | undefined
  for (const [filter, values] of choices) {
    const group = timeGroup(index, filter)
    const slices: number[] = []
    let count = 0
    for (const key of new Set(values)) {
      const g = group.keys.get(key)
      if (g !== undefined) count += segments(index, group, g, from, to, slices)
    }
    if (!best || count < best.count) best = { filter, slices, count }
  }
  if (!best || best.count === 0) return []

  const actorSet = actors && best.filter !== 'actors' ? new Set<string>(actors) : undefined
  const placeSet = places && best.filter !== 'places' ? new Set<string>(places) : undefined
  const kindSet = kinds && best.filter !== 'kinds' ? new Set<string>(kinds) : undefined
  const topicSet = topics && best.filter !== 'topics' ? new Set<string>(topics) : undefined
  const { lo, hi } = index
  const list = timeGroup(index, best.filter).events
  const within = match === 'within'
  const found: number[] = []
  const { slices } = best
  for (let j = 0; j < slices.length; j += 2) {
    for (let k = slices[j] as number; k < (slices[j + 1] as number); k++) {
      const i = list[k] as number
      const a = lo[i] as number
      const b = hi[i] as number
      if (within ? a < from || b > to : a > to || b < from) continue
      if (actorSet || placeSet || kindSet || topicSet) {
        const e = events[i] as QueryableDataset['events'][number]
        if (kindSet && !kindSet.has(e.kind)) continue
        if (actorSet && !e.participants.some((p) => actorSet.has(p.actor))) continue
        if (placeSet && !e.places.some((p) => placeSet.has(p))) continue
        if (topicSet && !e.topics.some((t) => topicSet.has(t))) continue
      }
      found.push(i)
    }
  }
  return inTimelineOrder(events, lo, found).map((i) => events[i] as RecordOf<D, 'events'>)
}
