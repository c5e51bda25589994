/**
 * `createQuery(dataset)`: every helper bound to one dataset. Indexes are built lazily, each on
 * the first call that needs it, and cached per dataset object (so two queries over the same
 * object share them). Treat a dataset as immutable once queried: build a new object to change it.
 *
 * @module
 */
import { type ArgumentChain, type ArgumentOptions, queryArgument } from './argument.js'
import { type ClaimsOptions, prepareClaims, queryClaims } from './claims.js'
import { type KindCounts, queryCountByKind } from './counts.js'
import { InvalidArgumentError } from './errors.js'
import {
  type FeatureCollectionOptions,
  featureCollection,
  type PlaceFeatureCollection,
  type PlaceGeometry,
} from './geojson.js'
import { checkIdType, idTable, recordsOf, requireIndex } from './lookup.js'
import {
  type Mention,
  type MentionCollection,
  type MentionsOptions,
  mentionIndex,
  queryMentions,
} from './mentions.js'
import { queryRelations, type RelationsOptions, relationIndex, type Tie } from './relations.js'
import { querySearch, type SearchHit, type SearchOptions, searchIndex } from './search.js'
import { prepareTimeline, queryTimeline, type TimelineOptions } from './timeline.js'
import type { CollectionName, IdOf, QueryableDataset, RecordOf } from './types.js'
import { COLLECTIONS } from './vocabulary.js'

/**
 * A part of the index that {@link Query.prepare} can build ahead of the first query.
 *
 * @example
 * ```ts
 * q.prepare('lookup', 'timeline')
 * ```
 */
export type IndexPart = 'lookup' | 'timeline' | 'claims' | 'relations' | 'mentions' | 'search'

/**
 * The `mentions` helper: by collection and id, or by id alone when only one collection has it.
 *
 * @example
 * ```ts
 * const mentions: MentionsHelper<typeof dataset> = q.mentions
 * mentions('places', 'agdam')
 * ```
 */
export type MentionsHelper<D extends QueryableDataset> = {
  /** The quotes that mention the record `id` of `collection`. */
  <C extends MentionCollection>(
    collection: C,
    id: IdOf<D, C>,
    options?: MentionsOptions,
  ): Mention<D>[]
  /** The quotes that mention the record `id`; refused when several collections have that id. */
  (id: IdOf<D, MentionCollection>, options?: MentionsOptions): Mention<D>[]
}

/**
 * The `countByKind` helper: events or claims per kind, over everything or a filtered selection.
 *
 * @example
 * ```ts
 * const count: CountByKindHelper<typeof dataset> = q.countByKind
 * count('events', { range: '2020' }).war
 * ```
 */
export type CountByKindHelper<D extends QueryableDataset> = {
  /** Events per kind, over all events or those `timeline(options)` returns. */
  (collection: 'events', options?: TimelineOptions<D>): KindCounts['events']
  /** Claims per kind, over all claims or those `claims(options)` returns. */
  (collection: 'claims', options?: ClaimsOptions<D>): KindCounts['claims']
}

/**
 * The `toFeatureCollection` helper of a query: places given as records or ids.
 *
 * @example
 * ```ts
 * const toGeoJson: FeatureCollectionHelper<typeof dataset> = q.toFeatureCollection
 * toGeoJson(['baku', 'agdam'])
 * ```
 */
export type FeatureCollectionHelper<D extends QueryableDataset> = {
  /** The places (records or ids) as a FeatureCollection, leaving out those without geometry. */
  (
    places: readonly (RecordOf<D, 'places'> | IdOf<D, 'places'>)[],
    options?: { readonly includeUnlocated?: false | undefined },
  ): PlaceFeatureCollection<RecordOf<D, 'places'>>
  /** The places as a FeatureCollection, places without geometry having a `null` geometry. */
  (
    places: readonly (RecordOf<D, 'places'> | IdOf<D, 'places'>)[],
    options: FeatureCollectionOptions,
  ): PlaceFeatureCollection<RecordOf<D, 'places'>, PlaceGeometry | null>
}

/**
 * Every helper, bound to one dataset. Helpers are plain functions (destructure them freely).
 * Ids are typed by the dataset: the shipped data's literal unions make a misspelt id a compile
 * error; a dataset of your own takes strings. Bad arguments throw an {@link InvalidArgumentError},
 * unknown ids a {@link NotFoundError} (except `get…`, which returns `undefined`).
 *
 * @example
 * ```ts
 * const q = createQuery(dataset)
 * const { timeline, claims } = q
 * timeline({ range: '2020', actors: 'armenia' })
 * ```
 */
