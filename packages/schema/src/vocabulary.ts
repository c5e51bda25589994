/**
 * Closed vocabularies, each a plain tuple of values (what zod's `enum` and the query core read, so
 * a bundle that checks kinds pulls no labels), and beside it its English labels, whose keys are
 * checked against the values by `satisfies`.
 */

/** The values as a non-empty tuple of their literal types (what zod's `enum` wants). */
const values = <T extends string>(...list: [T, ...T[]]): [T, ...T[]] => list

/** The collections of the dataset, in the order they are checked and listed. */
export const COLLECTIONS = ['sources', 'actors', 'places', 'topics', 'events', 'claims'] as const

/** The name of a collection: `sources`, `actors`, `places`, `topics`, `events` or `claims`. */
export type CollectionName = (typeof COLLECTIONS)[number]

/** The kinds of actor: `state`, `government`, `person`, … */
export const ACTOR_KINDS = /* @__PURE__ */ values(
  'state',
  'government',
  'person',
  'organization',
  'intergovernmental-organization',
  'armed-force',
  'political-party',
  'population-group',
  'collective',
)
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
} as const satisfies Record<(typeof ACTOR_KINDS)[number], string>

/** The kinds of event: `war`, `ceasefire`, `election`, … */
export const EVENT_KINDS = /* @__PURE__ */ values(
  'war',
  'ceasefire',
  'election',
  'protest',
  'deployment',
  'displacement',
  'destruction',
  'mine-laying',
  'bombardment',
  'prisoner-release',
  'negotiation',
  'prosecution',
  'exhibition',
  'founding',
  'publication',
  'occupation',
  'reconstruction',
  'mediation',
  'handover',
  'clash',
  'policy-change',
)
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
} as const satisfies Record<(typeof EVENT_KINDS)[number], string>

/** The roles an actor plays in an event. */
export const PARTICIPANT_ROLES = /* @__PURE__ */ values(
  'belligerent',
  'party',
  'signatory',
  'mediator',
  'peacekeeper',
  'perpetrator',
  'target',
  'candidate',
  'winner',
  'loser',
  'organizer',
  'host',
  'subject',
  'author',
  'publisher',
  'protester',
  'prosecutor',
)
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
} as const satisfies Record<(typeof PARTICIPANT_ROLES)[number], string>

/** `source` or `context`. */
export const BASES = /* @__PURE__ */ values('source', 'context')
/** Whether the source text supports a record fully (`source`) or it needs outside `context`. */
export const BASIS_LABELS = {
  source: 'From the source',
  context: 'Context (cited)',
} as const satisfies Record<(typeof BASES)[number], string>

/**
 * The kinds of claim: `fact` (the author states it as fact), `assessment` (the author's judgement
 * of the present), `forecast` (a judgement of the future), `recommendation`, `position` (a party's
 * stated stance), `allegation` (a party's claim about another, or an accusation).
 */
export const CLAIM_KINDS = /* @__PURE__ */ values(
  'fact',
  'assessment',
  'forecast',
  'recommendation',
  'position',
  'allegation',
)
/** Claim kinds with English labels and what each means. */
export const CLAIM_KIND_LABELS = {
  fact: 'Fact',
  assessment: 'Assessment',
  forecast: 'Forecast',
  recommendation: 'Recommendation',
  position: 'Position',
  allegation: 'Allegation',
} as const satisfies Record<(typeof CLAIM_KINDS)[number], string>

/** The likelihood terms in increasing order: `remote` … `almost-certain`. */
export const LIKELIHOOD_TERMS = /* @__PURE__ */ values(
  'remote',
  'highly-unlikely',
  'unlikely',
  'realistic-possibility',
  'likely',
  'highly-likely',
  'almost-certain',
)
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
} as const satisfies Record<
  (typeof LIKELIHOOD_TERMS)[number],
  { label: string; min: number; max: number }
>

/** The closed vocabulary of relation predicates between two actors. */
export const RELATION_PREDICATES = /* @__PURE__ */ values(
  'ally-of',
  'enemy-of',
  'member-of',
  'part-of',
  'mediator-of',
  'security-guarantor-of',
  'leader-of',
  'cultural-affinity-with',
  'close-relations-with',
  'military-supporter-of',
  'influence-over',
)
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
} as const satisfies Record<(typeof RELATION_PREDICATES)[number], string>

/** Predicates that hold both ways (`a ally-of b` means `b ally-of a`). */
export const SYMMETRIC_PREDICATES = [
  'ally-of',
  'enemy-of',
  'cultural-affinity-with',
  'close-relations-with',
] as const satisfies readonly (typeof RELATION_PREDICATES)[number][]

/** The kinds of place. */
export const PLACE_KINDS = /* @__PURE__ */ values(
  'country',
  'region',
  'city',
  'town',
  'site',
  'border',
  'corridor',
  'area',
)
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
} as const satisfies Record<(typeof PLACE_KINDS)[number], string>

/** `exact`, `approximate` or `centroid`. */
export const PRECISIONS = /* @__PURE__ */ values('exact', 'approximate', 'centroid')
/** How precise a place's geometry is, with English labels. */
export const PRECISION_LABELS = {
  exact: 'Exact',
  approximate: 'Approximate',
  centroid: 'Centroid',
} as const satisfies Record<(typeof PRECISIONS)[number], string>

/** The kinds of source. */
export const SOURCE_KINDS = /* @__PURE__ */ values(
  'commentary',
  'statement',
  'report',
  'article',
  'book',
  'webpage',
)
/** Source kinds with English labels. */
export const SOURCE_KIND_LABELS = {
  commentary: 'Commentary',
  statement: 'Statement',
  report: 'Report',
  article: 'Article',
  book: 'Book',
  webpage: 'Web page',
} as const satisfies Record<(typeof SOURCE_KINDS)[number], string>

/** The kinds of source part. */
export const SOURCE_PART_KINDS = /* @__PURE__ */ values(
  'title',
  'image-credit',
  'body',
  'disclaimer',
  'call-for-contributions',
  'author-note',
  'related',
)
/** The parts of a source text, with English labels, so a reader can render each. */
export const SOURCE_PART_KIND_LABELS = {
  title: 'Title',
  'image-credit': 'Image credit',
  body: 'Body',
  disclaimer: 'Disclaimer',
  'call-for-contributions': 'Call for contributions',
  'author-note': 'Author note',
  related: 'Related content',
} as const satisfies Record<(typeof SOURCE_PART_KINDS)[number], string>
