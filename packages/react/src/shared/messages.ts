/*
 * The interface strings of the interactive components (`Timeline`, `ClaimList`, `SourceReader`,
 * `Analysis`): headings, filter labels, buttons, hints and live-region messages. English by
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

/** Every interface string, each a string or a function of numbers; English by default. */
export type Messages = typeof FILTER_MESSAGES &
  typeof TIMELINE_MESSAGES &
  typeof CLAIM_LIST_MESSAGES &
  typeof READER_MESSAGES &
  typeof ANALYSIS_MESSAGES