export type Query<D extends QueryableDataset> = {
  /** The dataset the helpers answer from. */
  readonly dataset: D

  /**
   * The actor with this id, or `undefined` when there is none.
   *
   * @example
   * ```ts
   * q.getActor('nikol-pashinyan')?.name // 'Nikol Pashinyan'
   * ```
   */
  readonly getActor: (id: IdOf<D, 'actors'>) => RecordOf<D, 'actors'> | undefined
  /**
   * The actor with this id; a {@link NotFoundError} (with suggestions) when there is none.
   *
   * @example
   * ```ts
   * q.getActorOrThrow('russia').kind // 'state'
   * ```
   */
  readonly getActorOrThrow: (id: IdOf<D, 'actors'>) => RecordOf<D, 'actors'>
  /**
   * The event with this id, or `undefined`.
   *
   * @example
   * ```ts
   * q.getEvent('war-2020')?.bounds // { earliest: '2020-09-27', latest: '2020-11-10' }
   * ```
   */
  readonly getEvent: (id: IdOf<D, 'events'>) => RecordOf<D, 'events'> | undefined
  /**
   * The event with this id; a {@link NotFoundError} when there is none.
   *
   * @example
   * ```ts
   * q.getEventOrThrow('war-2020').kind // 'war'
   * ```
   */
  readonly getEventOrThrow: (id: IdOf<D, 'events'>) => RecordOf<D, 'events'>
  /**
   * The claim with this id, or `undefined`.
   *
   * @example
   * ```ts
   * q.getClaim('border-likely-unstable')?.likelihood // { term: 'likely', cue: 'likely to' }
   * ```
   */
  readonly getClaim: (id: IdOf<D, 'claims'>) => RecordOf<D, 'claims'> | undefined
  /**
   * The claim with this id; a {@link NotFoundError} when there is none.
   *
   * @example
   * ```ts
   * q.getClaimOrThrow('armenians-laid-mines').quote.exact
   * ```
   */
  readonly getClaimOrThrow: (id: IdOf<D, 'claims'>) => RecordOf<D, 'claims'>
  /**
   * The place with this id, or `undefined`.
   *
   * @example
   * ```ts
   * q.getPlace('agdam')?.name // 'Ağdam'
   * ```
   */
  readonly getPlace: (id: IdOf<D, 'places'>) => RecordOf<D, 'places'> | undefined
  /**
   * The place with this id; a {@link NotFoundError} when there is none.
   *
   * @example
   * ```ts
   * q.getPlaceOrThrow('baku').geometry
   * ```
   */
  readonly getPlaceOrThrow: (id: IdOf<D, 'places'>) => RecordOf<D, 'places'>
  /**
   * The topic with this id, or `undefined`.
   *
   * @example
   * ```ts
   * q.getTopic('landmines')?.name // 'Landmines'
   * ```
   */
  readonly getTopic: (id: IdOf<D, 'topics'>) => RecordOf<D, 'topics'> | undefined
  /**
   * The topic with this id; a {@link NotFoundError} when there is none.
   *
   * @example
   * ```ts
   * q.getTopicOrThrow('landmines').description
   * ```
   */
  readonly getTopicOrThrow: (id: IdOf<D, 'topics'>) => RecordOf<D, 'topics'>
  /**
   * The source with this id, or `undefined`.
   *
   * @example
   * ```ts
   * q.getSource('rusi-2021-aftermath')?.title
   * ```
   */
  readonly getSource: (id: IdOf<D, 'sources'>) => RecordOf<D, 'sources'> | undefined
  /**
   * The source with this id; a {@link NotFoundError} when there is none.
   *
   * @example
   * ```ts
   * q.getSourceOrThrow('rusi-2021-aftermath').parts
   * ```
   */
  readonly getSourceOrThrow: (id: IdOf<D, 'sources'>) => RecordOf<D, 'sources'>
  /**
   * The record of any collection with this id, or `undefined`.
   *
   * @example
   * ```ts
   * q.get('places', 'shusha')?.names
   * ```
   */
  readonly get: <C extends CollectionName>(
    collection: C,
    id: IdOf<D, C>,
  ) => RecordOf<D, C> | undefined
  /**
   * The record of any collection with this id; a {@link NotFoundError} when there is none.
   *
   * @example
   * ```ts
   * q.getOrThrow('actors', 'turkey').name
   * ```
   */
  readonly getOrThrow: <C extends CollectionName>(collection: C, id: IdOf<D, C>) => RecordOf<D, C>
  /**
   * Whether a string is the id of a record of the collection: a type guard that turns a string
   * (from a URL, a form) into the dataset's id type.
   *
   * @example
   * ```ts
   * const slug = new URL(location.href).searchParams.get('actor') ?? ''
   * if (q.has('actors', slug)) q.relations(slug) // slug is an actor id here
   * ```
   */
  readonly has: <C extends CollectionName>(collection: C, id: string) => id is IdOf<D, C> & string

  /**
   * The events that overlap a range (EDTF semantics: an event known only to "2018" overlaps
   * June 2018; an open-ended one overlaps every later range), filtered by actors, places, kinds
   * and topics, sorted by earliest day (unknown starts first) then id. See {@link TimelineOptions}.
   *
   * @example
   * ```ts
   * q.timeline({ range: { from: '2020-09', to: '2020-11' }, actors: 'armenia' })
   * q.timeline({ range: '2021', kinds: ['election', 'protest'] }).map((e) => e.title)
   * ```
   */
  readonly timeline: (options?: TimelineOptions<D>) => RecordOf<D, 'events'>[]
  /**
   * The claims that pass every filter, in dataset order (the order of the source). See
   * {@link ClaimsOptions}.
   *
   * @example
   * ```ts
   * q.claims({ kinds: 'forecast', minLikelihood: 'likely' })          // what the author thinks likely
   * q.claims({ claimant: ['armenia', 'azerbaijan'], disputed: true }) // what they dispute
   * ```
   */
  readonly claims: (options?: ClaimsOptions<D>) => RecordOf<D, 'claims'>[]
  /**
   * How many events or claims of each kind, every kind present (zeros included).
   *
   * @example
   * ```ts
   * q.countByKind('claims').forecast
   * q.countByKind('events', { range: '2020' })
   * ```
   */
  readonly countByKind: CountByKindHelper<D>
  /**
   * The ties between an actor and others that the claims state, both directions, each with
   * the claims that state it, in the order of the first such claim.
   *
   * @example
   * ```ts
   * q.relations('russia').map((t) => `${t.subject} ${t.predicate} ${t.object}`)
   * // ['russia influence-over armenia', 'russia ally-of armenia', 'russia close-relations-with armenia', …]
   * ```
   */
  readonly relations: (actor: IdOf<D, 'actors'>, options?: RelationsOptions) => Tie<D>[]
  /**
   * Every quote that mentions a record, with its paragraph and highlight offsets, in source
   * order. Pass the collection when an id names records in several (`armenia` is an actor and
   * a place).
   *
   * @example
   * ```ts
   * for (const m of q.mentions('places', 'agdam')) render(m.text, m.highlight, m.part?.anchor)
   * ```
   */
  readonly mentions: MentionsHelper<D>
  /**
   * The chain of `supports` links from a claim up to the thesis and down to the evidence.
   *
   * @example
   * ```ts
   * const chain = q.argument('border-likely-unstable')
   * chain.theses.map((c) => c.statement)
   * ```
   */
  readonly argument: (claimId: IdOf<D, 'claims'>, options?: ArgumentOptions) => ArgumentChain<D>
  /**
   * Full-text search over names (all languages), aliases, titles, statements and quotes;
   * case- and diacritic-insensitive (`agdam` finds Ağdam), ranked, one hit per record.
   *
   * @example
   * ```ts
   * const [best] = q.search('agdam') // { collection: 'places', id: 'agdam', field: 'name', … }
   * ```
   */
  readonly search: (text: string, options?: SearchOptions) => SearchHit<D>[]
  /**
   * Places, as records or ids, as a GeoJSON FeatureCollection.
   *
   * @example
   * ```ts
   * q.toFeatureCollection(['baku', 'agdam'])
   * // the places of the events of 2020 (with the shipped data, `e.places` are place ids):
   * q.toFeatureCollection(q.timeline({ range: '2020' }).flatMap((e) => e.places))
   * ```
   */
  readonly toFeatureCollection: FeatureCollectionHelper<D>
  /**
   * Builds parts of the index now rather than on first use (all of them when none is named),
   * for predictable latency on a server or to time the build.
   *
   * @example
   * ```ts
   * const q = createQuery(bigDataset)
   * q.prepare() // every index, now
   * ```
   */
  readonly prepare: (...parts: IndexPart[]) => void
}

