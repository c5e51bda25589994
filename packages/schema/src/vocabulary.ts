/** Closed vocabularies with their labels, exported so components can label them and users filter by them. */

/**
 * Turns a record of `value: label` into the tuple of values zod's `enum` wants, keeping the
 * literal types, so each vocabulary is written once with its labels.
 */
const keys = <T extends Record<string, string>>(labels: T) =>
  Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]]

/** The collections of the dataset, in the order they are checked and listed. */
export const COLLECTIONS = ['sources', 'actors', 'places', 'topics', 'events', 'claims'] as const

/** The name of a collection: `sources`, `actors`, `places`, `topics`, `events` or `claims`. */
export type CollectionName = (typeof COLLECTIONS)[number]

/** Actor kinds with English labels. */
export const ACTOR_KIND_LABELS = {
  state: 'State',
  government: 'Government',
  person: 'Person',
  organization: 'Organization',
  'intergovernmental-organization': 'Intergovernmental organization',
  'armed-force': 'Armed force',
  'political-party': 'Political party',
  'population-group': 'Population group',
  collective: 'Collective',
} as const
/** The kinds of actor: `state`, `government`, `person`, … */
export const ACTOR_KINDS = /* @__PURE__ */ keys(ACTOR_KIND_LABELS)

/** Event kinds with English labels. */
export const EVENT_KIND_LABELS = {
  war: 'War',
  ceasefire: 'Ceasefire',
  election: 'Election',
  protest: 'Protest',
  deployment: 'Deployment',
  displacement: 'Displacement',
  destruction: 'Destruction',
  'mine-laying': 'Mine-laying',
  bombardment: 'Bombardment',
  'prisoner-release': 'Prisoner release',
  negotiation: 'Negotiation',
  prosecution: 'Prosecution',
  exhibition: 'Exhibition',
  founding: 'Founding',
  publication: 'Publication',
  occupation: 'Occupation',
  reconstruction: 'Reconstruction',
  mediation: 'Mediation',
  handover: 'Handover',
  clash: 'Clash',
  'policy-change': 'Policy change',
} as const
/** The kinds of event: `war`, `ceasefire`, `election`, … */
export const EVENT_KINDS = /* @__PURE__ */ keys(EVENT_KIND_LABELS)

/** The roles an actor plays in an event, with English labels. */
export const PARTICIPANT_ROLE_LABELS = {
  belligerent: 'Belligerent',
  party: 'Party',
  signatory: 'Signatory',
  mediator: 'Mediator',
  peacekeeper: 'Peacekeeper',
  perpetrator: 'Perpetrator',
  target: 'Target',
  candidate: 'Candidate',
  winner: 'Winner',
  loser: 'Loser',
  organizer: 'Organizer',
  host: 'Host',
  subject: 'Subject',
  author: 'Author',
  publisher: 'Publisher',
  protester: 'Protester',
  prosecutor: 'Prosecutor',
} as const
/** The roles an actor plays in an event. */
export const PARTICIPANT_ROLES = /* @__PURE__ */ keys(PARTICIPANT_ROLE_LABELS)

/** Whether the source text supports a record fully (`source`) or it needs outside `context`. */
export const BASIS_LABELS = {
  source: 'From the source',
  context: 'Context (cited)',
} as const
/** `source` or `context`. */
export const BASES = /* @__PURE__ */ keys(BASIS_LABELS)

/** Claim kinds with English labels and what each means. */
export const CLAIM_KIND_LABELS = {
  fact: 'Fact',
  assessment: 'Assessment',
  forecast: 'Forecast',
  recommendation: 'Recommendation',
  position: 'Position',
  allegation: 'Allegation',
} as const
/**
 * The kinds of claim: `fact` (the author states it as fact), `assessment` (the author's judgement
 * of the present), `forecast` (a judgement of the future), `recommendation`, `position` (a party's
 * stated stance), `allegation` (a party's claim about another, or an accusation).
 */
export const CLAIM_KINDS = /* @__PURE__ */ keys(CLAIM_KIND_LABELS)

