/** `@karabakh-aftermath/react/utils`: the formatting and naming helpers the components use. */

// The model's derivations are the core's: re-exported so `/utils` keeps offering them.
export {
  createLookup,
  disputesOf,
  type EdtfEnd,
  type EdtfParsed,
  type EdtfPoint,
  type Lookup,
  parseEdtfDate,
  partAt,
  partNumber,
  relationsOf,
  type StatedRelation,
  type StatedTie,
  sortClaims,
  sortEvents,
  tiesOf,
} from '@karabakh-aftermath/query'
export * from './shared/anchors.js'
export * from './shared/format-edtf.js'
export * from './shared/format-number.js'
export * from './shared/messages.js'
export type { Collections } from './shared/model.js'
export * from './shared/names.js'
export type { BaseProps, HeadingLevel, Theme } from './shared/props.js'
export * from './shared/segments.js'
export * from './shared/url.js'
