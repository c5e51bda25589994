/**
 * Argument checks shared by the helpers: options objects, one-or-many lists, vocabularies and
 * ids. Each refusal names the helper, the argument path and what was expected.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from './errors.js'

/** Returns the options as a record, refusing a non-object and unknown keys. @internal */
export function readOptions(
  helper: string,
  options: unknown,
  allowed: readonly string[],
  argument = 'options',
): Readonly<Record<string, unknown>> {
  if (options === undefined) return {}
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidArgumentError(
      helper,
      argument,
      `an object with any of: ${allowed.join(', ')}`,
      options,
    )
  }
  const record = options as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) {
      throw new InvalidArgumentError(
        helper,
        `${argument}.${key}`,
        `absent: the options are ${allowed.join(', ')}`,
        record[key],
      )
    }
  }
  return record
}

/**
 * Reads a one-or-many argument into a list, checking each value; `undefined` and an empty list
 * both mean "no constraint" and give `undefined`. @internal
 */
export function readList<T>(
  value: unknown,
  argument: string,
  check: (item: unknown, path: string) => T,
): T[] | undefined {
  if (value === undefined) return undefined
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined
    return value.map((item, i) => check(item, `${argument}[${i}]`))
  }
  return [check(value, argument)]
}

/** A checker that accepts only the values of a closed vocabulary. @internal */
export function vocabularyCheck<T extends string>(
  helper: string,
  vocabulary: readonly T[],
): (item: unknown, path: string) => T {
  return (item, path) => {
    if (typeof item === 'string' && (vocabulary as readonly string[]).includes(item))
      return item as T
    throw new InvalidArgumentError(helper, path, `one of: ${vocabulary.join(', ')}`, item)
  }
}

/** Refuses anything but a boolean (or undefined). @internal */
export function readBoolean(helper: string, argument: string, value: unknown): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value
  throw new InvalidArgumentError(helper, argument, 'true or false', value)
}
