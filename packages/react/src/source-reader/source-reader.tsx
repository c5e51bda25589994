'use client'
/** SourceReader: the full source text with each claim highlighted by kind; select one to read it. */
import { createLookup, partNumber, sortClaims } from '@karabakh-aftermath/query'
import type { Claim, Source, SourcePart } from '@karabakh-aftermath/schema'
import { type JSX, type KeyboardEvent, type MouseEvent, useState } from 'react'
import { ClaimCard } from '../claim-card/claim-card.js'
import { href, paragraphAnchor } from '../shared/anchors.js'
import { keyTarget } from '../shared/keys.js'
import { CLAIM_CARD_MESSAGES, READER_MESSAGES } from '../shared/messages.js'
import type { Collections } from '../shared/model.js'
import { type BaseProps, below, type HeadingLevel, rootProps, useFrame } from '../shared/props.js'
import { segment } from '../shared/segments.js'
import { EdtfTime, Names } from '../shared/ui.js'
import { safeHref } from '../shared/url.js'

/** Props of {@link SourceReader}. */
export type SourceReaderProps<C extends Claim = Claim> = BaseProps &
  Collections & {
    /** The source to render. */
    source: Source
    /** The claims to highlight (those quoting other sources are ignored). */
    claims?: readonly C[] | undefined
    /** Level of the source title's heading. Default 2. */
    headingLevel?: HeadingLevel | undefined
    /** The claim selected at first (its id). */
    defaultSelected?: NoInfer<C['id']> | undefined
  }

/**
 * The full text of a source, part by part (title, image credit, paragraphs, notes), with every
 * claim's quote highlighted by kind (by underline style as well as colour) and a numbered
 * marker button after each quote. Selecting a marker, or clicking a highlight, shows the claim
 * in a panel beside the text, with previous/next buttons. Every part has a stable anchor,
 * `<source>-<anchor>` (`rusi-2021-aftermath-body-3`), that citations link to. A client
 * component (`'use client'`): the server renders the complete text.
 *
 * @example
 * ```tsx
 * import { SourceReader } from '@karabakh-aftermath/react/source-reader'
 * <SourceReader source={sources[0]} claims={claims} actors={actors} topics={topics} />
 * ```
 */
