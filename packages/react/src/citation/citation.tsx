/** Citation: a source's author, title, publisher, date and link, and the paragraph cited. */

import { byId as mapById, partAt, partNumber } from '@karabakh-aftermath/query'
import type { Actor, Source } from '@karabakh-aftermath/schema'
import { SOURCE_KIND_LABELS, SOURCE_PART_KIND_LABELS } from '@karabakh-aftermath/schema/vocabulary'
import type { JSX } from 'react'
import { href, paragraphAnchor } from '../shared/anchors.js'
import { CLAIM_CARD_MESSAGES } from '../shared/messages.js'
import { type BaseProps, rootProps } from '../shared/props.js'
import { EdtfTime, inlineList, NameText } from '../shared/ui.js'
import { safeHref } from '../shared/url.js'

/** Props of {@link Citation}. */
export type CitationProps = BaseProps & {
  /** The source cited. */
  source: Source
  /** Actors, to name the authors and publisher (otherwise their ids are shown). */
  actors?: readonly Actor[] | undefined
  /**
   * An offset in the source text (a quote's `start`): the citation then names the paragraph
   * that holds it and links to its anchor in the {@link SourceReader}.
   */
  at?: number | undefined
}

/**
 * A citation of a source: authors, title (linked to the source when its URL is `http:` or
 * `https:`), kind, publisher and date, and, given an offset, the paragraph with a link to its
 * stable anchor. Renders a `<span>`, so it fits inside a caption or a sentence. Works as a
 * Server Component.
 *
 * @example
 * ```tsx
 * <Citation source={source} actors={actors} at={claim.quote.start} />
 * // Nick Reynolds, The Aftermath of the Nagorno-Karabakh Conflict (Commentary), RUSI, c. Jul 2021, para. 3
 * ```
 */
export function Citation({
  source,
  actors,
  at,
  locale,
  lang,
  className,
  theme,
  linkBase,
  idPrefix = 'ka',
  messages,
}: CitationProps): JSX.Element {
  const byId = mapById(actors ?? [])
  const url = safeHref(source.url)
  const part = at === undefined ? undefined : partAt(source, at)
  const title = (
    <cite className="ka-citation__title">
      {url ? <a href={url}>{source.title}</a> : source.title}
    </cite>
  )
  const authors = inlineList(
    source.authors.map((id) => <NameText key={id} record={byId.get(id)} id={id} lang={lang} />),
  )
  return (
    <span {...rootProps('ka-citation', { className, theme })}>
      <span className="ka-citation__authors">{authors}</span>, {title}{' '}
      <span className="ka-citation__kind">({SOURCE_KIND_LABELS[source.kind] ?? source.kind})</span>,{' '}
      <span className="ka-citation__publisher">
        <NameText record={byId.get(source.publisher)} id={source.publisher} lang={lang} />
      </span>
      , <EdtfTime date={source.published} locale={locale} />
      {part && (
        <>
          ,{' '}
          <a
            className="ka-citation__paragraph"
            href={href(paragraphAnchor(source.id, part.anchor, idPrefix), linkBase)}
          >
            {part.kind === 'body'
              ? (messages?.paragraphRef ?? CLAIM_CARD_MESSAGES.paragraphRef)(
                  partNumber(source, part),
                )
              : (SOURCE_PART_KIND_LABELS[part.kind] ?? part.anchor).toLowerCase()}
          </a>
        </>
      )}
    </span>
  )
}
