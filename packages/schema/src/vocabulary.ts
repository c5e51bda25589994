/**
 * Closed vocabularies, each a plain tuple of values (what zod's `enum` and the query core read, so
 * a bundle that checks kinds pulls no labels), and beside it its English labels, made from the
 * values.
 */

/** The English labels of a vocabulary's values, by value. */
export type Labels<V extends readonly string[]> = { readonly [K in V[number]]: string }

/**
 * Labels that are the values in words (`armed-force` is `Armed force`), except those `others`
 * gives. Declared types are written out (`Labels<typeof X>`), not inferred: an inferred union is
 * printed in the order the compiler met its members, which made the built `.d.ts` vary by build.
 */
const labels = <V extends readonly string[]>(
  values: V,
  others: Partial<Labels<V>> = {},
  words = (v: string) => v.charAt(0).toUpperCase() + v.slice(1).replaceAll('-', ' '),
): Labels<V> =>
  Object.fromEntries(values.map((v) => [v, others[v as V[number]] ?? words(v)])) as Labels<V>

/** The collections of the dataset, in the order they are checked and listed. */
export const COLLECTIONS = ['sources', 'actors', 'places', 'topics', 'events', 'claims'] as const

/** The name of a collection: `sources`, `actors`, `places`, `topics`, `events` or `claims`. */
export type CollectionName = (typeof COLLECTIONS)[number]

/** The kinds of actor: `state`, `government`, `person`, … */
export const ACTOR_KINDS = [
  'state',
  'government',
  'person',
  'organization',
  'intergovernmental-organization',
  'armed-force',
  'political-party',
  'population-group',
  'collective',
] as const
/** Actor kinds with English labels. */
export const ACTOR_KIND_LABELS: Labels<typeof ACTOR_KINDS> = /* @__PURE__ */ labels(ACTOR_KINDS)

/** The kinds of event: `war`, `ceasefire`, `election`, … */
export const EVENT_KINDS = [
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
] as const
/** Event kinds with English labels. */
export const EVENT_KIND_LABELS: Labels<typeof EVENT_KINDS> = /* @__PURE__ */ labels(EVENT_KINDS, {
  'mine-laying': 'Mine-laying',
})

/** The roles an actor plays in an event. */
export const PARTICIPANT_ROLES = [
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
] as const
/** The roles an actor plays in an event, with English labels. */
export const PARTICIPANT_ROLE_LABELS: Labels<typeof PARTICIPANT_ROLES> =
  /* @__PURE__ */ labels(PARTICIPANT_ROLES)

/** `source` or `context`. */
export const BASES = ['source', 'context'] as const
/** Whether the source text supports a record fully (`source`) or it needs outside `context`. */
export const BASIS_LABELS: Labels<typeof BASES> = /* @__PURE__ */ labels(BASES, {
  source: 'From the source',
  context: 'Context (cited)',
})

/**
 * The kinds of claim: `fact` (the author states it as fact), `assessment` (the author's judgement
 * of the present), `forecast` (a judgement of the future), `recommendation`, `position` (a party's
 * stated stance), `allegation` (a party's claim about another, or an accusation).
 */
export const CLAIM_KINDS = [
  'fact',
  'assessment',
  'forecast',
  'recommendation',
  'position',
  'allegation',
] as const
/** Claim kinds with English labels and what each means. */
export const CLAIM_KIND_LABELS: Labels<typeof CLAIM_KINDS> = /* @__PURE__ */ labels(CLAIM_KINDS)

/** The likelihood terms in increasing order: `remote` … `almost-certain`. */
export const LIKELIHOOD_TERMS = [
  'remote',
  'highly-unlikely',
  'unlikely',
  'realistic-possibility',
  'likely',
  'highly-likely',
  'almost-certain',
] as const
type Band = { label: string; min: number; max: number }

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
} as const satisfies Record<(typeof LIKELIHOOD_TERMS)[number], Band>

/** The closed vocabulary of relation predicates between two actors. */
export const RELATION_PREDICATES = [
  'ally-of',
  'enemy-of',
  'member-of',
  // A body of an organisation (the Minsk Group of the OSCE) is part of it, not a member of it.
  'part-of',
  'mediator-of',
  'security-guarantor-of',
  'leader-of',
  'cultural-affinity-with',
  'close-relations-with',
  'military-supporter-of',
  'influence-over',
] as const
/** Relation predicates with English labels (read as "subject <label> object"). */
export const RELATION_PREDICATE_LABELS: Labels<typeof RELATION_PREDICATES> = /* @__PURE__ */ labels(
  RELATION_PREDICATES,
  {},
  (v) => v.replaceAll('-', ' '),
)

/** Predicates that hold both ways (`a ally-of b` means `b ally-of a`). */
export const SYMMETRIC_PREDICATES = [
  'ally-of',
  'enemy-of',
  'cultural-affinity-with',
  'close-relations-with',
] as const satisfies readonly (typeof RELATION_PREDICATES)[number][]

/** The kinds of place. */
export const PLACE_KINDS = [
  'country',
  'region',
  'city',
  'town',
  'site',
  'border',
  'corridor',
  'area',
] as const
/** Place kinds with English labels. */
export const PLACE_KIND_LABELS: Labels<typeof PLACE_KINDS> = /* @__PURE__ */ labels(PLACE_KINDS)

/** `exact`, `approximate` or `centroid`. */
export const PRECISIONS = ['exact', 'approximate', 'centroid'] as const
/** How precise a place's geometry is, with English labels. */
export const PRECISION_LABELS: Labels<typeof PRECISIONS> = /* @__PURE__ */ labels(PRECISIONS)

/** The kinds of source. */
export const SOURCE_KINDS = [
  'commentary',
  'statement',
  'report',
  'article',
  'book',
  'webpage',
] as const
/** Source kinds with English labels. */
export const SOURCE_KIND_LABELS: Labels<typeof SOURCE_KINDS> = /* @__PURE__ */ labels(
  SOURCE_KINDS,
  { webpage: 'Web page' },
)

/** The kinds of source part. */
export const SOURCE_PART_KINDS = [
  'title',
  'image-credit',
  'body',
  'disclaimer',
  'call-for-contributions',
  'author-note',
  'related',
] as const
/** The parts of a source text, with English labels, so a reader can render each. */
export const SOURCE_PART_KIND_LABELS: Labels<typeof SOURCE_PART_KINDS> = /* @__PURE__ */ labels(
  SOURCE_PART_KINDS,
  { related: 'Related content' },
)
