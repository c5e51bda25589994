/** `@karabakh-aftermath/react/utils`: the formatting and naming helpers the components use. */
export {
  actorAnchor,
  claimAnchor,
  eventAnchor,
  paragraphAnchor,
  placeAnchor,
} from './shared/anchors.js'
export {
  EDTF_WORDS,
  type EdtfEnd,
  type EdtfParsed,
  type EdtfPoint,
  type EdtfWords,
  edtfDateTime,
  type FormatEdtfOptions,
  formatEdtf,
  parseEdtfDate,
} from './shared/format-edtf.js'
export { formatProbability, formatQuantity } from './shared/format-number.js'
export { MESSAGES, type Messages } from './shared/messages.js'
export {
  type Collections,
  createLookup,
  type Lookup,
  partAt,
  partNumber,
  relationsOf,
  type StatedRelation,
  sortClaims,
  sortEvents,
} from './shared/model.js'
export { type DisplayName, displayName, type Named, nameOf, otherNames } from './shared/names.js'
export type { BaseProps, HeadingLevel, Theme } from './shared/props.js'
export { type Segment, segment } from './shared/segments.js'
export { safeHref } from './shared/url.js'
