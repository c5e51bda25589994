/** Typed errors: every refused argument names the helper, the argument and what was expected. */
import type { CollectionName } from './types.js'

/**
 * What went wrong, as a stable code to switch on: `INVALID_ARGUMENT`, `NOT_FOUND` or
 * `INVALID_DATASET`.
 *
 * @example
 * ```ts
 * if (error instanceof QueryError && error.code === 'NOT_FOUND') showNotFound()
 * ```
 */
export type QueryErrorCode = 'INVALID_ARGUMENT' | 'NOT_FOUND' | 'INVALID_DATASET'

/**
 * The base class of every error the helpers throw, so one `instanceof` catches them all.
 * `helper` names the helper that refused (`timeline`, `getActorOrThrow`…).
 *
 * @example
 * ```ts
 * try { q.timeline({ range: '2021-13' }) }
 * catch (error) { if (error instanceof QueryError) console.error(error.helper, error.message) }
 * ```
 */
export class QueryError extends Error {
  /** A stable code to switch on. */
  declare readonly code: QueryErrorCode
  /** The helper that threw. */
  declare readonly helper: string

  constructor(code: QueryErrorCode, helper: string, message: string) {
    super(`${helper}: ${message}`)
    Object.assign(this, { name: 'QueryError', code, helper })
  }
}

/**
 * An argument of the wrong type or value: an unknown kind, an invalid or inverted range, a
 * search text that is not a string, an unknown option. `argument` is the path of the argument
 * (`kinds[1]`, `range.to`), `expected` says what would have been accepted.
 *
 * @example
 * ```ts
 * q.timeline({ kinds: ['battle'] })
 * // InvalidArgumentError: timeline: kinds[0] must be one of: war, ceasefire, … (got "battle")
 * ```
 */
export class InvalidArgumentError extends QueryError {
  /** The path of the refused argument, e.g. `kinds[1]` or `range.to`. */
  declare readonly argument: string
  /** What the helper accepts there, in words. */
  declare readonly expected: string
  /** The value it got. */
  declare readonly received: unknown

  constructor(helper: string, argument: string, expected: string, received: unknown) {
    super(
      'INVALID_ARGUMENT',
      helper,
      `${argument} must be ${expected} (got ${describeValue(received)})`,
    )
    Object.assign(this, { name: 'InvalidArgumentError', argument, expected, received })
  }
}

/**
 * An id that no record of the collection has: thrown by the `get…OrThrow` lookups, and by the
 * helpers that take ids (filters, `relations`, `mentions`, `argument`), so a misspelt id fails
 * loudly instead of returning nothing. `suggestions` lists close ids, when there are any.
 *
 * @example
 * ```ts
 * q.getActorOrThrow('rusia')
 * // NotFoundError: getActorOrThrow: id has no record in actors: "rusia" (did you mean "rusi" or "russia"?)
 * ```
 */
export class NotFoundError extends QueryError {
  /** The collection searched (the first one, when several were). */
  declare readonly collection: CollectionName
  /** Every collection searched. */
  declare readonly collections: readonly CollectionName[]
  /** The id that was not found (in full: the message shortens a long one). */
  declare readonly id: string
  /** The path of the argument that held the id (`id`, `actors[0]`…). */
  declare readonly argument: string
  /** Ids of the collection that are close to the one given (edit distance), best first. */
  declare readonly suggestions: readonly string[]

  constructor(
    helper: string,
    argument: string,
    collection: CollectionName | readonly CollectionName[],
    id: string,
    suggestions: readonly string[] = [],
  ) {
    const collections = [collection].flat()
    const close = suggestions.map((s) => JSON.stringify(s)).join(' or ')
    const missing = `${argument} has no record in ${collections.join(', ')}: ${describeValue(id)}`
    super('NOT_FOUND', helper, close ? `${missing} (did you mean ${close}?)` : missing)
    Object.assign(this, { name: 'NotFoundError', collections, id, argument, suggestions })
    this.collection = collections[0] as CollectionName
  }
}

/**
 * A dataset the helpers cannot read: a collection that is not an array, an event without
 * `bounds`. Run `validateDataset` from `@karabakh-aftermath/schema` on data you load yourself:
 * it computes the bounds and reports every problem at once.
 *
 * @example
 * ```ts
 * createQuery({ ...dataset, events: undefined })
 * // InvalidDatasetError: createQuery: events must be an array of records
 * ```
 */
export class InvalidDatasetError extends QueryError {
  /** The collection at fault. */
  declare readonly collection: CollectionName
  /** The id of the record at fault, when there is one. */
  declare readonly id: string | undefined

  constructor(helper: string, collection: CollectionName, id: string | undefined, message: string) {
    super('INVALID_DATASET', helper, `${collection}${id ? `/${id}` : ''} ${message}`)
    Object.assign(this, { name: 'InvalidDatasetError', collection, id })
  }
}

/** A short, safe rendering of any value for an error message (at most about 60 characters). @internal */
export function describeValue(value: unknown): string {
  let text: string
  try {
    text = Array.isArray(value)
      ? `an array of ${value.length}`
      : (JSON.stringify(value) ?? String(value))
  } catch {
    text = typeof value === 'bigint' ? String(value) : 'an object'
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
