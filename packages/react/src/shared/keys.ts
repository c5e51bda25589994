/** The arrow-key model the lists and tabs share: one tab stop, arrows inside. */

/**
 * Where a key moves from item `index` of `count`: a `next` key one on, a `previous` key one
 * back, Home to the first and End to the last; `undefined` for any other key. The caller clamps
 * or wraps.
 */
export function keyTarget(
  key: string,
  index: number,
  count: number,
  next: readonly string[],
  previous: readonly string[],
): number | undefined {
  if (next.includes(key)) return index + 1
  if (previous.includes(key)) return index - 1
  return key === 'Home' ? 0 : key === 'End' ? count - 1 : undefined
}
