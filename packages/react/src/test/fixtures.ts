// A small dataset built on the real source text, valid per the schema, for the components'
// tests until (and beside) the full dataset of @karabakh-aftermath/data.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type {
  Actor,
  Claim,
  Dataset,
  Event,
  Place,
  Quote,
  Source,
  SourcePart,
  Topic,
} from '@karabakh-aftermath/schema'

const SOURCE = 'rusi-2021-aftermath'
// A string path: under jsdom the global URL is jsdom's, which node:fs does not accept.
const here = dirname(fileURLToPath(import.meta.url))
const text = readFileSync(
  join(here, '../../../data/sources/rusi-2021-aftermath-of-the-nagorno-karabakh-conflict.txt'),
  'utf8',
)

const KINDS: SourcePart['kind'][] = [
  'title',
  'image-credit',
  ...Array<SourcePart['kind']>(9).fill('body'),
  'disclaimer',
  'call-for-contributions',
  ...Array<SourcePart['kind']>(4).fill('author-note'),
  'related',
]

function parts(): SourcePart[] {
  const spans: { start: number; end: number }[] = []
  const re = /[^\n]+(?:\n[^\n]+)*/g
  for (let m = re.exec(text); m; m = re.exec(text))
    spans.push({ start: m.index, end: m.index + m[0].length })
  const total = new Map<string, number>()
  for (const k of KINDS) total.set(k, (total.get(k) ?? 0) + 1)
  const seen = new Map<string, number>()
  return spans.map((span, i) => {
    const kind = KINDS[i] as SourcePart['kind']
    const n = (seen.get(kind) ?? 0) + 1
    seen.set(kind, n)
    return { kind, anchor: total.get(kind) === 1 ? kind : `${kind}-${n}`, ...span }
  })
}

/** A quote of the exact words, anchored at their only occurrence in the text. */
export function q(exact: string, prefix?: string): Quote {
  const from = prefix ? text.indexOf(prefix + exact) + prefix.length : text.indexOf(exact)
  if (from < 0 || (prefix === undefined && text.indexOf(exact, from + 1) >= 0))
    throw new Error(`quote not unique or not found: ${exact}`)
  return { source: SOURCE, exact, start: from, end: from + exact.length }
}

export const source: Source = {
  id: SOURCE,
  kind: 'commentary',
  title: 'The Aftermath of the Nagorno-Karabakh Conflict',
  authors: ['nick-reynolds'],
  publisher: 'rusi',
  published: '2021-07~',
  url: 'https://rusi.org/explore-our-research/publications/commentary/aftermath-nagorno-karabakh-conflict',
  language: 'en-GB',
  rights: '© RUSI. Quoted for analysis and commentary.',
  text,
  textSha256: '0'.repeat(64),
  parts: parts(),
}

const actor = (a: Partial<Actor> & Pick<Actor, 'id' | 'kind' | 'name' | 'description'>): Actor => ({
  names: [],
  aliases: [],
  memberOf: [],
  mentions: [],
  ...a,
})

export const actors: Actor[] = [
  actor({
    id: 'nick-reynolds',
    kind: 'person',
    name: 'Nick Reynolds',
    description: 'Research Analyst, Land Warfare, at RUSI; the author.',
  }),
  actor({
    id: 'rusi',
    kind: 'organization',
    name: 'RUSI',
    aliases: ['Royal United Services Institute'],
    description: 'A defence and security think tank in London.',
  }),
  actor({
    id: 'azerbaijan',
    kind: 'state',
    name: 'Azerbaijan',
    names: [{ text: 'Azərbaycan', lang: 'az' }],
    description: 'A state in the South Caucasus.',
    wikidata: 'Q227',
    country: 'AZ',
    mentions: [q('Azerbaijan', 'latest war between ')],
  }),
  actor({
    id: 'armenia',
    kind: 'state',
    name: 'Armenia',
    names: [{ text: 'Հայաստան', lang: 'hy' }],
    description: 'A state in the South Caucasus.',
    wikidata: 'Q399',
    country: 'AM',
  }),
  actor({
    id: 'turkey',
    kind: 'state',
    name: 'Turkey',
    names: [{ text: 'Türkiye', lang: 'tr' }],
    description: 'A state bordering Armenia.',
    wikidata: 'Q43',
    country: 'TR',
  }),
  actor({
    id: 'russia',
    kind: 'state',
    name: 'Russia',
    description: 'A state north of the South Caucasus.',
    wikidata: 'Q159',
    country: 'RU',
  }),
  actor({
    id: 'united-states',
    kind: 'state',
    name: 'United States',
    aliases: ['US'],
    description: 'A state; a co-chair of the Minsk Group.',
    wikidata: 'Q30',
    country: 'US',
    memberOf: ['minsk-group'],
  }),
  actor({
    id: 'minsk-group',
    kind: 'intergovernmental-organization',
    name: 'OSCE Minsk Group',
    description: 'The OSCE body charged with mediating between Azerbaijan and Armenia.',
  }),
  actor({
    id: 'nikol-pashinyan',
    kind: 'person',
    name: 'Nikol Pashinyan',
    description: 'Prime Minister of Armenia.',
    wikidata: 'Q7035479',
    country: 'AM',
  }),
]

