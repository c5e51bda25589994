/** The one check that a URL from the data may become a link: `http:` or `https:` only. @internal */

/**
 * The URL, parsed, if it is an absolute `http:` or `https:` URL; otherwise `undefined`, so a
 * `javascript:` or `data:` URL from a dataset never becomes a link in an export.
 *
 * @internal
 */
export function httpUrl(value: string | undefined): URL | undefined {
  // `URL.canParse`, not `URL.parse`: the browsers of 2023 (Safari 17, Firefox 115) have only it.
  if (value === undefined || !URL.canParse(value)) return undefined
  const url = new URL(value)
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined
}
