/**
 * One record page as data: its facts, the lists of records that point at it, the quotes that
 * name it, and its schema.org JSON-LD. The page (`pages/records/[collection]/[id].astro`) renders
 * it as HTML, the markdown twin (`recordMarkdown`) as markdown, so the two always say the same.
 * Every cross-link is an answer of `@karabakh-aftermath/query`.
 */
import { disputesOf, type EdtfEnd, parseEdtfDate } from '@karabakh-aftermath/query'
import { formatProbability, safeHref } from '@karabakh-aftermath/react/utils'
import type { Actor, Claim, Event, Quote, Relation } from '@karabakh-aftermath/schema'
import {
  BASIS_LABELS,
  LIKELIHOOD_BANDS,
  PARTICIPANT_ROLE_LABELS,
  PRECISION_LABELS,
  RELATION_PREDICATE_LABELS,
} from '@karabakh-aftermath/schema/vocabulary'
import { recordUrl } from '@karabakh-aftermath/schema/web-annotation'
import {
  type AnyRecord,
  type Browsed,
  dataset,
  formatDate,
  lookup,
  nameOf,
  q,
  quoteLocation,
  type RecordOf,
  readerHref,
  recordKind,
  SITE,
} from './records'

/**
 * A piece of a fact or a list item: text, a record (its name, linked to its page), a link, an id,
 * a kind badge, or a name in its language.
 */
export type Part =
  | string
  | { record: Browsed; id: string }
  | { href: string; text: string }
  | { code: string }
  | { tag: string }
  | { name: string; lang: string }
/** A titled list: the records that point at this one, its names, its citations. */
export type Listing = { title: string; id: string; items: Part[][] }
export type RecordView = {
  lede?: string
  /** Label and value of each fact, in order. */
  facts: [label: string, value: Part[]][]
  /** The facts the page's card (ActorCard) shows already: the markdown twin alone lists them. */
  inCard?: readonly string[]
  lists: Listing[]
  quotes: readonly Quote[]
  /** schema.org JSON-LD: a type where one fits, ids that link the pages. */
  jsonLd: Json
}

type Value = string | Part[] | false | undefined
/** Groups of parts, one after the other, separated by `sep`. */
const joined = (groups: Part[][], sep = ', '): Part[] =>
  groups.flatMap((g, i) => (i > 0 ? [sep, ...g] : g))
/** Links to records of a collection, by id or record, comma-separated. */
const ids = (record: Browsed, list: readonly (string | { id: string } | undefined)[]): Part[] =>
  joined(list.flatMap((r) => (r ? [[{ record, id: typeof r === 'string' ? r : r.id }]] : [])))

/** Records as list items: a kind badge (unless `badges` is off), the linked title, a note. */
export const recordItems = (
  collection: Browsed,
  records: readonly AnyRecord[],
  note: (r: AnyRecord) => string | undefined = () => undefined,
  badges = true,
): Part[][] =>
  records.map((r) => {
    const kind = badges && recordKind(collection, r)
    const n = note(r)
    return [
      ...(kind ? [{ tag: kind }, ' '] : []),
      { record: collection, id: r.id },
      ...(n ? [` — ${n}`] : []),
    ]
  })

const wikidataUrl = (qid: string) => `https://www.wikidata.org/wiki/${encodeURIComponent(qid)}`
const wikidata = (qid: string | undefined): Value => qid && [{ href: wikidataUrl(qid), text: qid }]
/** A relation: its subject and object linked, the predicate in words. */
const relation = (r: Relation): Part[] => [
  { record: 'actors', id: r.subject },
  ` ${RELATION_PREDICATE_LABELS[r.predicate]} `,
  { record: 'actors', id: r.object },
]

/**
 * JSON-LD: a value left undefined is left out; an empty list stays (in JSON-LD, the same as no
 * value).
 */
