/** Citation: a source's author, title, publisher, date and link, and the paragraph cited. */

import { byId, partAt, partNumber } from '@karabakh-aftermath/query'
import type { Actor, Source } from '@karabakh-aftermath/schema'
import type { JSX } from 'react'
import { href, paragraphAnchor } from '../shared/anchors.js'
import { CLAIM_CARD_MESSAGES, messagesOf } from '../shared/messages.js'
import { type BaseProps, rootProps } from '../shared/props.js'
import { EdtfTime, Names } from '../shared/ui.js'
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
export function Citation(props: CitationProps): JSX.Element {
  const { source, at, lang, idPrefix = 'ka' } = props
  const t = messagesOf(CLAIM_CARD_MESSAGES, props.messages)
  const actors = byId(props.actors ?? [])
  const url = safeHref(source.url)
  const part = at === undefined ? undefined : partAt(source, at)
  return (
    <span {...rootProps('ka-citation', props)}>
      <span className="ka-citation__authors">
        <Names ids={source.authors} records={actors} lang={lang} />
      </span>
      ,{' '}
      <cite className="ka-citation__title">
        {url ? <a href={url}>{source.title}</a> : source.title}
      </cite>{' '}
      <span className="ka-citation__kind">({t.sourceKinds[source.kind] ?? source.kind})</span>,{' '}
      <span className="ka-citation__publisher">
        <Names ids={source.publisher} records={actors} lang={lang} />
      </span>
      , <EdtfTime date={source.published} locale={props.locale} words={t.dates} />
      {part && (
        <>
          ,{' '}
          <a
            className="ka-citation__paragraph"
            href={href(paragraphAnchor(source.id, part.anchor, idPrefix), props.linkBase)}
          >
            {part.kind === 'body'
              ? t.paragraphRef(partNumber(source, part))
              : (t.sourceParts[part.kind] ?? part.anchor).toLowerCase()}
          </a>
        </>
      )}
    </span>
  )
}
