/** fast-check arbitraries: small random datasets of the schema's shape, and queries over them. */
import { type Dataset, textSha256 } from '@karabakh-aftermath/schema'
import {
  CLAIM_KINDS,
  EVENT_KINDS,
  LIKELIHOOD_TERMS,
  RELATION_PREDICATES,
} from '@karabakh-aftermath/schema/vocabulary'
import fc from 'fast-check'

/** Words with the letters search must fold: Azerbaijani, Turkish, Armenian romanisations, Cyrillic. */
export const WORDS = [
  'Ağdam',
  'Aghdam',
  'Agdam',
  'Şuşa',
  'Shusha',
  'Xankəndi',
  'Khankendi',
  'Bakı',
  'Baku',
  'İstanbul',
  'Gəncə',
  'Ganja',
  'Stepanakert',
  'Степанакерт',
  'Москва',
  'peace',
  'peacekeeping',
  'war',
  'warfare',
  'mines',
  'mine',
  'border',
  'Armenia',
  'Armenian',
  'Azerbaijan',
  'Azərbaycan',
  'Russia',
  'likely',
  'the',
  'of',
  'Nagorno-Karabakh',
  'Karabakh',
  'Straße',
  'Øresund',
  'Łódź',
  '2020',
  'ceasefire',
] as const

const word = fc.constantFrom(...WORDS)
const phrase = (min: number, max: number) =>
  fc
    .array(fc.tuple(word, fc.constantFrom(' ', ' ', ', ', '’s ', '-', '. ')), {
      minLength: min,
      maxLength: max,
    })
    .map((parts) => parts.map(([w, sep], i) => (i === parts.length - 1 ? w : w + sep)).join(''))

const BASE = Date.UTC(2015, 0, 1)
const iso = (offset: number) => new Date(BASE + offset * 86_400_000).toISOString().slice(0, 10)

/** Event bounds: days, months, years, long spans, open and unknown ends. */
export const boundsArb = fc.oneof(
  fc.integer({ min: 0, max: 3000 }).map((d) => ({ earliest: iso(d), latest: iso(d) })),
  fc
    .tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 400 }))
    .map(([d, span]) => ({ earliest: iso(d), latest: iso(d + span) })),
  fc
    .tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 5000 }))
    .map(([d, span]) => ({ earliest: iso(d), latest: iso(d + span) })),
  fc
    .integer({ min: 2014, max: 2023 })
    .map((y) => ({ earliest: `${y}-01-01`, latest: `${y}-12-31` })),
  fc.integer({ min: 0, max: 3000 }).map((d) => ({ earliest: iso(d), latest: null })),
  fc.integer({ min: 0, max: 3000 }).map((d) => ({ earliest: null, latest: iso(d) })),
  fc.constant({ earliest: null, latest: null }),
)

/** A range argument in any of the accepted forms. */
export const rangeArb = fc.oneof(
  fc.integer({ min: 2013, max: 2024 }).map(String),
  fc
    .tuple(fc.integer({ min: 2014, max: 2023 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.integer({ min: -10, max: 3100 }).map(iso),
  fc
    .tuple(fc.integer({ min: -10, max: 3100 }), fc.integer({ min: 0, max: 800 }))
    .map(([d, span]) => ({ from: iso(d), to: iso(d + span) })),
  fc.integer({ min: 0, max: 3000 }).map((d) => ({ from: iso(d) })),
  fc.integer({ min: 0, max: 3000 }).map((d) => ({ to: iso(d) })),
  fc.integer({ min: 0, max: 3000 }).map((d) => `${iso(d)}/..`),
  fc.integer({ min: 0, max: 3000 }).map((d) => `../${iso(d)}`),
  fc
    .tuple(fc.integer({ min: 2014, max: 2023 }), fc.integer({ min: 0, max: 3 }))
    .map(([y, span]) => `${y}/${y + span}`),
)

/**
 * The EDTF date whose bounds these are (a day, a year, an interval with open or unknown ends).
 * Bounds open at both ends have no date in the schema's subset; such events are kept in the
 * generated data because the helpers accept them, and `undefined` marks them.
 */
export function edtfOf(b: { earliest: string | null; latest: string | null }): string | undefined {
  const { earliest: a, latest: z } = b
  if (a === null && z === null) return undefined
  if (a !== null && a === z) return a
  if (a !== null && z !== null && a.endsWith('-01-01') && z === `${a.slice(0, 4)}-12-31`)
    return a.slice(0, 4)
  return `${a ?? ''}/${z ?? '..'}`
}

const pick = <T>(pool: readonly T[], max: number) =>
  pool.length === 0
    ? fc.constant([] as T[])
    : fc.array(fc.constantFrom(...pool), { maxLength: max })

/** One record per id, the id fixed and the other fields random. */
const withIds = <T extends Record<string, fc.Arbitrary<unknown>>>(
  ids: readonly string[],
  fields: (id: string) => T,
) =>
  fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), ...fields(id) }))) as fc.Arbitrary<
    ({ id: string } & { [K in keyof T]: T[K] extends fc.Arbitrary<infer U> ? U : never })[]
  >