type Json = Record<string, unknown>
const ref = (collection: Browsed, id: string) => ({
  '@id': `${recordUrl(collection, id, SITE.href)}#record`,
})
/** A reference to an actor's or a place's page, with its name. */
const named = (collection: 'actors' | 'places', id: string) => ({
  ...ref(collection, id),
  name: lookup[collection].get(id)?.name,
})
const ACTOR_TYPES: Partial<Record<Actor['kind'], string>> = {
  person: 'Person',
  state: 'GovernmentOrganization',
  government: 'GovernmentOrganization',
  'armed-force': 'GovernmentOrganization',
  'political-party': 'PoliticalParty',
  organization: 'Organization',
  'intergovernmental-organization': 'Organization',
}
/** The schema.org type of an actor; a population group or a collective is a `Thing`. */
const actorType = (kind: Actor['kind']): string => ACTOR_TYPES[kind] ?? 'Thing'
/** The ISO 8601 start and end of an EDTF date; undefined for an open or unknown end. */
const isoEnds = (date: string | undefined) => {
  const d = parseEdtfDate(date ?? '')
  const iso = (end?: EdtfEnd) => (typeof end === 'object' ? end.iso : undefined)
  return d?.type === 'point' ? [d.point.iso, d.point.iso] : [iso(d?.start), iso(d?.end)]
}

const claimLink = (c: Claim): Part[] => [{ href: recordUrl('claims', c.id), text: c.id }]

/** What a collection's page says of a record, before the empty facts and lists are dropped. */
type View = {
  lede?: string | undefined
  facts: Record<string, Value>
  inCard?: readonly string[]
  lists: Record<string, [title: string, items: Part[][]]>
  /** The schema.org type and properties of the record. */
  ld: Json
}

