/** Props every component shares: locale, naming language, theme, class name, ids and link base. */
import { useId } from 'react'
import { type MessageOverrides, messagesOf } from './messages.js'

/** Light, dark, or `auto` (follow `prefers-color-scheme`). */
export type Theme = 'light' | 'dark' | 'auto'

/** A heading level for a component's own heading (its parts use the levels below it). */
export type HeadingLevel = 2 | 3 | 4 | 5

/** Props every component accepts. */
export type BaseProps = {
  /** BCP 47 locale for dates and numbers, through `Intl`. Default `en-GB` (the source's). */
  locale?: string | undefined
  /**
   * Language of the names to show for actors and places: a record's name in exactly this
   * language (`names[].lang`) replaces its display `name` when it has one. Default: `name`.
   */
  lang?: string | undefined
  /** Extra class names on the root element. */
  className?: string | undefined
  /** The `id` of the root element. */
  id?: string | undefined
  /** Colour theme: `auto` (default) follows the reader's `prefers-color-scheme`. */
  theme?: Theme | undefined
  /**
   * Prefix of in-page links (to paragraphs, claims, actors): `''` (default) links within the
   * page, `'/analysis'` links to a page that renders the targets.
   */
  linkBase?: string | undefined
  /**
   * Prefix of the records' anchors the component renders or links to (`<idPrefix>-claim-<id>`,
   * …). Lists default to one unique to the instance, so two on a page never share an id; cards,
   * quotes, citations and the graph, which only link, default to `ka`. Give components that link
   * to each other, and the page a `linkBase` points at, the same `idPrefix` (e.g. `"ka"`).
   */
  idPrefix?: string | undefined
  /** Replacements for the interface strings (English by default): see `Messages`. */
  messages?: MessageOverrides | undefined
}

/**
 * What every component sets up: `uid`, unique to the instance, for its internal ids (headings a
 * region is labelled by, controls); `prefix` for the records' anchors (its `idPrefix`, or `uid`
 * for lists and `ka` for cards, which only link); its messages, the defaults with the
 * `messages` prop over them; and its heading elements at `level` and the level below.
 */
export function useFrame<M extends object>(
  props: Pick<BaseProps, 'idPrefix' | 'messages'>,
  defaults: M,
  level: HeadingLevel,
  anchorPrefix?: string,
) {
  const uid = `ka${useId().replace(/[^A-Za-z0-9_-]/g, '')}`
  return {
    uid,
    prefix: props.idPrefix ?? anchorPrefix ?? uid,
    t: messagesOf(defaults, props.messages),
    H: `h${level}` as 'h2' | 'h3' | 'h4' | 'h5',
    Sub: `h${level + 1}` as 'h3' | 'h4' | 'h5' | 'h6',
  }
}

/** Class names, id and theme attribute of a component's root element. */
export function rootProps(
  name: string,
  { className, theme, id }: Pick<BaseProps, 'className' | 'theme' | 'id'>,
) {
  return {
    id,
    className: className ? `ka ${name} ${className}` : `ka ${name}`,
    'data-ka-theme': theme && theme !== 'auto' ? theme : undefined,
  }
}

/** The level below a heading level, for the parts of a component (capped at 5). */
export const below = (level: HeadingLevel, by = 1) => Math.min(level + by, 5) as HeadingLevel