export const places: Place[] = [
  {
    id: 'azerbaijan',
    kind: 'country',
    name: 'Azerbaijan',
    names: [{ text: 'Azərbaycan', lang: 'az' }],
    geometry: { type: 'Point', coordinates: [47.7, 40.3] },
    precision: 'centroid',
    contested: false,
    naturalEarth: '031',
    citations: [],
    mentions: [],
  },
  {
    id: 'armenia',
    kind: 'country',
    name: 'Armenia',
    names: [{ text: 'Հայաստան', lang: 'hy' }],
    geometry: { type: 'Point', coordinates: [44.9, 40.2] },
    precision: 'centroid',
    contested: false,
    naturalEarth: '051',
    citations: [],
    mentions: [],
  },
  {
    id: 'turkey',
    kind: 'country',
    name: 'Turkey',
    names: [],
    geometry: { type: 'Point', coordinates: [35.2, 39.0] },
    precision: 'centroid',
    contested: false,
    naturalEarth: '792',
    citations: [],
    mentions: [],
  },
  {
    id: 'russia',
    kind: 'country',
    name: 'Russia',
    names: [],
    geometry: { type: 'Point', coordinates: [99.0, 61.5] },
    precision: 'centroid',
    contested: false,
    citations: [],
    mentions: [],
  },
  {
    id: 'nagorno-karabakh',
    kind: 'region',
    name: 'Nagorno-Karabakh',
    names: [
      { text: 'Արցախ', lang: 'hy', usedBy: ['armenia'] },
      { text: 'Dağlıq Qarabağ', lang: 'az', usedBy: ['azerbaijan'] },
    ],
    geometry: { type: 'Point', coordinates: [46.75, 39.82] },
    precision: 'approximate',
    within: 'azerbaijan',
    contested: true,
    contestedNote: 'Recognised as part of Azerbaijan; claimed by its Armenian population.',
    citations: [],
    mentions: [q('Nagorno-Karabakh region')],
  },
  {
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
    contestedNote: 'Named differently by each side.',
    citations: [],
    mentions: [],
  },
  {
    id: 'baku',
    kind: 'city',
    name: 'Baku',
    names: [{ text: 'Bakı', lang: 'az' }],
    geometry: { type: 'Point', coordinates: [49.87, 40.41] },
    precision: 'approximate',
    within: 'azerbaijan',
    contested: false,
    wikidata: 'Q9248',
    citations: [],
    mentions: [q('Baku', "'Trophy Park' in ")],
  },
  {
    id: 'agdam',
    kind: 'town',
    name: 'Ağdam',
    names: [{ text: 'Ağdam', lang: 'az' }],
    geometry: { type: 'Point', coordinates: [46.93, 39.99] },
    precision: 'approximate',
    within: 'azerbaijan',
    contested: false,
    citations: [],
    mentions: [q('Ağdam')],
  },
  {
    id: 'armenia-azerbaijan-border',
    kind: 'border',
    name: 'Armenia–Azerbaijan border',
    names: [],
    contested: true,
    contestedNote: 'Not demarcated.',
    citations: [],
    mentions: [q('The border between the two countries')],
  },
]

export const topics: Topic[] = [
  { id: 'landmines', name: 'Landmines', description: 'Mines laid in the conflict and demining.' },
  {
    id: 'prisoners-of-war',
    name: 'Prisoners of war',
    description: 'Captured soldiers and civilians.',
  },
  { id: 'mediation', name: 'Mediation', description: 'Outside efforts to settle the conflict.' },
  {
    id: 'domestic-politics',
    name: 'Domestic politics',
    description: 'Politics within Armenia and Azerbaijan.',
  },
]

