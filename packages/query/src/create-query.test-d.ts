import type { Actor, Claim, Dataset, Event, Place } from '@karabakh-aftermath/schema'
import { describe, expectTypeOf, it } from 'vitest'
import type { ArgumentChain } from './argument.js'
import { createQuery, type Query } from './create-query.js'
import { type Mention, mentions } from './mentions.js'
import type { Tie } from './relations.js'
import { type SearchHit, search } from './search.js'
import type { ClaimKind, EventKind, IdOf, QueryableDataset, RecordOf } from './types.js'

declare const mine: Dataset
const q = createQuery(mine)

describe('a dataset of your own', () => {
  it('takes string ids and returns the schema types', () => {
    expectTypeOf(q).toEqualTypeOf<Query<Dataset>>()
    expectTypeOf<IdOf<Dataset, 'actors'>>().toEqualTypeOf<string>()
    expectTypeOf(q.getActor).parameter(0).toEqualTypeOf<string>()
    expectTypeOf(q.getActor('anything')).toEqualTypeOf<Actor | undefined>()
    expectTypeOf(q.getActorOrThrow('anything')).toEqualTypeOf<Actor>()
    expectTypeOf(q.get('places', 'x')).toEqualTypeOf<Place | undefined>()
    expectTypeOf(q.timeline()).toEqualTypeOf<Event[]>()
    expectTypeOf(q.claims({ kinds: 'forecast' })).toEqualTypeOf<Claim[]>()
    expectTypeOf(q.relations('a')).toEqualTypeOf<Tie<Dataset>[]>()
    expectTypeOf(q.relations('a')[0]?.other).toEqualTypeOf<string | undefined>()
    expectTypeOf(mentions(q.dataset, 'places', 'a')).toEqualTypeOf<Mention<Dataset>[]>()
    expectTypeOf(q.argument('c')).toEqualTypeOf<ArgumentChain<Dataset>>()
    expectTypeOf(q.countByKind('events')).toEqualTypeOf<Record<EventKind, number>>()
    expectTypeOf(q.countByKind('claims')).toEqualTypeOf<Record<ClaimKind, number>>()
  })

  it('accepts readonly arrays', () => {
    type Frozen = {
      readonly [C in keyof Dataset]: readonly Dataset[C][number][]
    }
    expectTypeOf<Frozen>().toExtend<QueryableDataset>()
    expectTypeOf(createQuery({} as Frozen).timeline()).toEqualTypeOf<Event[]>()
  })

  it('refuses what is not a dataset, and vocabulary typos', () => {
    // @ts-expect-error: no claims
    createQuery({ sources: [], actors: [], places: [], topics: [], events: [] })
    // @ts-expect-error: not an event kind
    q.timeline({ kinds: ['battle'] })
    // @ts-expect-error: not a likelihood band
    q.claims({ minLikelihood: 'probable' })
    // @ts-expect-error: misspelt option
    q.timeline({ actor: 'a' })
    // @ts-expect-error: not a string
    search(q.dataset, 42)
    // @ts-expect-error: sources are not mentioned
    mentions(q.dataset, 'sources', 'x')
  })

  it('narrows search hits by collection', () => {
    const [hit] = search(q.dataset, 'agdam')
    expectTypeOf(hit).toEqualTypeOf<SearchHit<Dataset> | undefined>()
    if (hit?.collection === 'places') {
      expectTypeOf(hit.record).toEqualTypeOf<Place>()
      expectTypeOf(hit.field).toEqualTypeOf<'name' | 'names'>()
    }
    if (hit?.collection === 'claims') expectTypeOf(hit.field).toEqualTypeOf<'statement' | 'quote'>()
  })

  it('turns a string into an id with has()', () => {
    type Ids = { actors: readonly (Actor & { id: 'x' | 'y' })[] } & Omit<Dataset, 'actors'>
    const typed = createQuery({} as Ids)
    const slug: string = 'x'
    // @ts-expect-error: a plain string is not an id of this dataset
    typed.relations(slug)
    if (typed.has('actors', slug)) expectTypeOf(typed.relations(slug)).toEqualTypeOf<Tie<Ids>[]>()
    expectTypeOf<RecordOf<Ids, 'actors'>['id']>().toEqualTypeOf<'x' | 'y'>()
  })
})
