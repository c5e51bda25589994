/** Quote: the exact words of a source with their citation. */
import type { Actor, Quote as QuoteRecord, Source } from '@karabakh-aftermath/schema'
import type { JSX } from 'react'
import { Citation } from '../citation/citation.js'
import { type BaseProps, rootProps } from '../shared/props.js'
import { safeHref } from '../shared/url.js'

/** Props of {@link Quote}. */
export type QuoteProps = BaseProps & {
  /** The quote: exact words, source id and offsets. */
  quote: QuoteRecord
  /** Sources: the quote's source is found by id to cite it (otherwise its id is shown). */
  sources?: readonly Source[] | undefined
  /** Actors, to name the source's authors and publisher. */
  actors?: readonly Actor[] | undefined
}

/**
 * The exact words of a source in a `<blockquote>`, with a caption citing the source (author,
 * title, publisher, date, link) and the paragraph they come from, linked to its anchor in the
 * {@link SourceReader}. Works as a Server Component.
 *
 * @example
 * ```tsx
 * <Quote quote={claim.quote} sources={sources} actors={actors} />
 * ```
 */
export function Quote(props: QuoteProps): JSX.Element {
  // The citation inside takes the links, names and words, not the root's class, id or theme.
  const { quote, sources, className, theme, id, ...cite } = props
  const source = sources?.find((s) => s.id === quote.source)
  return (
    <figure {...rootProps('ka-quote', props)}>
      <blockquote className="ka-quote__text" cite={safeHref(source?.url)}>
        <p dir="auto">“{quote.exact}”</p>
      </blockquote>
      <figcaption className="ka-quote__caption ka-muted">
        {source ? (
          <Citation {...cite} source={source} at={quote.start} />
        ) : (
          <span className="ka-citation">{quote.source}</span>
        )}
      </figcaption>
    </figure>
  )
}
