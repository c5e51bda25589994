/**
 * Test helpers: a small valid dataset and shortcuts to the editor-friendly messages. Used only by
 * the tests beside the code; not exported from the package's index.
 */
import { createHash } from 'node:crypto'
import type { z } from 'zod'
import { validateDataset } from './dataset.js'
import { describeIssues, type Problem } from './problem.js'

/** The id of the fixture's only source. */
export const SOURCE_ID = 'rusi-test'

/**
 * The fixture's source text. Like the real one it holds curly quotes, a non-breaking space and
 * `ğ`, so offsets are checked in UTF-16 code units.
 */
export const SOURCE_TEXT = [
  'The Aftermath of the Nagorno-Karabakh Conflict',
  'Armenia says Azerbaijan still holds at least 60\u00a0prisoners of war; Azerbaijan says the detainees are saboteurs. The border is likely to remain unstable. Russia is an ally of Armenia and deployed peacekeepers to Stepanakert.',
  'Landmines laid during the war will take years to clear, a dim prospect for those displaced from Ağdam.',
  'The views expressed in this Commentary are the author’s, and do not represent those of RUSI or any other institution.',
].join('\n\n')

/** SHA-256 of a text encoded as UTF-8, as `textSha256` holds it. */
export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/**
 * An anchored quote of the fixture's source for the `occurrence`-th (0-based) appearance of
 * `exact`, with offsets computed like the compiler does.
 */
export function quoteOf(exact: string, occurrence = 0) {
  let start = -1
  for (let i = 0; i <= occurrence; i++) {
    start = SOURCE_TEXT.indexOf(exact, start + 1)
    if (start < 0)
      throw new Error(`"${exact}" occurs fewer than ${occurrence + 1} times in the fixture`)
  }
  return { source: SOURCE_ID, exact, start, end: start + exact.length }
}

/** The spans of the fixture's blocks (separated by blank lines), in order. */
function parts() {
  const kinds = ['title', 'body', 'body', 'disclaimer'] as const
  const anchors = ['title', 'body-1', 'body-2', 'disclaimer'] as const
  let start = 0
  return SOURCE_TEXT.split('\n\n').map((block, i) => {
    const part = { kind: kinds[i], anchor: anchors[i], start, end: start + block.length }
    start += block.length + 2
    return part
  })
}

// One builder per record, so each test can take a fresh valid record and break one thing in it.

export const validSource = () => ({
  id: SOURCE_ID,
  kind: 'commentary',
  title: 'The Aftermath of the Nagorno-Karabakh Conflict',
  authors: ['nick-reynolds'],
  publisher: 'rusi',
  published: '2021-07',
  url: 'https://rusi.org/explore-our-research/publications/commentary/aftermath-nagorno-karabakh-conflict',
  language: 'en',
  rights: '© RUSI, quoted for analysis.',
  text: SOURCE_TEXT,
  textSha256: sha256(SOURCE_TEXT),
  parts: parts(),
})

export const validActor = () => ({
  id: 'armenia',
  kind: 'state',
  name: 'Armenia',
  names: [{ text: 'Հայաստան', lang: 'hy' }],
  aliases: ['Republic of Armenia'],
  description: 'A state in the South Caucasus.',
  wikidata: 'Q399',
  country: 'AM',
  memberOf: [],
  mentions: [quoteOf('Armenia')],
})

export const validPlace = () => ({
  id: 'stepanakert',
  kind: 'city',
  name: 'Stepanakert',
  names: [
    { text: 'Ստեփանակերտ', lang: 'hy', usedBy: ['armenia'] },
    { text: 'Xankəndi', lang: 'az', usedBy: ['azerbaijan'] },
  ],
  geometry: { type: 'Point', coordinates: [46.75, 39.82] },
  precision: 'approximate',
  within: 'nagorno-karabakh',
  contested: true,
  contestedNote: 'Claimed by Azerbaijan; administered by the de facto authorities in 2021.',
  wikidata: 'Q171819',
  citations: [],
  mentions: [quoteOf('Stepanakert')],
})

export const validTopic = () => ({
  id: 'landmines',
  name: 'Landmines',
  description: 'Mines laid in the conflict and demining.',
})

/** A context event: cited, no mentions, no bounds (validateDataset computes them). */
export const validContextEvent = () => ({
  id: 'war-2020',
  kind: 'war',
  title: 'The 2020 Nagorno-Karabakh war',
  summary: 'Armenia and Azerbaijan fought a war over Nagorno-Karabakh.',
  date: '2020-09-27/2020-11-10',
  participants: [
    { actor: 'armenia', role: 'belligerent' },
    { actor: 'azerbaijan', role: 'belligerent' },
  ],
  places: ['nagorno-karabakh'],
  topics: ['landmines'],
  basis: 'context',
  citations: [
    {
      title: '2020 Nagorno-Karabakh war',
      url: 'https://en.wikipedia.org/wiki/2020_Nagorno-Karabakh_war',
      publisher: 'Wikipedia',
      accessed: '2021-07-01',
    },
  ],
  mentions: [],
})

/** A source event: quoted, with bounds already computed. */
export const validSourceEvent = () => ({
  id: 'peacekeepers-deployed',
  kind: 'deployment',
  title: 'Russian peacekeepers deployed',
  summary: 'Russia deployed peacekeepers to Stepanakert.',
  date: '2020-11',
  bounds: { earliest: '2020-11-01', latest: '2020-11-30' },
  participants: [{ actor: 'russia', role: 'peacekeeper' }],
  places: ['stepanakert'],
  topics: [],
  basis: 'source',
  citations: [],
  mentions: [quoteOf('deployed peacekeepers to Stepanakert')],
})