export function SourceReader<C extends Claim>(props: SourceReaderProps<C>): JSX.Element {
  const { source, headingLevel = 2, defaultSelected, locale, lang, linkBase } = props
  const messages = { ...CLAIM_CARD_MESSAGES, ...READER_MESSAGES }
  const { uid, prefix, t, H, Sub } = useFrame(props, messages, headingLevel)
  const [selected, setSelected] = useState<string | undefined>(defaultSelected)
  const claims = sortClaims((props.claims ?? []).filter((c) => c.quote.source === source.id))
  const lookup = createLookup({ ...props, sources: [source] })
  const number = new Map(claims.map((c, i) => [c.id, i + 1]))
  // The claims whose quote ends at each offset: their markers follow the run that ends there.
  const endingAt = new Map<number, typeof claims>()
  for (const c of claims) endingAt.set(c.quote.end, [...(endingAt.get(c.quote.end) ?? []), c])
  const current = selected === undefined ? undefined : claims.find((c) => c.id === selected)
  const currentIndex = current ? claims.indexOf(current) : -1

  const select = (claimId: string | undefined, focus = false) => {
    setSelected(claimId)
    const mark = claimId ? document.getElementById(`${uid}-m-${claimId}`) : null
    if (focus) mark?.focus()
    else mark?.scrollIntoView?.({ block: 'nearest' })
  }
  // One tab stop for the text: the selected claim's marker (or the first); arrows move between
  // the claims, selecting each, Home and End go to the first and the last.
  const tabStop = current?.id ?? claims[0]?.id
  const onMarkerKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const forward = ['ArrowRight', 'ArrowDown']
    const next =
      claims[keyTarget(event.key, index, claims.length, forward, ['ArrowLeft', 'ArrowUp']) ?? -1]
    if (!next) return
    event.preventDefault()
    select(next.id, true)
  }
  const onTextClick = (event: MouseEvent<HTMLDivElement>) => {
    const mark = (event.target as Element).closest?.('[data-claims]')
    if (!mark) return
    const ids = (mark.getAttribute('data-claims') ?? '').split(' ')
    // A second click on a run covered by several claims moves to the next of them.
    const at = selected ? ids.indexOf(selected) : -1
    setSelected(ids[(at + 1) % ids.length])
  }

  const url = safeHref(source.url)
  // A button to a claim (scrolled to, or its marker focused), disabled when there is none.
  const button = (label: string, claim: Claim | undefined, focus = false) => (
    <button
      type="button"
      className="ka-button"
      disabled={!claim}
      onClick={() => select(claim?.id, focus)}
    >
      {label}
    </button>
  )
  const kinds = [...new Set(claims.map((c) => c.kind))]
  const kindOf = (c: Claim) => t.claimKinds[c.kind].toLowerCase()

  const renderPart = (part: SourcePart) =>
    segment(part, claims).map((seg) => {
      const text = source.text.slice(seg.start, seg.end)
      const ids = seg.claims.map((c) => c.id)
      const inner = seg.claims[0]
      const isSelected = selected !== undefined && ids.includes(selected)
      const ending = endingAt.get(seg.end) ?? []
      return (
        <span key={seg.start} className="ka-reader__run">
          {inner ? (
            <mark
              className={`ka-mark ka-mark--${inner.kind}${ids.length > 1 ? ' ka-mark--overlap' : ''}${isSelected ? ' ka-mark--selected' : ''}`}
              data-claims={ids.join(' ')}
            >
              {text}
            </mark>
          ) : (
            text
          )}
          {ending.map((c) => (
            <button
              key={c.id}
              id={`${uid}-m-${c.id}`}
              type="button"
              className={`ka-reader__marker ka-reader__marker--${c.kind}`}
              aria-pressed={selected === c.id}
              tabIndex={c.id === tabStop ? 0 : -1}
              onKeyDown={(event) => onMarkerKey(event, (number.get(c.id) ?? 0) - 1)}
              aria-label={t.marker(number.get(c.id) ?? 0, kindOf(c))}
              onClick={() => setSelected(selected === c.id ? undefined : c.id)}
            >
              {number.get(c.id)}
            </button>
          ))}
        </span>
      )
    })

  // A part as a paragraph with its anchor; a body paragraph opens with its number, linked.
  const paragraph = (p: SourcePart, className: string) => {
    const anchor = paragraphAnchor(source.id, p.anchor, prefix)
    const n = partNumber(source, p)
    return (
      <p key={p.anchor} id={anchor} className={className}>
        {p.kind === 'body' && (
          <>
            <a
              className="ka-reader__pilcrow"
              href={href(anchor, linkBase)}
              tabIndex={-1}
              aria-label={t.paragraph(n)}
            >
              {n}
            </a>{' '}
          </>
        )}
        {renderPart(p)}
      </p>
    )
  }

  const titlePart = source.parts.find((p) => p.kind === 'title')
  const titleId = titlePart ? paragraphAnchor(source.id, titlePart.anchor, prefix) : `${uid}-title`
  const footer = source.parts.filter((p) => !['title', 'image-credit', 'body'].includes(p.kind))
  return (
    <article {...rootProps('ka-reader', props)} aria-labelledby={titleId}>
      <header className="ka-reader__header ka-stack">
        <H id={titleId} className="ka-reader__title">
          {titlePart ? renderPart(titlePart) : source.title}
        </H>
        <p className="ka-reader__byline ka-muted">
          <Names ids={source.authors} records={lookup.actors} lang={lang} />,{' '}
          <Names ids={source.publisher} records={lookup.actors} lang={lang} />,{' '}
          <EdtfTime date={source.published} locale={locale} words={t.dates} />
          {url && (
            <>
              {' · '}
              <a href={url}>{t.original}</a>
            </>
          )}
        </p>
        <p className="ka-reader__rights ka-muted" dir="auto">
          {source.rights}
        </p>
        {kinds.length > 0 && (
          <ul className="ka-reader__legend ka-muted ka-row" aria-label={t.highlightKey}>
            {kinds.map((k) => (
              <li key={k}>
                <mark className={`ka-mark ka-mark--${k}`}>{t.claimKinds[k]}</mark> {t.kindNotes[k]}
              </li>
            ))}
          </ul>
        )}
      </header>
      <div className="ka-reader__layout">
        {/* biome-ignore lint/a11y/noStaticElementInteractions: a mouse shortcut; every highlight has a numbered marker button for the keyboard */}
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: the marker buttons are the keyboard path */}
        <div className="ka-reader__text" onClick={onTextClick} lang={source.language}>
          {source.parts
            .filter((p) => p.kind === 'image-credit' || p.kind === 'body')
            .map((p) =>
              paragraph(p, p.kind === 'body' ? 'ka-reader__para' : 'ka-reader__credit ka-muted'),
            )}
          {footer.length > 0 && (
            <footer className="ka-reader__footer ka-muted">
              {footer.map((p) => paragraph(p, `ka-reader__note ka-reader__note--${p.kind}`))}
            </footer>
          )}
        </div>
        <aside className="ka-reader__panel ka-box ka-stack" aria-labelledby={`${uid}-panel`}>
          <Sub id={`${uid}-panel`} className="ka-reader__panel-title">
            {t.selectedClaim}
          </Sub>
          <p className="ka-reader__status ka-muted" aria-live="polite">
            {current
              ? t.selected(currentIndex + 1, claims.length, kindOf(current))
              : t.noneSelected(claims.length)}
          </p>
          {current && (
            <>
              <ClaimCard
                claim={current}
                lookup={lookup}
                sources={[source]}
                headingLevel={below(headingLevel, 2)}
                idPrefix={prefix}
                id={`${uid}-selected`}
                {...{ locale, lang, linkBase, actors: props.actors, messages: props.messages }}
              />
              <p className="ka-reader__nav ka-row">
                {button(t.previousClaim, claims[currentIndex - 1])}{' '}
                {button(t.nextClaim, claims[currentIndex + 1])}{' '}
                {button(t.backToText, current, true)}
              </p>
            </>
          )}
        </aside>
      </div>
    </article>
  )
}