const PARTS: readonly IndexPart[] = [
  'lookup',
  'timeline',
  'claims',
  'relations',
  'mentions',
  'search',
]

/**
 * Binds every helper to a dataset: the shipped one (see `@karabakh-aftermath/query/shipped`)
 * or any dataset of the schema's shape, such as one that `validateDataset` accepted. Nothing
 * is indexed until a helper needs it; each index is then built once and reused.
 *
 * @example
 * ```ts
 * import { createQuery } from '@karabakh-aftermath/query'
 * import { validateDataset } from '@karabakh-aftermath/schema'
 *
 * const result = validateDataset(JSON.parse(await readFile('my-events.json', 'utf8')))
 * if (!result.ok) throw new Error('invalid dataset')
 * const q = createQuery(result.dataset)
 * q.timeline({ range: '2022', kinds: 'clash' })
 * ```
 */
export function createQuery<D extends QueryableDataset>(dataset: D): Query<D> {
  if (!dataset || typeof dataset !== 'object')
    throw new InvalidArgumentError(
      'createQuery',
      'dataset',
      `an object with the arrays ${COLLECTIONS.join(', ')}`,
      dataset,
    )
  for (const c of COLLECTIONS) recordsOf(dataset, c)

  const get = <C extends CollectionName>(helper: string, collection: C, id: unknown) => {
    checkIdType(helper, 'id', id)
    const i = idTable(dataset, collection).get(id)
    return i < 0 ? undefined : (dataset[collection][i] as RecordOf<D, C>)
  }
  const getOrThrow = <C extends CollectionName>(helper: string, collection: C, id: unknown) =>
    dataset[collection][requireIndex(helper, 'id', dataset, collection, id)] as RecordOf<D, C>
  const checkCollection = (helper: string, collection: unknown): CollectionName => {
    if ((COLLECTIONS as readonly unknown[]).includes(collection))
      return collection as CollectionName
    throw new InvalidArgumentError(
      helper,
      'collection',
      `one of: ${COLLECTIONS.join(', ')}`,
      collection,
    )
  }

  const toFeatureCollection = ((places: unknown, options?: FeatureCollectionOptions) => {
    const helper = 'toFeatureCollection'
    if (!Array.isArray(places))
      throw new InvalidArgumentError(helper, 'places', 'an array of places or place ids', places)
    const records = places.map((p: unknown, i) =>
      typeof p === 'string'
        ? dataset.places[requireIndex(helper, `places[${i}]`, dataset, 'places', p)]
        : p,
    )
    return featureCollection(helper, records, options)
  }) as FeatureCollectionHelper<D>

  return {
    dataset,
    getActor: (id) => get('getActor', 'actors', id),
    getActorOrThrow: (id) => getOrThrow('getActorOrThrow', 'actors', id),
    getEvent: (id) => get('getEvent', 'events', id),
    getEventOrThrow: (id) => getOrThrow('getEventOrThrow', 'events', id),
    getClaim: (id) => get('getClaim', 'claims', id),
    getClaimOrThrow: (id) => getOrThrow('getClaimOrThrow', 'claims', id),
    getPlace: (id) => get('getPlace', 'places', id),
    getPlaceOrThrow: (id) => getOrThrow('getPlaceOrThrow', 'places', id),
    getTopic: (id) => get('getTopic', 'topics', id),
    getTopicOrThrow: (id) => getOrThrow('getTopicOrThrow', 'topics', id),
    getSource: (id) => get('getSource', 'sources', id),
    getSourceOrThrow: (id) => getOrThrow('getSourceOrThrow', 'sources', id),
    get: (collection, id) => get('get', checkCollection('get', collection), id) as never,
    getOrThrow: (collection, id) =>
      getOrThrow('getOrThrow', checkCollection('getOrThrow', collection), id) as never,
    has: <C extends CollectionName>(collection: C, id: string): id is IdOf<D, C> & string =>
      typeof id === 'string' && idTable(dataset, checkCollection('has', collection)).has(id),
    timeline: (options) => queryTimeline('timeline', dataset, options),
    claims: (options) => queryClaims('claims', dataset, options),
    countByKind: ((collection: unknown, options?: unknown) =>
      queryCountByKind('countByKind', dataset, collection, options)) as CountByKindHelper<D>,
    relations: (actor, options) => queryRelations('relations', dataset, actor, options),
    mentions: ((first: unknown, second?: unknown, third?: unknown) =>
      queryMentions('mentions', dataset, first, second, third)) as MentionsHelper<D>,
    argument: (claimId, options) => queryArgument('argument', dataset, claimId, options),
    search: (text, options) => querySearch('search', dataset, text, options),
    toFeatureCollection,
    prepare: (...parts) => {
      for (const part of parts.length ? parts : PARTS) {
        if (part === 'lookup') for (const c of COLLECTIONS) idTable(dataset, c)
        else if (part === 'timeline') prepareTimeline(dataset)
        else if (part === 'claims') prepareClaims(dataset)
        else if (part === 'relations') relationIndex(dataset)
        else if (part === 'mentions') {
          mentionIndex(dataset)
          prepareClaims(dataset)
        } else if (part === 'search') searchIndex(dataset)
        else throw new InvalidArgumentError('prepare', 'parts', `any of: ${PARTS.join(', ')}`, part)
      }
    },
  }
}
