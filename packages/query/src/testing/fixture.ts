/** A small hand-made dataset for the edge cases the real data does not exercise. */
import { type Dataset, textSha256 } from '@karabakh-aftermath/schema'
import { edtfOf } from './arbitraries.js'

const text = 'Title\n\nŞuşa and Ağdam were shelled. Baku said so.\n\nThe Xankəndi talks failed.'
// Parts: title 0–5, body-1 7–49, body-2 51–77.

type Bounds = { earliest: string | null; latest: string | null }
const event = (
  id: string,
  bounds: Bounds,
  extra: Partial<Dataset['events'][number]> = {},
): Dataset['events'][number] => ({
  id,
  kind: 'clash',
  title: `Event ${id}`,
  summary: 'Something happened.',
  date: edtfOf(bounds) ?? '..',
  bounds,
  participants: [],
  places: [],
  topics: [],
  basis: 'source',
  citations: [],
  mentions: [{ source: 'src', exact: 'Title', start: 0, end: 5 }],
  ...extra,
})

const claim = (
  id: string,
  extra: Partial<Dataset['claims'][number]> = {},
): Dataset['claims'][number] => ({
  id,
  statement: `Statement ${id}.`,
  quote: { source: 'src', exact: 'Ağdam were shelled', start: 16, end: 34 },
  kind: 'fact',
  claimant: 'author',
  about: { actors: [], events: [], places: [] },
  disputes: [],
  supports: [],
  topics: [],
  ...extra,
})

/**
 * Events with every kind of date: a day, a year, open and unknown ends, a long span, and one
 * (`unknown`) open at both ends, which the schema's EDTF subset cannot express but the helpers
 * must still place (it overlaps every range).
 */
export const fixture: Dataset = {
  sources: [
    {
      id: 'src',
      kind: 'commentary',
      title: 'A title',
      authors: ['author'],
      publisher: 'author',
      published: '2021',
      language: 'en',
      rights: 'test',
      text,
      textSha256: textSha256(text),
      parts: [
        { kind: 'title', anchor: 'title', start: 0, end: 5 },
        { kind: 'body', anchor: 'body-1', start: 7, end: 49 },
        { kind: 'body', anchor: 'body-2', start: 51, end: text.length },
      ],
    },
  ],
  actors: [
    {
      id: 'author',
      kind: 'person',
      name: 'The Author',
      names: [],
      aliases: [],
      description: 'Writes.',
      memberOf: [],
      mentions: [],
    },
    {
      id: 'a',
      kind: 'state',
      name: 'State A',
      names: [{ text: 'Azərbaycan', lang: 'az' }],
      aliases: ['Alpha'],
      description: 'A.',
      memberOf: [],
      mentions: [],
    },
    {
      id: 'b',
      kind: 'state',
      name: 'State B',
      names: [],
      aliases: [],
      description: 'B.',
      memberOf: [],
      mentions: [],
    },
  ],
  places: [
    {
      id: 'shusha',
      kind: 'town',
      name: 'Shusha',
      names: [
        { text: 'Şuşa', lang: 'az', usedBy: ['a'] },
        { text: 'Shushi', lang: 'hy-Latn', usedBy: ['b'] },
      ],
      geometry: { type: 'Point', coordinates: [46.75, 39.76] },
      precision: 'approximate',
      contested: true,
      contestedNote: 'Contested.',
      citations: [],
      mentions: [{ source: 'src', exact: 'Şuşa', start: 7, end: 11 }],
    },
    {
      id: 'agdam',
      kind: 'town',
      name: 'Ağdam',
      names: [],
      geometry: { type: 'Point', coordinates: [46.93, 39.99] },
      precision: 'approximate',
      contested: false,
      citations: [],
      mentions: [{ source: 'src', exact: 'Ağdam', start: 16, end: 21 }],
    },
    {
      id: 'zone',
      kind: 'area',
      name: 'Buffer zone',
      names: [],
      contested: false,
      citations: [],
      mentions: [],
    },
  ],
  topics: [{ id: 'war', name: 'War', description: 'War.' }],
  events: [
    event(
      'day',
      { earliest: '2018-06-15', latest: '2018-06-15' },
      { participants: [{ actor: 'a', role: 'party' }] },
    ),
    event(
      'year-2018',
      { earliest: '2018-01-01', latest: '2018-12-31' },
      { participants: [{ actor: 'a', role: 'party' }], places: ['agdam'] },
    ),
    event(
      'open-end',
      { earliest: '2020-11-10', latest: null },
      { kind: 'deployment', participants: [{ actor: 'b', role: 'party' }] },
    ),
    event(
      'open-start',
      { earliest: null, latest: '2017-05-31' },
      { kind: 'occupation', topics: ['war'] },
    ),
    event('unknown', { earliest: null, latest: null }, { kind: 'war' }),
    event(
      'long',
      { earliest: '1992-01-01', latest: '2021-12-31' },
      {
        kind: 'mediation',
        participants: [
          { actor: 'a', role: 'mediator' },
          { actor: 'b', role: 'mediator' },
        ],
      },
    ),
    event('also-day', { earliest: '2018-06-15', latest: '2018-06-15' }, { places: ['shusha'] }),
  ],
  claims: [
    claim('c1', {
      about: { actors: ['a'], events: ['day'], places: ['agdam'] },
      supports: ['c3'],
      topics: ['war'],
    }),
    claim('c2', {
      kind: 'position',
      claimant: 'a',
      reportedBy: 'author',
      disputes: ['c4'],
      supports: ['c3'],
      quote: { source: 'src', exact: 'Baku said so.', start: 36, end: 49 },
    }),
    claim('c3', {
      kind: 'forecast',
      likelihood: { term: 'likely', cue: 'talks failed' },
      supports: ['c5'],
      quote: { source: 'src', exact: 'The Xankəndi talks failed.', start: 51, end: text.length },
    }),
    claim('c4', {
      kind: 'position',
      claimant: 'b',
      reportedBy: 'author',
      quantity: { value: 3, unit: 'mines' },
      relation: { subject: 'b', predicate: 'enemy-of', object: 'a' },
    }),
    claim('c5', {
      kind: 'assessment',
      likelihood: { term: 'remote', cue: 'shelled' },
      relation: { subject: 'a', predicate: 'mediator-of', object: 'b' },
    }),
    claim('c6', { kind: 'fact', relation: { subject: 'a', predicate: 'ally-of', object: 'b' } }),
    claim('c7', { kind: 'fact', relation: { subject: 'b', predicate: 'ally-of', object: 'a' } }),
  ],
}