const cite = (title: string, url: string) => [{ title, url }]
export const events: Event[] = [
  {
    id: 'minsk-group-mediation',
    kind: 'mediation',
    title: 'The Minsk Group mediates',
    summary:
      'The OSCE Minsk Group has been charged with mediating between Azerbaijan and Armenia since 1992.',
    date: '1992/..',
    bounds: { earliest: '1992-01-01', latest: null },
    participants: [{ actor: 'minsk-group', role: 'mediator' }],
    places: [],
    topics: ['mediation'],
    basis: 'source',
    citations: [],
    mentions: [q('since 1992')],
  },
  {
    id: 'election-2018',
    kind: 'election',
    title: 'Pashinyan wins the 2018 election',
    summary: 'Pashinyan won the first internationally certified free and fair elections.',
    date: '2018',
    bounds: { earliest: '2018-01-01', latest: '2018-12-31' },
    participants: [{ actor: 'nikol-pashinyan', role: 'winner' }],
    places: ['armenia'],
    topics: ['domestic-politics'],
    basis: 'source',
    citations: [],
    mentions: [q('elections in 2018')],
  },
  {
    id: 'war-2020',
    kind: 'war',
    title: 'The 2020 war',
    summary: 'Azerbaijan and Armenia fought over Nagorno-Karabakh.',
    date: '2020-09-27/2020-11-10',
    bounds: { earliest: '2020-09-27', latest: '2020-11-10' },
    participants: [
      { actor: 'azerbaijan', role: 'belligerent' },
      { actor: 'armenia', role: 'belligerent' },
    ],
    places: ['nagorno-karabakh'],
    topics: [],
    basis: 'context',
    citations: cite(
      'Nagorno-Karabakh 2020–2021: Russian Red Lines and Risk Calculus?',
      'https://perconcordiam.com/nagorno-karabakh-2020-2021/',
    ),
    mentions: [q('the latest war')],
  },
  {
    id: 'peacekeepers-deployed',
    kind: 'deployment',
    title: 'Russian peacekeepers deploy',
    summary: 'Russia deployed peacekeeping forces in the contested region.',
    date: '2020-11/..',
    bounds: { earliest: '2020-11-01', latest: null },
    participants: [{ actor: 'russia', role: 'peacekeeper' }],
    places: ['nagorno-karabakh'],
    topics: [],
    basis: 'source',
    citations: [],
    mentions: [q('the deployment of peacekeeping forces')],
  },
  {
    id: 'election-2021',
    kind: 'election',
    title: 'Snap election in Armenia',
    summary: 'Pashinyan won a snap election by a majority of 53.9%.',
    date: '2021-06-20',
    bounds: { earliest: '2021-06-20', latest: '2021-06-20' },
    participants: [{ actor: 'nikol-pashinyan', role: 'winner' }],
    places: ['armenia'],
    topics: ['domestic-politics'],
    basis: 'context',
    citations: cite(
      'Central Electoral Commission sums up preliminary results of elections',
      'https://www.panarmenian.net/eng/news/293758/',
    ),
    mentions: [q('a snap election in June')],
  },
  {
    id: 'commentary-published',
    kind: 'publication',
    title: 'The Commentary is published',
    summary: 'RUSI publishes the Commentary.',
    date: '2021-07~',
    bounds: { earliest: '2021-07-01', latest: '2021-07-31' },
    participants: [{ actor: 'rusi', role: 'publisher' }],
    places: [],
    topics: [],
    basis: 'source',
    citations: [],
    mentions: [q('Eight months after the latest war')],
  },
]

const claim = (c: Partial<Claim> & Pick<Claim, 'id' | 'statement' | 'kind' | 'quote'>): Claim => ({
  claimant: 'nick-reynolds',
  about: { actors: [], events: [], places: [] },
  disputes: [],
  supports: [],
  topics: [],
  ...c,
})