/** A dataset and options drawn for it (its ids as the options' pools). */
export const withOptions = <T>(options: (d: Dataset) => fc.Arbitrary<T>) =>
  datasetArb.chain((d) => fc.tuple(fc.constant(d), options(d)))

/** A random dataset whose references resolve; text and quotes are consistent. */
export const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    actorCount: fc.integer({ min: 1, max: 8 }),
    placeCount: fc.integer({ min: 1, max: 6 }),
    topicCount: fc.integer({ min: 1, max: 5 }),
    eventCount: fc.integer({ min: 0, max: 50 }),
    claimCount: fc.integer({ min: 0, max: 40 }),
    paragraphs: fc.array(phrase(3, 14), { minLength: 1, maxLength: 4 }),
  })
  .chain(({ actorCount, placeCount, topicCount, eventCount, claimCount, paragraphs }) => {
    const actorIds = Array.from({ length: actorCount }, (_, i) => `actor-${i}`)
    const placeIds = Array.from({ length: placeCount }, (_, i) => `place-${i}`)
    const topicIds = Array.from({ length: topicCount }, (_, i) => `topic-${i}`)
    const claimIds = Array.from({ length: claimCount }, (_, i) => `claim-${i}`)
    // Ids in a shuffled order so that id order differs from dataset order.
    const eventIds = Array.from({ length: eventCount }, (_, i) => `event-${(i * 7919) % 1000}`)
    const title = 'A title'
    const text = `${title}\n\n${paragraphs.join('\n\n')}`
    const parts: { kind: 'title' | 'body'; anchor: string; start: number; end: number }[] = [
      { kind: 'title', anchor: 'title', start: 0, end: title.length },
    ]
    let at = title.length + 2
    paragraphs.forEach((p, i) => {
      parts.push({ kind: 'body', anchor: `body-${i + 1}`, start: at, end: at + p.length })
      at += p.length + 2
    })
    const quoteArb = fc
      .tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.integer({ min: 1, max: 40 }))
      .map(([start, len]) => {
        const end = Math.min(text.length, start + len)
        return { source: 'src', exact: text.slice(start, end), start, end }
      })
    const nameArb = fc.record({ text: phrase(1, 3), lang: fc.constantFrom('en', 'az', 'hy', 'ru') })
    return fc.record({
      sources: fc.constant([
        {
          id: 'src',
          kind: 'commentary' as const,
          title: 'Aftermath of the war',
          authors: [actorIds[0] as string],
          publisher: actorIds[0] as string,
          published: '2021-07~',
          language: 'en',
          rights: 'test',
          text,
          textSha256: textSha256(text),
          parts,
        },
      ]),
      actors: withIds(actorIds, () => ({
        kind: fc.constantFrom('state' as const, 'person' as const),
        name: phrase(1, 3),
        names: fc.array(nameArb, { maxLength: 2 }),
        aliases: fc.array(phrase(1, 2), { maxLength: 2 }),
        description: fc.constant('An actor.'),
        memberOf: fc.constant([] as string[]),
        mentions: fc.array(quoteArb, { maxLength: 2 }),
      })),
      places: withIds(placeIds, () => ({
        kind: fc.constantFrom('city' as const, 'region' as const),
        name: phrase(1, 2),
        names: fc.array(nameArb, { maxLength: 3 }),
        geometry: fc.option(
          fc
            .tuple(
              fc.double({ min: -180, max: 180, noNaN: true }),
              fc.double({ min: -90, max: 90, noNaN: true }),
            )
            .map(([lon, lat]) => ({
              type: 'Point' as const,
              coordinates: [lon, lat] as [number, number],
            })),
          { nil: undefined },
        ),
        precision: fc.constant('approximate' as const),
        contested: fc.boolean(),
        contestedNote: fc.constant('Contested.'),
        citations: fc.constant([]),
        mentions: fc.array(quoteArb, { maxLength: 2 }),
      })),
      topics: fc.constant(
        topicIds.map((id) => ({ id, name: `Topic ${id}`, description: 'A topic.' })),
      ),
      events: withIds(eventIds, () => ({
        kind: fc.constantFrom(...EVENT_KINDS.slice(0, 6)),
        title: phrase(1, 5),
        summary: fc.constant('Something happened.'),
        bounds: boundsArb,
        participants: pick(actorIds, 3).map((ids) =>
          ids.map((actor) => ({ actor, role: 'party' as const })),
        ),
        places: pick(placeIds, 2),
        topics: pick(topicIds, 2),
        basis: fc.constant('source' as const),
        citations: fc.constant([]),
        mentions: fc.array(quoteArb, { minLength: 1, maxLength: 2 }),
      })),
      claims: withIds(claimIds, (id) => ({
        statement: phrase(2, 12),
        quote: quoteArb,
        kind: fc.constantFrom(...CLAIM_KINDS),
        claimant: fc.constantFrom(...actorIds),
        reportedBy: fc.option(fc.constantFrom(...actorIds), { nil: undefined }),
        about: fc.record({
          actors: pick(actorIds, 3),
          events: pick(eventIds, 2),
          places: pick(placeIds, 2),
        }),
        likelihood: fc.option(
          fc.record({ term: fc.constantFrom(...LIKELIHOOD_TERMS), cue: fc.constant('likely') }),
          { nil: undefined },
        ),
        quantity: fc.option(fc.record({ value: fc.integer(), unit: fc.constant('mines') }), {
          nil: undefined,
        }),
        relation: fc.option(
          fc.record({
            subject: fc.constantFrom(...actorIds),
            predicate: fc.constantFrom(...RELATION_PREDICATES),
            object: fc.constantFrom(...actorIds),
          }),
          { nil: undefined },
        ),
        disputes: pick(
          claimIds.filter((c) => c !== id),
          2,
        ).map((l) => [...new Set(l)]),
        supports: pick(
          claimIds.filter((c) => c !== id),
          2,
        ).map((l) => [...new Set(l)]),
        topics: pick(topicIds, 2),
      })),
    })
  })
  // A likelihood cue must be words of the quote: use the quote itself. Dates follow the bounds.
  .map((d) => ({
    ...d,
    events: d.events.map((e) => ({ ...e, date: edtfOf(e.bounds) ?? '..' })),
    claims: d.claims.map((c) =>
      c.likelihood ? { ...c, likelihood: { ...c.likelihood, cue: c.quote.exact } } : c,
    ),
  }))
  .map((d) => d as unknown as Dataset)

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id)

