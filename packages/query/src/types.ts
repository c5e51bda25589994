/** The shapes the helpers accept and return: any dataset of the schema's shape, its records and their ids. */
import type * as schema from '@karabakh-aftermath/schema'

/**
 * Any dataset of the schema's shape: one array of records per collection. The arrays may be
 * `readonly`. Records may narrow their ids and references to unions of literals (the shipped data
 * does, with the schema's `…WithIds` types, so a misspelt id is a compile error and a record's
 * references go straight into the helpers); for a dataset of your own, ids are plain strings.
 *
 * @example
 * ```ts
 * import type { Dataset } from '@karabakh-aftermath/schema'
 * const mine: Dataset = JSON.parse(text)
 * const q = createQuery(mine) // Dataset satisfies QueryableDataset
 * ```
 */
export type QueryableDataset = {
  readonly sources: readonly schema.Source[]
  readonly actors: readonly schema.Actor[]
  readonly places: readonly schema.Place[]
  readonly topics: readonly schema.Topic[]
  readonly events: readonly schema.Event[]
  readonly claims: readonly schema.Claim[]
}

/** The name of a collection, as the schema defines it. */
export type CollectionName = schema.CollectionName

/**
 * The record type of one collection of a dataset, as the dataset types it.
 *
 * @example
 * ```ts
 * type ShippedClaim = RecordOf<typeof dataset, 'claims'> // Claim & { id: ClaimId }
 * ```
 */
export type RecordOf<D extends QueryableDataset, C extends CollectionName> = D[C][number]

/**
 * The id type of one collection of a dataset: a union of literals for the shipped data,
 * `string` for a dataset of your own.
 *
 * @example
 * ```ts
 * type ShippedActorId = IdOf<typeof dataset, 'actors'> // 'armenia' | 'azerbaijan' | …
 * type MyActorId = IdOf<Dataset, 'actors'>              // string
 * ```
 */
export type IdOf<D extends QueryableDataset, C extends CollectionName> = RecordOf<D, C>['id']

/**
 * One value or a list of values; a list means "any of these".
 *
 * @example
 * ```ts
 * const one: OneOrMany<string> = 'armenia'
 * const many: OneOrMany<string> = ['armenia', 'azerbaijan']
 * ```
 */
export type OneOrMany<T> = T | readonly T[]

/**
 * A kind of event: `war`, `ceasefire`, `election`, … (the schema's closed vocabulary).
 *
 * @example
 * ```ts
 * const kind: EventKind = 'ceasefire'
 * ```
 */
export type EventKind = schema.Event['kind']

/**
 * A kind of claim: `fact`, `assessment`, `forecast`, `recommendation`, `position`, `allegation`.
 *
 * @example
 * ```ts
 * const kind: ClaimKind = 'forecast'
 * ```
 */
export type ClaimKind = schema.Claim['kind']

/**
 * A band of the PHIA probability yardstick, from `remote` to `almost-certain`.
 *
 * @example
 * ```ts
 * const band: LikelihoodTerm = 'likely'
 * ```
 */
export type LikelihoodTerm = NonNullable<schema.Claim['likelihood']>['term']

/**
 * A relation predicate between two actors: `ally-of`, `enemy-of`, `mediator-of`, …
 *
 * @example
 * ```ts
 * const predicate: RelationPredicate = 'security-guarantor-of'
 * ```
 */
export type RelationPredicate = NonNullable<schema.Claim['relation']>['predicate']

/**
 * A span of a source text (a paragraph, the title, the image credit…) with its stable anchor.
 *
 * @example
 * ```ts
 * const part: SourcePart = { kind: 'body', anchor: 'body-3', start: 1020, end: 2107 }
 * ```
 */
export type SourcePart = schema.Source['parts'][number]

/**
 * An anchored quote (the schema's `Quote`): the exact words of a source and their UTF-16
 * offsets in its text, so `source.text.slice(start, end) === exact`.
 *
 * @example
 * ```ts
 * const q: Quote = { source: 'rusi-2021-aftermath', exact: 'Ağdam', start: 2736, end: 2741 }
 * ```
 */
export type Quote = schema.Quote
