/**
 * The one argument checker of the helpers: an options object is read against a spec of small
 * checks (ids of a collection, values of a vocabulary, booleans, counts), each refusal naming
 * the helper, the argument's path and what was expected. Every input is bounded, so a hostile
 * argument costs a check, never the memory of the process.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from './errors.js'
import type { QueryableDataset } from './types.js'

/** The helper being run and its dataset: what a check needs to refuse or resolve an argument. @internal */
export type Ctx = { readonly helper: string; readonly dataset: QueryableDataset }

/** Checks one argument at `path`, returning it as the helper reads it, or throws. @internal */
export type Check<T> = (value: unknown, path: string, ctx: Ctx) => T

/** The longest list a filter takes (more values than any dataset has ids of one kind). @internal */
export const MAX_LIST = 10_000

/** Refuses an argument: an {@link InvalidArgumentError} naming the helper and the path. @internal */
export const fail = (ctx: Pick<Ctx, 'helper'>, path: string, expected: string, value: unknown) => {
  throw new InvalidArgumentError(ctx.helper, path, expected, value)
}

/** Accepts only the values of a closed vocabulary. @internal */
export const oneOf =
  <T extends string>(vocabulary: readonly T[]): Check<T> =>
  (value, path, ctx) =>
    vocabulary.includes(value as T)
      ? (value as T)
      : fail(ctx, path, `one of: ${vocabulary.join(', ')}`, value)

/** Accepts an id: any string. @internal */
export const idString: Check<string> = (value, path, ctx) =>
  typeof value === 'string' ? value : fail(ctx, path, 'an id (a string)', value)

/** Accepts `true` or `false`. @internal */
export const bool: Check<boolean> = (value, path, ctx) =>
  typeof value === 'boolean' ? value : fail(ctx, path, 'true or false', value)

/** Accepts a whole number ≥ 0 or `Infinity`. @internal */
export const count: Check<number> = (value, path, ctx) =>
  (value as number) >= 0 && (Number.isInteger(value) || value === Number.POSITIVE_INFINITY)
    ? (value as number)
    : fail(ctx, path, 'a whole number ≥ 0 (or Infinity)', value)

/**
 * One value or a list of them ("any of these"), as a set; `undefined` for none or an empty list.
 * A hole in a sparse array is checked as `undefined`, so refused; a list longer than
 * {@link MAX_LIST} is refused before it is read. @internal
 */
export const list =
  <T>(check: Check<T>): Check<Set<T> | undefined> =>
  (value, path, ctx) => {
    if (!Array.isArray(value)) return new Set([check(value, path, ctx)])
    if (value.length > MAX_LIST) fail(ctx, path, `a list of at most ${MAX_LIST} values`, value)
    return value.length
      ? new Set(Array.from(value, (v, i) => check(v, `${path}[${i}]`, ctx)))
      : undefined
  }

/**
 * Whether a record's value, or any of its values, is in the set of a filter; `true` when there
 * is no set (no constraint). @internal
 */
export const anyIn = (set: ReadonlySet<unknown> | undefined, value: unknown) =>
  !set || (Array.isArray(value) ? value.some((v) => set.has(v)) : set.has(value))

/**
 * One test of the filters given (a set and the record's value or values it must hold one of),
 * so a record is read only for what is asked. @internal
 */
export function matching<R>(filters: [ReadonlySet<unknown> | undefined, (r: R) => unknown][]) {
  const given = filters.filter(([set]) => set)
  return (record: R) => {
    for (const [set, value] of given) if (!anyIn(set, value(record))) return false
    return true
  }
}

type Spec = Readonly<Record<string, Check<unknown>>>

/**
 * Reads an options object against a spec: each key given (and not `undefined`) is checked by
 * its check; a non-object or an unknown key is refused. `path` is the object's own path
 * (`about`), empty for a helper's options. @internal
 */
export function read<S extends Spec>(
  ctx: Ctx,
  options: unknown,
  spec: S,
  path = '',
): { [K in keyof S]?: ReturnType<S[K]> } {
  const at = path || 'options'
  const keys = Object.keys(spec).join(', ')
  if (options === undefined) return {}
  if (!options || typeof options !== 'object' || Array.isArray(options))
    fail(ctx, at, `an object with any of: ${keys}`, options)
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(options as object)) {
    const check = Object.hasOwn(spec, key) ? spec[key] : undefined
    if (!check) fail(ctx, `${at}.${key}`, `absent: the options are ${keys}`, value)
    else if (value !== undefined) out[key] = check(value, path ? `${path}.${key}` : key, ctx)
  }
  return out as { [K in keyof S]?: ReturnType<S[K]> }
}

/** Orders two strings by UTF-16 code units, as `<` does: a total order that ignores the locale. @internal */
export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Caches what `build` derives from an object (a dataset, an array) for as long as it lives. @internal */
export function cachedBy<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>()
  return (key) => {
    if (!cache.has(key)) cache.set(key, build(key))
    return cache.get(key) as V
  }
}
