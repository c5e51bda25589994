/** Small presentational pieces the components share: sections, names, dates, kind badges. */
import type { Claim } from '@karabakh-aftermath/schema'
import type { JSX, ReactNode } from 'react'
import { type EdtfWords, edtfDateTime, formatEdtf } from './format-edtf.js'
import { displayName, type Named } from './names.js'
import { type BaseProps, rootProps } from './props.js'

/** A component's root `<section>`, labelled by its heading: the `title` prop, or `title` here. */
export function Section(p: {
  name: string
  of: BaseProps & { title?: string | undefined }
  frame: { uid: string; H: 'h2' | 'h3' | 'h4' | 'h5' }
  title: string
  children: ReactNode
}): JSX.Element {
  const { uid, H } = p.frame
  return (
    <section {...rootProps(`${p.name} ka-container`, p.of)} aria-labelledby={`${uid}-title`}>
      <H id={`${uid}-title`} className="ka-section-title">
        {p.of.title ?? p.title}
      </H>
      {p.children}
    </section>
  )
}

/** A table with a caption and a header row; each column's header is `columns[i]`. */
export const Table = (p: {
  name: string
  caption: string
  columns: string[]
  children: ReactNode
}) => (
  <div className="ka-table">
    <table className={p.name}>
      <caption>{p.caption}</caption>
      <thead>
        <tr>
          {p.columns.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed, and may repeat
            <th key={i} scope="col" className="ka-muted">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{p.children}</tbody>
    </table>
  </div>
)

/**
 * A record's display name, isolated for bidirectional text (`<bdi>`) and marked with its
 * language when it is not the default name. Unknown records show their id.
 */
export function NameText(p: {
  record: Named | undefined
  id?: string | undefined
  lang?: string | undefined
}): JSX.Element {
  if (!p.record) return <bdi className="ka-name ka-name--unknown">{p.id}</bdi>
  const name = displayName(p.record, p.lang)
  return (
    <bdi className="ka-name" lang={name.lang}>
      {name.text}
    </bdi>
  )
}

/** The names of records by id (one id, or several), as inline text (`Armenia, Azerbaijan`). */
export const Names = (p: {
  ids: string | readonly string[]
  records: ReadonlyMap<string, Named>
  lang?: string | undefined
}): (JSX.Element | string)[] =>
  inlineList(
    [p.ids]
      .flat()
      .map((id) => <NameText key={id} record={p.records.get(id)} id={id} lang={p.lang} />),
  )

/** An EDTF date, formatted honestly; a single date is a `<time>` with its machine value. */
export function EdtfTime(p: {
  date: string
  locale?: string | undefined
  words?: EdtfWords | undefined
}): JSX.Element {
  const Tag = edtfDateTime(p.date) ? 'time' : 'span'
  return (
    <Tag className="ka-date" dateTime={edtfDateTime(p.date)} data-edtf={p.date}>
      {formatEdtf(p.date, p)}
    </Tag>
  )
}

/** A value's badge (a kind, a role), labelled from `labels`: always text, never colour alone. */
export const Badge = (p: {
  kind: string
  value: string
  labels: Readonly<Record<string, string>>
}): JSX.Element => (
  <span
    className={`ka-badge ka-badge--${p.kind} ka-${p.kind}--${p.value.replace(/[^a-z0-9-]/g, '')}`}
  >
    {p.labels[p.value] ?? p.value}
  </span>
)

/** A claim in a list: its kind's badge and its statement, linked to its card when `href` is. */
export function ClaimLine(p: {
  claim: Claim
  kinds: Record<Claim['kind'], string>
  href?: string | undefined
}): JSX.Element {
  const Statement = p.href ? 'a' : 'span'
  return (
    <>
      <Badge kind="kind" value={p.claim.kind} labels={p.kinds} />{' '}
      <Statement href={p.href} dir="auto">
        {p.claim.statement}
      </Statement>
    </>
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
export function StatedBy(p: {
  claims: readonly Claim[]
  actors: ReadonlyMap<string, Named>
  lang?: string | undefined
  /** The link to a claim's card, when the page also shows the claim cards. */
  claimHref?: ((claimId: string) => string) | undefined
  /** A claim's link text, by its number. */
  claimRef: (n: number) => string
}): JSX.Element {
  const claimants = [...new Set(p.claims.map((c) => c.claimant))]
  return (
    <span className="ka-stated-by">
      {inlineList(
        claimants.map((claimant) => (
          <span key={claimant}>
            <Names ids={claimant} records={p.actors} lang={p.lang} />
            {p.claimHref && ': '}
            {p.claimHref &&
              inlineList(
                p.claims
                  .filter((c) => c.claimant === claimant)
                  .map((c, i) => (
                    <a key={c.id} href={p.claimHref?.(c.id)} title={c.statement}>
                      {p.claimRef(i + 1)}
                    </a>
                  )),
              )}
          </span>
        )),
      )}
    </span>
  )
}

/** One fact of a card's `<dl>`: a term and its description, unless `shown` is false. */
export const Fact = (p: {
  term: string
  shown?: boolean
  className?: string
  children: ReactNode
}): JSX.Element | null =>
  p.shown === false ? null : (
    <div>
      <dt className="ka-muted">{p.term}</dt>
      <dd className={p.className}>{p.children}</dd>
    </div>
  )
