/**
 * `createQuery(dataset)`: every helper of this entry bound to one dataset. What the helpers derive
 * (the maps by id, the events in order, the disputes) is built on first use and cached per array,
 * so two queries over the same data share it. Treat a dataset as immutable once queried: build
 * new arrays to change it.
 *
 * @module
 */

import { COLLECTIONS } from '@karabakh-aftermath/schema/vocabulary'
import { type Ctx, idString, oneOf } from './args.js'
import { type ArgumentChain, type ArgumentOptions, queryArgument } from './argument.js'
import { type ClaimsOptions, queryClaims } from './claims.js'
import { type KindCounts, queryCountByKind } from './counts.js'
import { byId, checkDataset, recordsOf, requireRecord } from './lookup.js'
import { queryRelations, type RelationsOptions, type Tie } from './relations.js'
import { queryTimeline, type TimelineOptions } from './timeline.js'
import type { CollectionName, IdOf, QueryableDataset, RecordOf } from './types.js'

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

/** What a lookup is named after: `actors` → `Actor` (`getActor`). */
type Singular<C extends string> = Capitalize<C extends `${infer S}s` ? S : C>

/**
 * The lookups by id of each collection: `getActor(id)` (and `getEvent`, `getClaim`, `getPlace`,
 * `getTopic`, `getSource`) returns the record with this id or `undefined`; its twin
 * `getActorOrThrow(id)` throws a {@link NotFoundError} (with suggestions) instead.
 *
 * @example
 * ```ts
 * q.getActor('nikol-pashinyan')?.name     // 'Nikol Pashinyan'
 * q.getEventOrThrow('war-2020').kind       // 'war'
 * q.getClaim('border-likely-unstable')?.likelihood // { term: 'likely', cue: 'likely to' }
 * q.getPlace('agdam')?.name               // 'Ağdam'
 * q.getSourceOrThrow('rusi-2021-aftermath').parts
 * ```
 */
export type Lookups<D extends QueryableDataset> = {
  readonly [C in CollectionName as `get${Singular<C>}`]: (
    id: IdOf<D, C>,
  ) => RecordOf<D, C> | undefined
} & {
  readonly [C in CollectionName as `get${Singular<C>}OrThrow`]: (id: IdOf<D, C>) => RecordOf<D, C>
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
export type Query<D extends QueryableDataset> = Lookups<D> & {
  /** The dataset the helpers answer from. */
  readonly dataset: D

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
   * The chain of `supports` links from a claim up to the thesis and down to the evidence.
   *
   * @example
   * ```ts
   * const chain = q.argument('border-likely-unstable')
   * chain.theses.map((c) => c.statement)
   * ```
   */
  readonly argument: (claimId: IdOf<D, 'claims'>, options?: ArgumentOptions) => ArgumentChain<D>
}

/**
 * Binds every helper to a dataset: the shipped one (see `@karabakh-aftermath/query/shipped`)
 * or any dataset of the schema's shape, such as one that `validateDataset` accepted.
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
  checkDataset('createQuery', dataset)
  const get = (helper: string, collection: unknown, id: unknown, orThrow?: boolean) => {
    const ctx = { helper, dataset }
    const c = oneOf(COLLECTIONS)(collection, 'collection', ctx)
    return orThrow
      ? requireRecord(ctx, 'id', c, id)
      : byId(recordsOf(dataset, c)).get(idString(id, 'id', ctx))
  }
  // Each helper as `(…args) => run(context, …args)`, the context naming it in its errors.
  const helpers: Record<string, (ctx: Ctx, ...args: never[]) => unknown> = {
    get: (ctx, collection, id) => get(ctx.helper, collection, id),
    getOrThrow: (ctx, collection, id) => get(ctx.helper, collection, id, true),
    has: (ctx, collection, id) => typeof id === 'string' && !!get(ctx.helper, collection, id),
    timeline: queryTimeline,
    claims: queryClaims,
    countByKind: queryCountByKind,
    relations: queryRelations,
    argument: queryArgument,
  }
  // getActor, getActorOrThrow, getEvent…: one pair per collection.
  for (const c of COLLECTIONS) {
    const name = `get${c[0]?.toUpperCase()}${c.slice(1, -1)}`
    helpers[name] = (ctx, id) => get(ctx.helper, c, id)
    helpers[`${name}OrThrow`] = (ctx, id) => get(ctx.helper, c, id, true)
  }
  const query: Record<string, unknown> = { dataset }
  for (const [helper, run] of Object.entries(helpers))
    query[helper] = (...args: never[]) => run({ helper, dataset }, ...args)
  return query as Query<D>
}
