/*
 * The interface strings of every component but the relation graph: headings, labels, buttons,
 * hints, legends and live-region messages. English by
 * default; pass `messages` (any subset) to replace them. Numbers come as numbers, so a
 * translation words them for its own language. One object per component, so each entry carries
 * only its own strings.
 */
/** The filter bar of a timeline or a claim list. */
export const FILTER_MESSAGES = {
  actor: 'Actor',
  allActors: 'All actors',
  kind: 'Kind',
  allKinds: 'All kinds',
  topic: 'Topic',
  allTopics: 'All topics',
  claimant: 'Claimant',
  allClaimants: 'All claimants',
  clearFilters: 'Clear filters',
  /** A filter value the data does not have: `“armenai” is no actor here`. */
  unknownValue: (value: string, field: string): string => `“${value}” is no ${field} here`,
}
/** A {@link Timeline}. */
export const TIMELINE_MESSAGES = {
  timeline: 'Timeline',
  filterEvents: 'Filter events',
  events: (shown: number, total: number): string =>
    shown === total ? `${total} events.` : `${shown} of ${total} events.`,
  noEvents: 'No events',
  timelineKeys: 'In the list, ↑ and ↓ move between events; Tab goes to the event’s links, then on.',
  startUnknown: 'Start unknown',
  who: 'Who: ',
  where: 'Where: ',
  cited: 'Cited: ',
}
/** A {@link ClaimList}. */
export const CLAIM_LIST_MESSAGES = {
  claims: 'Claims',
  filterClaims: 'Filter claims',
  claimCount: (shown: number, total: number): string =>
    shown === total ? `${total} claims.` : `${shown} of ${total} claims.`,
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
}
/** An {@link Analysis}: its tabs and overview. */
export const ANALYSIS_MESSAGES = {
  parts: 'Parts of the analysis',
  overview: 'Overview',
  reader: 'Text',
  relations: 'Relations',
  actors: 'Actors',
  map: 'Map',
  keyJudgements: 'Key judgements',
}

/** A {@link ClaimCard}, with its {@link Quote} and {@link Citation}. */
export const CLAIM_CARD_MESSAGES = {
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
  paragraphRef: (n: number): string => `para. ${n}`,
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
}

/** Every interface string, each a string or a function of numbers; English by default. */
export type Messages = typeof FILTER_MESSAGES &
  typeof CLAIM_CARD_MESSAGES &
  typeof ACTOR_MESSAGES &
  typeof MAP_MESSAGES &
  typeof TIMELINE_MESSAGES &
  typeof CLAIM_LIST_MESSAGES &
  typeof READER_MESSAGES &
  typeof ANALYSIS_MESSAGES