/** The facts (after its kind, before its id) and lists of a record's page, per collection. */
const VIEWS: { [C in Browsed]: (record: RecordOf[C]) => View } = {
  actors: (a) => {
    const me = a.id
    const used = (['actors', 'places'] as const).flatMap((c) =>
      dataset[c].flatMap((r) =>
        r.names.filter((n) => n.usedBy?.includes(me)).map((n) => [n, c, r.id] as const),
      ),
    )
    const by = (c: AnyRecord) => `claimed by ${nameOf('actors', (c as Claim).claimant)}`
    const role = (e: AnyRecord) =>
      (e as Event).participants
        .filter((p) => p.actor === me)
        .map((p) => PARTICIPANT_ROLE_LABELS[p.role])
        .join(', ')
    const members = dataset.actors.filter((m) => m.memberOf.includes(me))
    const reported = q.claims({ reportedBy: me }).filter((c) => c.claimant !== me)
    const about = q.claims({ about: { actors: me } }).filter((c) => c.claimant !== me)
    const ties = q
      .relations(me)
      .map((t): Part[] => [...relation(t), ' — stated by ', ...joined(t.claims.map(claimLink))])
    return {
      lede: a.description,
      facts: {
        Names: joined(a.names.map((n) => [{ name: n.text, lang: n.lang }, ` (${n.lang})`])),
        'Also called': a.aliases.join(', '),
        Wikidata: wikidata(a.wikidata),
        'Member of': ids('actors', a.memberOf),
        Members: ids('actors', members),
        Source: joined(
          dataset.sources
            .filter((s) => s.authors.includes(me) || s.publisher === me)
            .map((s) => [
              s.authors.includes(me) ? 'Author of ' : 'Publisher of ',
              { href: '/analysis/reader/', text: s.title },
            ]),
        ),
        'Names it uses': joined(
          used.map(([n, c, r]) => [{ name: n.text, lang: n.lang }, ' for ', { record: c, id: r }]),
          '; ',
        ),
      },
      inCard: ['Kind', 'Names', 'Also called', 'Wikidata'],
      lists: {
        'claims-by': [`Claims by ${a.name}`, recordItems('claims', q.claims({ claimant: me }))],
        'claims-reported': [`Claims ${a.name} reports`, recordItems('claims', reported, by)],
        'claims-about': [`Claims about ${a.name}`, recordItems('claims', about)],
        relations: ['Relations that claims state', ties],
        events: ['Events', recordItems('events', q.timeline({ actors: me }), role)],
      },
      ld: {
        '@type': actorType(a.kind),
        name: a.name,
        alternateName: [...a.names.map((n) => n.text), ...a.aliases].filter((n) => n !== a.name),
        description: a.description,
        sameAs: a.wikidata && [wikidataUrl(a.wikidata)],
        // schema.org's memberOf is for a person or an organisation, not a group or a population.
        memberOf:
          actorType(a.kind) === 'Thing' ? undefined : a.memberOf.map((m) => ref('actors', m)),
      },
    }
  },
  claims: (c) => {
    const { up, down } = q.argument(c.id)
    const steps = new Map(
      [...up, ...down].map((s) => [
        s.claim.id,
        s.depth === 1 ? 'directly' : `${s.depth} steps away`,
      ]),
    )
    const depth = (r: AnyRecord) => steps.get(r.id)
    const band = c.likelihood && LIKELIHOOD_BANDS[c.likelihood.term]
    const about = (['actors', 'events', 'places'] as const).map((k) => ids(k, c.about[k]))
    const argues = up.map((s) => s.claim)
    const arguedFor = down.map((s) => s.claim)
    const disputes = c.disputes.flatMap((x) => lookup.claims.get(x) ?? [])
    // The disputes this claim does not list itself (those it lists are shown above).
    const disputedBy = disputesOf(c, dataset.claims).filter((d) => !c.disputes.includes(d.id))
    const source = lookup.sources.get(c.quote.source)
    return {
      facts: {
        Claimant: ids('actors', [c.claimant]),
        'Reported by': ids('actors', [c.reportedBy]),
        About: joined(about.filter((g) => g.length > 0)),
        Likelihood: band &&
          c.likelihood && [
            `${band.label} (${formatProbability(band.min, band.max)}), from the words “${c.likelihood.cue}”; see the `,
            { href: '/guides/likelihood/', text: 'likelihood table' },
          ],
        Relation: c.relation && relation(c.relation),
        Topics: ids('topics', c.topics),
        'In the text': [
          { href: readerHref(c.quote), text: quoteLocation(c.quote) },
          `, characters ${c.quote.start}–${c.quote.end}`,
        ],
      },
      lists: {
        supports: ['Argues for', recordItems('claims', argues, depth)],
        'supported-by': ['Argued for by', recordItems('claims', arguedFor, depth)],
        disputes: ['Disputes', recordItems('claims', disputes)],
        'disputed-by': ['Disputed by', recordItems('claims', disputedBy)],
      },
      ld: {
        '@type': 'Claim',
        name: c.statement,
        text: c.statement,
        author: named('actors', c.claimant),
        about: (['actors', 'events', 'places'] as const).flatMap((k) =>
          c.about[k].map((id) => ref(k, id)),
        ),
        appearance: {
          '@type': 'Quotation',
          text: c.quote.exact,
          isPartOf: source && {
            '@type': ['commentary', 'article'].includes(source.kind) ? 'Article' : 'CreativeWork',
            name: source.title,
            url: safeHref(source.url),
            datePublished: isoEnds(source.published)[0],
            inLanguage: source.language,
            author: source.authors.map((a) => named('actors', a)),
            publisher: named('actors', source.publisher),
          },
        },
        keywords: c.topics.map((t) => lookup.topics.get(t)?.name ?? t),
      },
    }
  },
  events: (e) => ({
    lede: e.summary,
    facts: {
      Date: [
        `${formatDate(e.date)} (EDTF `,
        { code: e.date },
        `: from ${e.bounds.earliest ?? 'an open start'} to ${e.bounds.latest ?? 'an open end'})`,
      ],
      Participants: joined(
        e.participants.map((p) => [
          { record: 'actors', id: p.actor },
          ` (${PARTICIPANT_ROLE_LABELS[p.role].toLowerCase()})`,
        ]),
      ),
      Places: ids('places', e.places),
      Topics: ids('topics', e.topics),
      Basis: BASIS_LABELS[e.basis],
    },
    lists: {
      // Only an http: or https: URL becomes a link; any other (javascript:, data:) stays text.
      citations: [
        'Cited for context',
        e.citations.map((c) => {
          const href = safeHref(c.url)
          return [
            href ? { href, text: c.title } : c.title,
            ...(c.publisher ? [`, ${c.publisher}`] : []),
            ...(c.accessed ? [`, accessed ${c.accessed}`] : []),
          ]
        }),
      ],
      claims: [
        'Claims about this event',
        recordItems('claims', q.claims({ about: { events: e.id } })),
      ],
    },
    ld: {
      '@type': 'Event',
      name: e.title,
      description: e.summary,
      startDate: isoEnds(e.date)[0],
      endDate: isoEnds(e.date)[1],
      location: e.places.map((p) => named('places', p)),
      about: e.participants.map((p) => named('actors', p.actor)),
    },
  }),
  places: (p) => {
    const point = p.geometry?.type === 'Point' ? p.geometry.coordinates : undefined
    const where = !p.geometry
      ? 'None: no trustworthy geometry exists, so none is drawn'
      : point
        ? `Point at ${point[1]}° N, ${point[0]}° E`
        : p.geometry.type
    const precision = p.precision ? ` (${PRECISION_LABELS[p.precision].toLowerCase()})` : ''
    const language = new Intl.DisplayNames('en', { type: 'language' })
    const about = q.claims({ about: { places: p.id } })
    const contains = dataset.places.filter((x) => x.within === p.id)
    return {
      facts: {
        Within: ids('places', [p.within]),
        Contains: ids('places', contains),
        Contested: p.contested && (p.contestedNote ?? 'Yes'),
        Geometry: `${where}${precision}`,
        Wikidata: wikidata(p.wikidata),
        'Display name': ['by the ', { href: '/guides/naming-policy/', text: 'naming policy' }],
      },
      lists: {
        names: [
          'Names',
          p.names.map((n) => [
            { name: n.text, lang: n.lang },
            ` (${language.of(n.lang) ?? n.lang}, `,
            { code: n.lang },
            ')',
            ...(n.usedBy?.length ? [', used by ', ...ids('actors', n.usedBy)] : []),
          ]),
        ],
        events: ['Events here', recordItems('events', q.timeline({ places: p.id }))],
        claims: ['Claims about this place', recordItems('claims', about)],
      },
      ld: {
        '@type': p.kind === 'country' ? 'Country' : p.kind === 'city' ? 'City' : 'Place',
        name: p.name,
        alternateName: p.names.map((n) => n.text).filter((n) => n !== p.name),
        description: p.contestedNote,
        sameAs: p.wikidata && [wikidataUrl(p.wikidata)],
        containedInPlace: p.within ? ref('places', p.within) : undefined,
        geo: point && { '@type': 'GeoCoordinates', longitude: point[0], latitude: point[1] },
      },
    }
  },
  topics: (t) => ({
    lede: t.description,
    facts: { Filter: [{ href: '/analysis/claims/', text: 'All claims, filterable by topic' }] },
    lists: {
      claims: ['Claims', recordItems('claims', q.claims({ topics: t.id }))],
      events: ['Events', recordItems('events', q.timeline({ topics: t.id }))],
    },
    ld: {
      '@type': 'DefinedTerm',
      name: t.name,
      description: t.description,
      termCode: t.id,
      inDefinedTermSet: {
        '@type': 'DefinedTermSet',
        name: 'Topics of the Karabakh aftermath dataset',
        url: new URL('/records/topics/', SITE).href,
      },
    },
  }),
}

/** The facts, lists and quotes of a record's page. */
export function recordView(collection: Browsed, record: AnyRecord): RecordView {
  const { ld, ...view } = (VIEWS[collection] as (record: AnyRecord) => View)(record)
  const facts = { Kind: recordKind(collection, record), ...view.facts, Id: [{ code: record.id }] }
  const url = recordUrl(collection, record.id, SITE.href)
  return {
    ...view,
    facts: Object.entries(facts).flatMap(([label, v]) =>
      v && v.length > 0 ? [[label, typeof v === 'string' ? [v] : v]] : [],
    ),
    lists: Object.entries(view.lists).flatMap(([id, [title, items]]) =>
      items.length > 0 ? [{ title, id, items }] : [],
    ),
    quotes: 'mentions' in record ? record.mentions : 'quote' in record ? [record.quote] : [],
    jsonLd: {
      '@context': 'https://schema.org',
      '@id': `${url}#record`,
      url,
      identifier: record.id,
      ...ld,
    },
  }
}
