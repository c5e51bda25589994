/**
 * Memberships and postings: which keys (an actor id, a kind…) each record has, and for each key
 * the ascending positions of the records that have it, all in flat `Int32Array`s. One typed
 * array per filter, not one per key, keeps the index small when keys are many (100,000 events
 * each cited by a claim), and collecting every filter's keys in one pass over the records reads
 * each record once.
 *
 * @internal
 * @module
 */

/** The keys of each record: record `i`'s key numbers are `ids[start[i] … start[i + 1])`. @internal */
export type Memberships = {
  readonly keys: Map<string, number>
  readonly start: Int32Array
  readonly ids: Int32Array
}

/** Collects memberships record by record: `add` each key of the record, then `next`. @internal */
export type Collector = {
  /** Adds a key to the current record (once, however often it is added). */
  readonly add: (key: string) => void
  /** Closes the current record and moves to the next. */
  readonly next: () => void
  readonly finish: () => Memberships
}

/** A collector for `n` records, with room for `capacity` keys before it grows. @internal */
export function collector(n: number, capacity = n): Collector {
  const keys = new Map<string, number>()
  const start = new Int32Array(n + 1)
  let ids = new Int32Array(Math.max(16, capacity))
  let m = 0
  let record = 0
  return {
    add: (key) => {
      let g = keys.get(key)
      if (g === undefined) {
        g = keys.size
        keys.set(key, g)
      }
      for (let k = start[record] as number; k < m; k++) if (ids[k] === g) return
      if (m === ids.length) {
        const grown = new Int32Array(ids.length * 2)
        grown.set(ids)
        ids = grown
      }
      ids[m++] = g
    },
    next: () => {
      record++
      start[record] = m
    },
    finish: () => ({ keys, start, ids: ids.subarray(0, m) }),
  }
}

/** The records of each key: key `g`'s are `items[offsets[g] … offsets[g + 1])`, ascending. @internal */
export type Postings = {
  readonly keys: Map<string, number>
  readonly offsets: Int32Array
  readonly items: Int32Array
}

/** Inverts memberships into postings (a counting sort: records stay in order). @internal */
export function toPostings({ keys, start, ids }: Memberships): Postings {
  const offsets = new Int32Array(keys.size + 1)
  for (let k = 0; k < ids.length; k++) {
    const g = (ids[k] as number) + 1
    offsets[g] = (offsets[g] as number) + 1
  }
  for (let g = 0; g < keys.size; g++)
    offsets[g + 1] = (offsets[g + 1] as number) + (offsets[g] as number)
  const cursor = offsets.slice(0, keys.size)
  const items = new Int32Array(ids.length)
  const n = start.length - 1
  for (let i = 0; i < n; i++) {
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
      const g = ids[k] as number
      items[cursor[g] as number] = i
      cursor[g] = (cursor[g] as number) + 1
    }
  }
  return { keys, offsets, items }
}

const NONE = new Int32Array(0)

/** The positions of the records that have `key` (a view, ascending). @internal */
export function postingsOf(postings: Postings, key: string): Int32Array {
  const g = postings.keys.get(key)
  if (g === undefined) return NONE
  return postings.items.subarray(postings.offsets[g], postings.offsets[g + 1])
}
