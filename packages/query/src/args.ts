/**
 * Argument checks shared by the helpers: options objects, one-or-many lists, vocabularies, whole
 * numbers. Each refusal names the helper, the argument path and what was expected, and every
 * input is bounded, so a hostile argument costs a check, never the memory of the process.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from './errors.js'

/** The longest list a filter takes (more values than any dataset has ids of one kind). @internal */
export const MAX_LIST = 10_000

/** Returns the options as a record, refusing a non-object and unknown keys. @internal */
export function readOptions(
  helper: string,
  options: unknown,
  allowed: readonly string[],
  argument = 'options',
): Readonly<Record<string, unknown>> {
  if (options === undefined) return {}
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new InvalidArgumentError(
      helper,
      argument,
      `an object with any of: ${allowed.join(', ')}`,
      options,
    )
  const record = options as Record<string, unknown>
  for (const key of Object.keys(record))
    if (!allowed.includes(key))
      throw new InvalidArgumentError(
        helper,
        `${argument}.${key}`,
        `absent: the options are ${allowed.join(', ')}`,
        record[key],
      )
  return record
}

/**
 * Reads a one-or-many argument into a list, checking each value (a hole in a sparse array is
 * checked as `undefined`, so refused); `undefined` and an empty list both mean "no constraint"
 * and give `undefined`. A list longer than {@link MAX_LIST} is refused before it is read. @internal
 */
export function readList<T>(
  helper: string,
  value: unknown,
  argument: string,
  check: (item: unknown, path: string) => T,
): T[] | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value)) return [check(value, argument)]
  if (value.length > MAX_LIST)
    throw new InvalidArgumentError(helper, argument, `a list of at most ${MAX_LIST} values`, value)
  if (value.length === 0) return undefined
  const out: T[] = []
  for (let i = 0; i < value.length; i++) out.push(check(value[i], `${argument}[${i}]`))
  return out
}

/** A checker that accepts only the values of a closed vocabulary. @internal */
export function vocabularyCheck<T extends string>(
  helper: string,
  vocabulary: readonly T[],
): (item: unknown, path: string) => T {
  return (item, path) => {
    if ((vocabulary as readonly unknown[]).includes(item)) return item as T
    throw new InvalidArgumentError(helper, path, `one of: ${vocabulary.join(', ')}`, item)
  }
}

/** Returns the id, refusing anything but a string. @internal */
export function readId(helper: string, argument: string, id: unknown): string {
  if (typeof id === 'string') return id
  throw new InvalidArgumentError(helper, argument, 'an id (a string)', id)
}

/** Refuses anything but a boolean (or undefined). @internal */
export function readBoolean(helper: string, argument: string, value: unknown): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value
  throw new InvalidArgumentError(helper, argument, 'true or false', value)
}

/** A whole number ≥ 0 or `Infinity`, `fallback` when absent. @internal */
export function readCount(helper: string, argument: string, value: unknown, fallback: number) {
  const n = value ?? fallback
  if (typeof n === 'number' && n >= 0 && (Number.isInteger(n) || n === Number.POSITIVE_INFINITY))
    return n
  throw new InvalidArgumentError(helper, argument, 'a whole number ≥ 0 (or Infinity)', value)
}

/** Caches what `build` derives from an object (a dataset, an array) for as long as it lives. @internal */
export function cachedBy<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>()
  return (key) => {
    let value = cache.get(key)
    if (value === undefined) {
      value = build(key)
      cache.set(key, value)
    }
    return value
  }
}
