/** Problems: validation findings phrased for a content editor, with collection, id and field path. */
import type { z } from 'zod'
import type { CollectionName } from './vocabulary.js'

/**
 * What kind of problem it is, for programs (the message is for people): a record's shape
 * (`invalid`), a reference to a record that does not exist, an id used twice, a record that
 * refers to itself, a quote that does not match its source, event bounds that do not match the
 * date.
 */
export type ProblemCode =
  | 'invalid'
  | 'missing-reference'
  | 'duplicate-id'
  | 'self-reference'
  | 'quote-mismatch'
  | 'bounds-mismatch'

/**
 * One thing wrong with a dataset: what kind (`code`), where (collection, record id and index,
 * field path) and why, in a sentence a content editor understands.
 *
 * @example
 * ```ts
 * { code: 'invalid', collection: 'claims', id: 'border-likely-unstable', index: 3,
 *   path: ['likelihood', 'term'], message: 'must be one of: remote, highly-unlikely, … (got "probable")' }
 * ```
 */
export type Problem = {
  /** What kind of problem it is. */
  code: ProblemCode
  /** The collection of the record. */
  collection: CollectionName
  /** The record's id, or `#<index>` when the record has no usable id. */
  id: string
  /** The path of the field within the record (empty for the record as a whole). */
  path: (string | number)[]
  /** What is wrong, in plain words. */
  message: string
  /** The position of the record in its collection's list, when the problem is about one record. */
  index?: number
  /** The record referred to (`missing-reference`), or the first with the same id (`duplicate-id`). */
  other?: { collection: CollectionName; id: string; index?: number }
}

/** Formats a problem as `collection/id field: message`. */
export function formatProblem(
  problem: Pick<Problem, 'collection' | 'id' | 'path' | 'message'>,
): string {
  const { collection, id, path, message } = problem
  return `${collection}/${id}${path.length ? ` ${formatPath(path)}` : ''}: ${message}`
}

/** Formats a field path as `about.actors[2]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join('')
}

// Shows a value in a message, whatever it is (a cycle, a BigInt, deep nesting, a huge array):
// never throws, never longer than about 60 characters.
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s)
const show = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(clip(v))
  try {
    return clip(JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? `${x}n` : x)) ?? typeName(v))
  } catch {
    return typeName(v)
  }
}
const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v)
const NAMES = new Map(Object.entries({ array: 'a list', int: 'a whole number' }))
const expectedName = (e: string) => NAMES.get(e) ?? (/^[aeiou]/.test(e) ? `an ${e}` : `a ${e}`)
// A union branch that refuses the value's type outright (a string branch for an object) is the
// farthest from what the editor meant, however few its issues.
const distance = (branch: readonly z.core.$ZodIssue[]) =>
  branch.length + (branch.some((i) => i.code === 'invalid_type' && i.path.length === 0) ? 1000 : 0)

/** Turns zod issues into editor-friendly messages, descending into the closest union branch. */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  base: PropertyKey[] = [],
): { path: (string | number)[]; message: string }[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path].filter((k): k is string | number => typeof k !== 'symbol')
    const input = (issue as { input?: unknown }).input
    if (issue.code !== 'invalid_union') return [{ path, message: messageOf(issue, input) }]
    const best = issue.errors
      .filter((b) => b.length > 0)
      .sort((a, b) => distance(a) - distance(b))[0]
    if (best && !(issue as { note?: string }).note) return describeIssues(best, path)
    const type = isObject(input) && 'type' in input ? ` (unknown type ${show(input.type)})` : ''
    return [{ path, message: `is not one of the allowed forms${type}` }]
  })
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object'

function messageOf(issue: z.core.$ZodIssue, input: unknown): string {
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value'))
    return 'is required'
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${expectedName(issue.expected)} (got ${typeName(input)})`
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? show(issue.values[0]) : `one of: ${issue.values.join(', ')}`} (got ${show(input)})`
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${clip(issue.keys.join(', '))} (check the spelling against the data model)`
    case 'too_small':
    case 'too_big': {
      if (!/^Too (small|big)/.test(issue.message)) return `${issue.message} (got ${show(input)})`
      const small = issue.code === 'too_small'
      const n = Number(small ? issue.minimum : issue.maximum)
      const at = `at ${small ? 'least' : 'most'} ${n}`
      if (issue.origin !== 'array' && issue.origin !== 'string')
        return `must be ${at} (got ${show(input)})`
      if (small && n === 1) return 'must not be empty'
      return issue.origin === 'string'
        ? `must ${small ? 'be' : 'have'} ${at} characters`
        : `must have ${at} items`
    }
    default:
      return /^(Invalid|Too)/.test(issue.message)
        ? `${issue.message.toLowerCase()}${input !== undefined ? ` (got ${show(input)})` : ''}`
        : issue.message
  }
}

/**
 * The editor-friendly problems of `value` against any schema of the package (a record, a field),
 * or `[]` when it is valid.
 *
 * @example
 * ```ts
 * issuesOf(IdSchema, 'Nick_Reynolds') // [{ path: [], message: 'must be lowercase kebab-case …' }]
 * ```
 */
export function issuesOf(
  schema: z.ZodType,
  value: unknown,
): { path: (string | number)[]; message: string }[] {
  const result = schema.safeParse(value, { reportInput: true })
  return result.success ? [] : describeIssues(result.error.issues)
}