/**
 * The UK Professional Head of Intelligence Analysis (PHIA) probability yardstick: each band with
 * its label and probability range, in increasing order of likelihood.
 *
 * @example
 * ```ts
 * LIKELIHOOD_BANDS.likely // { label: 'Likely', min: 0.55, max: 0.75 }
 * ```
 */
export const LIKELIHOOD_BANDS = {
  remote: { label: 'Remote chance', min: 0, max: 0.05 },
  'highly-unlikely': { label: 'Highly unlikely', min: 0.1, max: 0.2 },
  unlikely: { label: 'Unlikely', min: 0.25, max: 0.35 },
  'realistic-possibility': { label: 'Realistic possibility', min: 0.4, max: 0.5 },
  likely: { label: 'Likely', min: 0.55, max: 0.75 },
  'highly-likely': { label: 'Highly likely', min: 0.8, max: 0.9 },
  'almost-certain': { label: 'Almost certain', min: 0.95, max: 1 },
} as const
/** The likelihood terms in increasing order: `remote` … `almost-certain`. */
export const LIKELIHOOD_TERMS = /* @__PURE__ */ Object.keys(LIKELIHOOD_BANDS) as [
  keyof typeof LIKELIHOOD_BANDS,
  ...(keyof typeof LIKELIHOOD_BANDS)[],
]

/** Relation predicates with English labels (read as "subject <label> object"). */
export const RELATION_PREDICATE_LABELS = {
  'ally-of': 'ally of',
  'enemy-of': 'enemy of',
  'member-of': 'member of',
  // A body of an organisation (the Minsk Group of the OSCE) is part of it, not a member of it.
  'part-of': 'part of',
  'mediator-of': 'mediator of',
  'security-guarantor-of': 'security guarantor of',
  'leader-of': 'leader of',
  'cultural-affinity-with': 'cultural affinity with',
  'close-relations-with': 'close relations with',
  'military-supporter-of': 'military supporter of',
  'influence-over': 'influence over',
} as const
/** The closed vocabulary of relation predicates between two actors. */
export const RELATION_PREDICATES = /* @__PURE__ */ keys(RELATION_PREDICATE_LABELS)

/** Predicates that hold both ways (`a ally-of b` means `b ally-of a`). */
export const SYMMETRIC_PREDICATES = [
  'ally-of',
  'enemy-of',
  'cultural-affinity-with',
  'close-relations-with',
] as const satisfies readonly (keyof typeof RELATION_PREDICATE_LABELS)[]

/** Place kinds with English labels. */
export const PLACE_KIND_LABELS = {
  country: 'Country',
  region: 'Region',
  city: 'City',
  town: 'Town',
  site: 'Site',
  border: 'Border',
  corridor: 'Corridor',
  area: 'Area',
} as const
/** The kinds of place. */
export const PLACE_KINDS = /* @__PURE__ */ keys(PLACE_KIND_LABELS)

/** How precise a place's geometry is, with English labels. */
export const PRECISION_LABELS = {
  exact: 'Exact',
  approximate: 'Approximate',
  centroid: 'Centroid',
} as const
/** `exact`, `approximate` or `centroid`. */
export const PRECISIONS = /* @__PURE__ */ keys(PRECISION_LABELS)

/** Source kinds with English labels. */
export const SOURCE_KIND_LABELS = {
  commentary: 'Commentary',
  statement: 'Statement',
  report: 'Report',
  article: 'Article',
  book: 'Book',
  webpage: 'Web page',
} as const
/** The kinds of source. */
export const SOURCE_KINDS = /* @__PURE__ */ keys(SOURCE_KIND_LABELS)

/** The parts of a source text, with English labels, so a reader can render each. */
export const SOURCE_PART_KIND_LABELS = {
  title: 'Title',
  'image-credit': 'Image credit',
  body: 'Body',
  disclaimer: 'Disclaimer',
  'call-for-contributions': 'Call for contributions',
  'author-note': 'Author note',
  related: 'Related content',
} as const
/** The kinds of source part. */
export const SOURCE_PART_KINDS = /* @__PURE__ */ keys(SOURCE_PART_KIND_LABELS)