export const claims: Claim[] = [
  claim({
    id: 'new-status-quo',
    kind: 'assessment',
    statement: 'A new status quo has emerged eight months after the war.',
    quote: q('a new status quo has emerged'),
    about: { actors: [], events: ['war-2020'], places: [] },
  }),
  claim({
    id: 'pashinyan-won-snap-election',
    kind: 'fact',
    statement: 'Pashinyan won the June snap election with 53.9% of the vote.',
    quote: q(
      'Prime Minister Nikol Pashinyan won a snap election in June by a convincing majority of 53.9%',
    ),
    quantity: { value: 53.9, unit: 'percent' },
    about: { actors: ['nikol-pashinyan'], events: ['election-2021'], places: ['armenia'] },
    topics: ['domestic-politics'],
  }),
  claim({
    id: 'mines-laid',
    kind: 'fact',
    statement: 'The Armenians laid between 700,000 and 1,000,000 land mines.',
    quote: q('The Armenians also laid between 700,000 and 1,000,000 land mines.'),
    quantity: { low: 700000, high: 1000000, unit: 'land mines' },
    about: { actors: ['armenia'], events: [], places: [] },
    topics: ['landmines'],
  }),
  claim({
    id: 'border-likely-unstable',
    kind: 'forecast',
    statement: 'The border between Armenia and Azerbaijan is likely to remain unstable.',
    quote: q('The border between the two countries is therefore likely to remain unstable.'),
    likelihood: { term: 'likely', cue: 'likely to' },
    about: { actors: ['armenia', 'azerbaijan'], events: [], places: ['armenia-azerbaijan-border'] },
    supports: ['conflict-likely-frozen'],
  }),
  claim({
    id: 'conflict-likely-frozen',
    kind: 'forecast',
    statement: "The conflict is likely to remain 'frozen', with intermittent low-level clashes.",
    quote: q('the conflict is likely to remain ‘frozen’'),
    likelihood: { term: 'likely', cue: 'likely to' },
  }),
  claim({
    id: 'azerbaijan-returned-all-pows',
    kind: 'position',
    claimant: 'azerbaijan',
    reportedBy: 'nick-reynolds',
    statement: 'Azerbaijan claims to have returned all prisoners of war.',
    quote: q('Azerbaijan claims to have returned all POWs'),
    about: { actors: ['azerbaijan', 'armenia'], events: [], places: [] },
    disputes: ['armenia-soldiers-missing'],
    topics: ['prisoners-of-war'],
  }),
  claim({
    id: 'armenia-soldiers-missing',
    kind: 'allegation',
    claimant: 'armenia',
    reportedBy: 'nick-reynolds',
    statement: 'Armenia claims that many soldiers and civilians held by Azerbaijan remain missing.',
    quote: q(
      'Armenia claims that many soldiers and civilians who were known to have fallen into Azerbaijani hands alive remain missing and unaccounted for',
    ),
    about: { actors: ['armenia', 'azerbaijan'], events: [], places: [] },
    disputes: ['azerbaijan-returned-all-pows'],
    topics: ['prisoners-of-war'],
  }),
  claim({
    id: 'turkey-ally-of-azerbaijan',
    kind: 'assessment',
    statement: 'Turkey has become a close military ally of Azerbaijan.',
    quote: q(
      'Turkey has gone beyond its long-standing cultural affinity with Azerbaijan to become a close military ally',
    ),
    relation: { subject: 'turkey', predicate: 'ally-of', object: 'azerbaijan' },
    about: { actors: ['turkey', 'azerbaijan'], events: [], places: [] },
  }),
  claim({
    id: 'turkey-enemy-of-armenia',
    kind: 'assessment',
    statement: 'Turkey is a historical enemy of Armenia.',
    quote: q('is in any case a historical enemy of Armenia'),
    relation: { subject: 'turkey', predicate: 'enemy-of', object: 'armenia' },
    about: { actors: ['turkey', 'armenia'], events: [], places: [] },
  }),
  claim({
    id: 'us-member-of-minsk-group',
    kind: 'fact',
    statement: 'The US is a primary member of the Minsk Group.',
    quote: q('is a primary member of the Minsk Group'),
    relation: { subject: 'united-states', predicate: 'member-of', object: 'minsk-group' },
    about: { actors: ['united-states', 'minsk-group'], events: [], places: [] },
    topics: ['mediation'],
  }),
  claim({
    id: 'russia-mediator',
    kind: 'assessment',
    statement: 'Russia has political leverage as a mediator.',
    quote: q('political leverage as both a mediator and security guarantor'),
    relation: { subject: 'russia', predicate: 'mediator-of', object: 'azerbaijan' },
    about: { actors: ['russia'], events: ['peacekeepers-deployed'], places: ['nagorno-karabakh'] },
    topics: ['mediation'],
  }),
  claim({
    id: 'russia-guarantor',
    kind: 'assessment',
    statement:
      'Russia has political leverage as a security guarantor for the remaining Armenian territory.',
    quote: q('security guarantor for the remaining Armenian territory in Nagorno-Karabakh'),
    relation: { subject: 'russia', predicate: 'security-guarantor-of', object: 'armenia' },
    about: { actors: ['russia', 'armenia'], events: [], places: ['nagorno-karabakh'] },
  }),
  claim({
    id: 'mediation-dim-prospect',
    kind: 'forecast',
    statement: 'Committed international mediation is a dim prospect.',
    quote: q('committed international mediation (a dim prospect)'),
    likelihood: { term: 'highly-unlikely', cue: 'a dim prospect' },
    topics: ['mediation'],
  }),
  claim({
    id: 'trophy-park-display',
    kind: 'fact',
    statement: 'Captured Armenian military vehicles are on display at the Trophy Park in Baku.',
    quote: q(
      "Armenian military vehicles captured during the Nagorno-Karabakh conflict on display at the 'Trophy Park' in Baku, Azerbaijan",
    ),
    about: { actors: ['armenia'], events: [], places: ['baku'] },
  }),
]

/** The fixture dataset. */
export const fixtureDataset: Dataset = { sources: [source], actors, places, topics, events, claims }