/** A hedged forecast of the author. */
export const validClaim = () => ({
  id: 'border-likely-unstable',
  statement: 'The author judges that the border will likely remain unstable.',
  kind: 'forecast',
  claimant: 'nick-reynolds',
  about: { actors: ['armenia', 'azerbaijan'], events: ['war-2020'], places: ['nagorno-karabakh'] },
  likelihood: { term: 'likely', cue: 'likely to' },
  disputes: [],
  supports: [],
  topics: ['landmines'],
  quote: quoteOf('The border is likely to remain unstable.'),
})

/**
 * A small valid dataset exercising every kind of reference. A fresh deep copy on each call, so a
 * test may mutate it freely.
 */
export function validDataset() {
  const actor = (id: string, kind: string, name: string, extra: Record<string, unknown> = {}) => ({
    id,
    kind,
    name,
    names: [],
    aliases: [],
    description: `${name}, an actor of the fixture.`,
    memberOf: [],
    mentions: [],
    ...extra,
  })
  return {
    sources: [validSource()],
    actors: [
      actor('nick-reynolds', 'person', 'Nick Reynolds', { memberOf: ['rusi'] }),
      actor('rusi', 'organization', 'RUSI', { mentions: [quoteOf('RUSI')] }),
      validActor(),
      actor('azerbaijan', 'state', 'Azerbaijan', {
        names: [{ text: 'Azərbaycan', lang: 'az', usedBy: ['azerbaijan'] }],
        mentions: [quoteOf('Azerbaijan')],
      }),
      actor('russia', 'state', 'Russia', { country: 'RU', mentions: [quoteOf('Russia')] }),
    ],
    places: [
      {
        id: 'south-caucasus',
        kind: 'region',
        name: 'South Caucasus',
        names: [],
        contested: false,
        citations: [],
        mentions: [],
      },
      {
        id: 'nagorno-karabakh',
        kind: 'region',
        name: 'Nagorno-Karabakh',
        names: [],
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [46.3, 39.5],
              [47.2, 39.5],
              [47.2, 40.3],
              [46.3, 40.3],
              [46.3, 39.5],
            ],
          ],
        },
        precision: 'approximate',
        within: 'south-caucasus',
        contested: true,
        contestedNote: 'Claimed by Armenia and Azerbaijan.',
        citations: [],
        mentions: [quoteOf('Nagorno-Karabakh')],
      },
      validPlace(),
      {
        id: 'agdam',
        kind: 'town',
        name: 'Ağdam',
        names: [{ text: 'Ağdam', lang: 'az' }],
        geometry: { type: 'Point', coordinates: [46.99, 39.99] },
        precision: 'centroid',
        within: 'nagorno-karabakh',
        contested: false,
        citations: [],
        mentions: [quoteOf('Ağdam')],
      },
    ],
    topics: [
      validTopic(),
      { id: 'prisoners-of-war', name: 'Prisoners of war', description: 'Detainees of the war.' },
    ],
    events: [validContextEvent(), validSourceEvent()],
    claims: [
      validClaim(),
      {
        id: 'armenia-pows-held',
        statement: 'Armenia says Azerbaijan still holds at least 60 prisoners of war.',
        kind: 'allegation',
        claimant: 'armenia',
        reportedBy: 'nick-reynolds',
        about: { actors: ['azerbaijan'], events: ['war-2020'], places: [] },
        quantity: { low: 60, high: 60, unit: 'prisoners' },
        disputes: ['azerbaijan-detainees-saboteurs'],
        supports: [],
        topics: ['prisoners-of-war'],
        quote: quoteOf('Armenia says Azerbaijan still holds at least 60\u00a0prisoners of war'),
      },
      {
        id: 'azerbaijan-detainees-saboteurs',
        statement: 'Azerbaijan says the detainees are saboteurs.',
        kind: 'position',
        claimant: 'azerbaijan',
        reportedBy: 'nick-reynolds',
        about: { actors: ['armenia'], events: [], places: [] },
        disputes: ['armenia-pows-held'],
        supports: [],
        topics: ['prisoners-of-war'],
        quote: quoteOf('Azerbaijan says the detainees are saboteurs.'),
      },
      {
        id: 'russia-ally-of-armenia',
        statement: 'The author states that Russia is an ally of Armenia.',
        kind: 'fact',
        claimant: 'nick-reynolds',
        about: {
          actors: ['russia', 'armenia'],
          events: ['peacekeepers-deployed'],
          places: ['stepanakert'],
        },
        relation: { subject: 'russia', predicate: 'ally-of', object: 'armenia' },
        disputes: [],
        supports: ['border-likely-unstable'],
        topics: [],
        quote: quoteOf('Russia is an ally of Armenia'),
      },
      {
        id: 'demining-dim-prospect',
        statement: 'The author judges that clearing the mines will take years.',
        kind: 'assessment',
        claimant: 'nick-reynolds',
        about: { actors: [], events: [], places: ['agdam'] },
        likelihood: { term: 'unlikely', cue: 'A DIM PROSPECT' },
        disputes: [],
        supports: [],
        topics: ['landmines'],
        quote: quoteOf('will take years to clear, a dim prospect'),
      },
    ],
  }
}

/** The fixture dataset's type: every record of a collection has the same (loose) shape. */
export type FixtureDataset = ReturnType<typeof validDataset>

/** The editor-friendly issues of parsing `value` with `schema`, or `[]` when it is valid. */
export function issuesOf(
  schema: z.ZodType,
  value: unknown,
): { path: (string | number)[]; message: string }[] {
  const result = schema.safeParse(value, { reportInput: true })
  return result.success ? [] : describeIssues(result.error.issues)
}

/** The problems `validateDataset` finds in `value` (`[]` when it is valid). */
export function problemsOf(value: unknown): Problem[] {
  return validateDataset(value).problems
}