/** Nothing, one value of the pool or a short list of them: a filter as a user writes it. */
const oneOrMany = <T>(pool: readonly T[]) =>
  pool.length === 0
    ? fc.constant(undefined)
    : fc.option(
        fc.oneof(fc.constantFrom(...pool), fc.array(fc.constantFrom(...pool), { maxLength: 3 })),
        { nil: undefined },
      )

/** Options for `timeline` over a dataset's pools. */
export function timelineOptionsArb(d: Dataset) {
  // Ranges that start or end exactly on the bounds of the dataset's events hit the edge cases.
  const days = [
    ...new Set(
      d.events
        .flatMap((e) => [e.bounds.earliest, e.bounds.latest])
        .filter((x): x is string => x !== null),
    ),
  ].sort()
  const edgeRange =
    days.length === 0
      ? rangeArb
      : fc.oneof(
          fc.tuple(fc.constantFrom(...days), fc.constantFrom(...days)).map((pair) => {
            const [from, to] = [...pair].sort()
            return { from, to }
          }),
          fc.constantFrom(...days),
          fc.constantFrom(...days).map((a) => ({ from: a })),
          fc.constantFrom(...days).map((b) => ({ to: b })),
        )
  return fc.record(
    {
      range: fc.option(fc.oneof(rangeArb, edgeRange), { nil: undefined }),
      actors: oneOrMany(ids(d.actors)),
      places: oneOrMany(ids(d.places)),
      kinds: oneOrMany(EVENT_KINDS.slice(0, 7)),
      topics: oneOrMany(ids(d.topics)),
      match: fc.option(fc.constantFrom('overlaps' as const, 'within' as const), { nil: undefined }),
    },
    { requiredKeys: [] },
  )
}

/** Options for `claims` over a dataset's pools. */
export function claimsOptionsArb(d: Dataset) {
  return fc.record(
    {
      claimant: oneOrMany(ids(d.actors)),
      reportedBy: oneOrMany(ids(d.actors)),
      kinds: oneOrMany(CLAIM_KINDS),
      topics: oneOrMany(ids(d.topics)),
      about: fc.option(
        fc.record(
          {
            actors: oneOrMany(ids(d.actors)),
            events: oneOrMany(ids(d.events)),
            places: oneOrMany(ids(d.places)),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
      minLikelihood: fc.option(fc.constantFrom(...LIKELIHOOD_TERMS), { nil: undefined }),
      disputed: fc.option(fc.boolean(), { nil: undefined }),
      hasQuantity: fc.option(fc.boolean(), { nil: undefined }),
    },
    { requiredKeys: [] },
  )
}

/** Search texts: words of the pool, their beginnings, several words, noise. */
export const searchTextArb = fc.oneof(
  word,
  word.chain((w) => fc.integer({ min: 1, max: w.length }).map((n) => w.slice(0, n))),
  fc.array(word, { minLength: 2, maxLength: 3 }).map((ws) => ws.join(' ')),
  fc.constantFrom(
    'agdam',
    'AGHDAM',
    'xankandi',
    'susa',
    'baki',
    'istanbul',
    'strasse',
    'lodz',
    'москва',
    'ar',
    'a',
  ),
  fc.string({ maxLength: 6 }),
)
