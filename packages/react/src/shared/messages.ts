/*
 * The interface strings of every component: headings, labels, buttons, hints, legends,
 * live-region messages, the vocabulary labels (kinds, roles, predicates, likelihoods) and the
 * words around dates. English by default, the vocabulary's from the schema's labels; pass
 * `messages` (any subset, and any subset of a vocabulary) to replace them. Numbers come as
 * numbers, so a translation words them for its own language. One object per component, so each
 * entry carries only its own strings.
 */

import type { Labels } from '@karabakh-aftermath/schema/vocabulary'
import * as vocab from '@karabakh-aftermath/schema/vocabulary'
import { EDTF_WORDS } from './format-edtf.js'

/** A vocabulary's labels, by value: the schema's English ones, or yours. */
export type { Labels } from '@karabakh-aftermath/schema/vocabulary'

const counted =
  (noun: string) =>
  (shown: number, total: number): string =>
    shown === total ? `${total} ${noun}.` : `${shown} of ${total} ${noun}.`

/** The filter bar of a timeline or a claim list. */
export const FILTER_MESSAGES = {
  actor: 'Actor',
  allActors: 'All actors',
  kind: 'Kind',
  allKinds: 'All kinds',
  topic: 'Topic',
  allTopics: 'All topics',
  clearFilters: 'Clear filters',
  /** A filter value the data does not have: `“armenai” is no actor here`. */
  unknownValue: (value: string, field: string): string => `“${value}” is no ${field} here`,
  /** The option a select shows for that value. */
  unknownOption: (value: string): string => `${value} (unknown)`,
}
/** A {@link Timeline}. */
export const TIMELINE_MESSAGES = {
  /** The words around EDTF dates (`c. {date}`, `{date} onwards`, …). */
  dates: EDTF_WORDS,
  timeline: 'Timeline',
  filterEvents: 'Filter events',
  events: /* @__PURE__ */ counted('events'),
  noEvents: 'No events',
  timelineKeys: 'In the list, ↑ and ↓ move between events; Tab goes to the event’s links, then on.',
  startUnknown: 'Start unknown',
  who: 'Who: ',
  where: 'Where: ',
  cited: 'Cited: ',
  eventKinds: vocab.EVENT_KIND_LABELS,
  bases: vocab.BASIS_LABELS,
  roles: vocab.PARTICIPANT_ROLE_LABELS,
}
/** A {@link ClaimCard}, with its {@link LikelihoodScale}, {@link Quote} and {@link Citation}. */
export const CLAIM_CARD_MESSAGES = {
  /** The words around EDTF dates (`c. {date}`, `{date} onwards`, …). */
  dates: EDTF_WORDS,
  claimedBy: 'Claimed by ',
  by: 'By ',
  reportedBy: ', reported by ',
  likelihood: 'Likelihood',
  quantity: 'Quantity',
  relation: 'Relation',
  aboutActors: 'Actors',
  aboutPlaces: 'Places',
  aboutEvents: 'Events',
  aboutTopics: 'Topics',
  arguesFor: 'Argues for: ',
  disputedBy: 'Disputed by',
  fromTheWords: 'from the words ',
  paragraphRef: (n: number): string => `para. ${n}`,
  claimKinds: vocab.CLAIM_KIND_LABELS,
  predicates: vocab.RELATION_PREDICATE_LABELS,
  /** The likelihood bands' labels: by default the schema's (`LIKELIHOOD_BANDS[term].label`). */
  likelihoods: {} as Partial<Labels<typeof vocab.LIKELIHOOD_TERMS>>,
  sourceKinds: vocab.SOURCE_KIND_LABELS,
  sourceParts: vocab.SOURCE_PART_KIND_LABELS,
}
/** A {@link ClaimList}. */
export const CLAIM_LIST_MESSAGES = {
  claimant: 'Claimant',
  allClaimants: 'All claimants',
  claims: 'Claims',
  filterClaims: 'Filter claims',
  claimCount: /* @__PURE__ */ counted('claims'),
  noClaims: 'No claims',
  disputed: 'Disputed:',
  contradict: (n: number): string => ` these ${n} claims contradict each other.`,
}
/** A {@link SourceReader}. */
export const READER_MESSAGES = {
  original: 'Original',
  highlightKey: 'Highlight key',
  marker: (n: number, kind: string): string => `Claim ${n}, ${kind}`,
  paragraph: (n: number): string => `Paragraph ${n}`,
  selectedClaim: 'Selected claim',
  selected: (n: number, total: number, kind: string): string => `Claim ${n} of ${total}: ${kind}.`,
  noneSelected: (total: number): string =>
    `${total} claims are highlighted. Select a numbered marker (← and → move between them) or a passage to read its claim here.`,
  previousClaim: 'Previous claim',
  nextClaim: 'Next claim',
  backToText: 'Back to the text',
  /** What each claim kind means, in the highlight key. */
  kindNotes: {
    fact: 'stated as fact',
    assessment: "the author's judgement",
    forecast: 'a judgement of the future',
    recommendation: 'what should be done',
    position: "a party's stance",
    allegation: 'a claim against another',
  } satisfies Labels<typeof vocab.CLAIM_KINDS>,
}
/** An {@link Analysis}: its tabs and overview (`timeline` and `claims` also head those sections). */
export const ANALYSIS_MESSAGES = {
  parts: 'Parts of the analysis',
  overview: 'Overview',
  reader: 'Text',
  timeline: 'Timeline',
  claims: 'Claims',
  relations: 'Relations',
  actors: 'Actors',
  map: 'Map',
  keyJudgements: 'Key judgements',
  theAnalysis: 'The analysis',
  claimKinds: vocab.CLAIM_KIND_LABELS,
}
/** An {@link ActorCard} and an {@link ActorList}. */
export const ACTOR_MESSAGES = {
  actors: 'Actors',
  otherNames: 'Other names',
  alsoCalled: 'Also called',
  memberOf: 'Member of',
  usedBy: 'used by ',
  relationsStated: 'Relations stated in the text',
  statedBy: 'stated by ',
  claimRef: (n: number): string => `claim ${n}`,
  claimsBy: 'Claims by ',
  claimsAbout: 'Claims about ',
  actorKinds: vocab.ACTOR_KIND_LABELS,
  claimKinds: vocab.CLAIM_KIND_LABELS,
  predicates: vocab.RELATION_PREDICATE_LABELS,
}
/** A {@link RelationGraph} and its `layoutRelations`. */
export const RELATION_MESSAGES = {
  relationsTitle: 'Relations between actors',
  noTies: 'No claim states a tie between actors.',
  graphDescription: (ties: number, actors: number): string =>
    `${ties} ties between ${actors} actors, listed in the table below.`,
  graphLegend:
    'Each line joins two actors; its label lists the ties that claims state between them. An arrow points from the actor a tie is stated of to the other (“Turkey ally →” reads “Turkey is an ally of …”); ↔ marks a tie that holds both ways.',
  tiesCaption: 'Ties between actors stated in the claims',
  actor: 'Actor',
  tie: 'Tie',
  statedByColumn: 'Stated by',
  bothWays: ' (both ways)',
  claimRef: (n: number): string => `claim ${n}`,
  predicates: vocab.RELATION_PREDICATE_LABELS,
  /** The short words for the ties on the graph (the table gives the full predicate, as do ties without one). */
  tieWords: {
    'ally-of': 'ally',
    'enemy-of': 'enemy',
    'member-of': 'member',
    'mediator-of': 'mediator',
    'leader-of': 'leader',
    'close-relations-with': 'close ties',
    'cultural-affinity-with': 'affinity',
    'influence-over': 'influence',
    'military-supporter-of': 'military support',
    'security-guarantor-of': 'guarantor',
  } as Partial<Labels<typeof vocab.RELATION_PREDICATES>>,
}
/** A {@link PlaceMap}: its heading, map title, legend and table. */
export const MAP_MESSAGES = {
  places: 'Places',
  mapTitle: (shown: number, total: number): string =>
    `Map of the South Caucasus: ${shown} of ${total} places shown`,
  mapDescription:
    'Boundaries of Armenia, Azerbaijan, Georgia, Iran and Turkey from Natural Earth. The table after the map lists every place.',
  placeKey: 'place',
  contestedKey: 'contested place',
  mapCredit:
    'Boundaries: Natural Earth 1:50m (public domain), as drawn there; they imply no position on any dispute.',
  allPlaces: 'All places',
  place: 'Place',
  kind: 'Kind',
  otherNames: 'Other names',
  location: 'Location',
  onTheMap: 'On the map',
  contested: '(contested)',
  usedBy: 'used by ',
  outline: 'Shown: outline',
  drawn: 'Shown: marker',
  outside: 'Not shown: outside the area of this map',
  none: 'Not shown: no geometry',
  placeKinds: vocab.PLACE_KIND_LABELS,
  precisions: vocab.PRECISION_LABELS,
}

/** Every interface string, each a string, a function of numbers or a vocabulary's labels. */
export type Messages = typeof FILTER_MESSAGES &
  typeof CLAIM_CARD_MESSAGES &
  typeof ACTOR_MESSAGES &
  typeof RELATION_MESSAGES &
  typeof MAP_MESSAGES &
  typeof TIMELINE_MESSAGES &
  typeof CLAIM_LIST_MESSAGES &
  typeof READER_MESSAGES &
  typeof ANALYSIS_MESSAGES

/** Replacements for any of the {@link Messages}: any subset, and any subset of each vocabulary. */
export type MessageOverrides = {
  [K in keyof Messages]?: Messages[K] extends (...args: never[]) => string
    ? Messages[K]
    : Messages[K] extends object
      ? Partial<Messages[K]>
      : Messages[K]
}

/** A component's messages: its defaults with the overrides, a vocabulary merged label by label. */
export function messagesOf<M extends object>(defaults: M, custom?: MessageOverrides): M {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) }
  for (const [key, value] of Object.entries(custom ?? {}))
    out[key] =
      typeof out[key] === 'object' ? { ...(out[key] as object), ...(value as object) } : value
  return out as M
}
