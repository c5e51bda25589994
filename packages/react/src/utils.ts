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
export {
  actorAnchor,
  claimAnchor,
  eventAnchor,
  paragraphAnchor,
  placeAnchor,
} from './shared/anchors.js'
export {
  EDTF_WORDS,
  type EdtfWords,
  edtfDateTime,
  type FormatEdtfOptions,
  formatEdtf,
} from './shared/format-edtf.js'
export { formatProbability, formatQuantity } from './shared/format-number.js'
export {
  ACTOR_MESSAGES,
  ANALYSIS_MESSAGES,
  CLAIM_CARD_MESSAGES,
  CLAIM_LIST_MESSAGES,
  FILTER_MESSAGES,
  MAP_MESSAGES,
  type Messages,
  READER_MESSAGES,
  TIMELINE_MESSAGES,
} from './shared/messages.js'
export type { Collections } from './shared/model.js'
export { type DisplayName, displayName, type Named, nameOf, otherNames } from './shared/names.js'
export type { BaseProps, HeadingLevel, Theme } from './shared/props.js'
export { type Segment, segment } from './shared/segments.js'
export { safeHref } from './shared/url.js'
