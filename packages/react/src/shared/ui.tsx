/** Small presentational pieces the components share: names, dates, kind badges. */
import type { Claim } from '@karabakh-aftermath/schema'
import type { JSX, ReactNode } from 'react'
import { edtfDateTime, formatEdtf } from './format-edtf.js'
import { displayName, type Named } from './names.js'

/**
 * A record's display name, isolated for bidirectional text (`<bdi>`) and marked with its
 * language when it is not the default name. Unknown records show their id.
 */
export function NameText({
  record,
  id,
  lang,
}: {
  record: Named | undefined
  id?: string | undefined
  lang?: string | undefined
}): JSX.Element {
  if (!record) return <bdi className="ka-name ka-name--unknown">{id}</bdi>
  const name = displayName(record, lang)
  return (
    <bdi className="ka-name" lang={name.lang}>
      {name.text}
    </bdi>
  )
}

/** An EDTF date, formatted honestly; a single date is a `<time>` with its machine value. */
export function EdtfTime({
  date,
  locale,
  className,
}: {
  date: string
  locale?: string | undefined
  className?: string
}): JSX.Element {
  const text = formatEdtf(date, { locale })
  const machine = edtfDateTime(date)
  const cls = className ? `ka-date ${className}` : 'ka-date'
  return machine ? (
    <time className={cls} dateTime={machine} data-edtf={date}>
      {text}
    </time>
  ) : (
    <span className={cls} data-edtf={date}>
      {text}
    </span>
  )
}

/** A text badge (a kind, a role): the label is always text, never colour alone. */
export function Badge({
  kind,
  value,
  children,
}: {
  kind: string
  value: string
  children: string
}): JSX.Element {
  return (
    <span className={`ka-badge ka-badge--${kind} ka-${kind}--${value.replace(/[^a-z0-9-]/g, '')}`}>
      {children}
    </span>
  )
}

/** Joins rendered items with a separator, as inline text. */
export function inlineList(items: JSX.Element[], separator = ', '): (JSX.Element | string)[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]))
}

/**
 * Who states a tie: each claimant once, with links to their claims (`claim 1`, `claim 2`) when the
 * page also shows the claim cards.
 */
export function StatedBy({
  claims,
  actors,
  lang,
  claimHref,
  claimRef = (n) => `claim ${n}`,
}: {
  claims: readonly Claim[]
  actors: ReadonlyMap<string, Named>
  lang?: string | undefined
  /** The link to a claim's card, when the page also shows the claim cards. */
  claimHref?: ((claimId: string) => string) | undefined
  /** A claim's link text, by its number. Default `claim 1`, …. */
  claimRef?: ((n: number) => string) | undefined
}): JSX.Element {
  const claimants = [...new Set(claims.map((c) => c.claimant))]
  return (
    <span className="ka-stated-by">
      {inlineList(
        claimants.map((claimant) => (
          <span key={claimant}>
            <NameText record={actors.get(claimant)} id={claimant} lang={lang} />
            {claimHref && ': '}
            {claimHref &&
              inlineList(
                claims
                  .filter((c) => c.claimant === claimant)
                  .map((c, i) => (
                    <a key={c.id} href={claimHref(c.id)} title={c.statement}>
                      {claimRef(i + 1)}
                    </a>
                  )),
              )}
          </span>
        )),
      )}
    </span>
  )
}

/** One fact of a card's `<dl>`: a term and its description. */
export const Fact = (p: { term: string; className?: string; children: ReactNode }): JSX.Element => (
  <div>
    <dt>{p.term}</dt>
    <dd className={p.className}>{p.children}</dd>
  </div>
)
