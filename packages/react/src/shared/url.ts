/** URL safety: only `http:` and `https:` URLs from data ever become links. */

/**
 * Returns the URL, normalised, when it is an absolute `http:` or `https:` URL, and `undefined`
 * otherwise (`javascript:`, `data:`, relative or malformed), so it is never used as a link.
 *
 * @example
 * ```ts
 * safeHref('https://rusi.org/x') // 'https://rusi.org/x'
 * safeHref('javascript:alert(1)') // undefined
 * ```
 */
export function safeHref(url: string | undefined | null): string | undefined {
  const parsed = url && URL.canParse(url) ? new URL(url) : undefined
  return parsed?.protocol === 'http:' || parsed?.protocol === 'https:' ? parsed.href : undefined
}
