/**
 * schema.org JSON-LD for the record pages: a type where one fits, ids that link the pages. A value
 * left undefined is left out; an empty list stays (in JSON-LD, the same as no value).
 */
import { safeHref } from '@karabakh-aftermath/react/utils'
import type { Actor } from '@karabakh-aftermath/schema'
import { recordUrl } from '@karabakh-aftermath/schema/web-annotation'
import { type AnyRecord, type Browsed, lookup, type RecordOf, SITE } from './records'

type Json = Record<string, unknown>

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">`: every `<` is escaped as
 * `\u003c`, so no text in the data can close the script element or open a comment in it.
 */
export const jsonLdText = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c')

const ref = (collection: Browsed, id: string) => ({
  '@id': `${recordUrl(collection, id, SITE.href)}#record`,
})
/** A reference to an actor's or a place's page, with its name. */
const named = (collection: 'actors' | 'places', id: string) => ({
  ...ref(collection, id),
  name: lookup[collection].get(id)?.name,
})
const wikidata = (qid: string | undefined) =>
  qid ? [`https://www.wikidata.org/wiki/${encodeURIComponent(qid)}`] : undefined

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

/** The ISO 8601 form of one end of an EDTF date, or undefined for an open or unknown end. */
const isoEnd = (end: string | undefined) =>
  end && end !== '..' ? end.replace(/[?~%]$/, '') : undefined

/** The schema.org type and properties of a record, per collection. */
const TYPED: { [C in Browsed]: (record: RecordOf[C]) => Json } = {
  actors: (a) => ({
    '@type': actorType(a.kind),
    name: a.name,
    alternateName: [...a.names.map((n) => n.text), ...a.aliases].filter((n) => n !== a.name),
    description: a.description,
    sameAs: wikidata(a.wikidata),
    // schema.org's memberOf is for a person or an organisation, not a group or a population.
    memberOf: actorType(a.kind) === 'Thing' ? undefined : a.memberOf.map((m) => ref('actors', m)),
  }),
  places: (p) => {
    const point = p.geometry?.type === 'Point' ? p.geometry.coordinates : undefined
    return {
      '@type': p.kind === 'country' ? 'Country' : p.kind === 'city' ? 'City' : 'Place',
      name: p.name,
      alternateName: p.names.map((n) => n.text).filter((n) => n !== p.name),
      description: p.contestedNote,
      sameAs: wikidata(p.wikidata),
      containedInPlace: p.within ? ref('places', p.within) : undefined,
      geo: point
        ? { '@type': 'GeoCoordinates', longitude: point[0], latitude: point[1] }
        : undefined,
    }
  },
  events: (e) => {
    const [start, end] = e.date.includes('/') ? e.date.split('/') : [e.date, e.date]
    return {
      '@type': 'Event',
      name: e.title,
      description: e.summary,
      startDate: isoEnd(start),
      endDate: isoEnd(end),
      location: e.places.map((p) => named('places', p)),
      about: e.participants.map((p) => named('actors', p.actor)),
    }
  },
  claims: (c) => {
    const source = lookup.sources.get(c.quote.source)
    return {
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
          datePublished: isoEnd(source.published),
          inLanguage: source.language,
          author: source.authors.map((a) => named('actors', a)),
          publisher: named('actors', source.publisher),
        },
      },
      keywords: c.topics.map((t) => lookup.topics.get(t)?.name ?? t),
    }
  },
  topics: (t) => ({
    '@type': 'DefinedTerm',
    name: t.name,
    description: t.description,
    termCode: t.id,
    inDefinedTermSet: {
      '@type': 'DefinedTermSet',
      name: 'Topics of the Karabakh aftermath dataset',
      url: new URL('/records/topics/', SITE).href,
    },
  }),
}

/** JSON-LD of a record page. */
export function recordJsonLd(collection: Browsed, record: AnyRecord): Json {
  const url = recordUrl(collection, record.id, SITE.href)
  const typed = (TYPED[collection] as (record: AnyRecord) => Json)(record)
  return {
    '@context': 'https://schema.org',
    '@id': `${url}#record`,
    url,
    identifier: record.id,
    ...typed,
  }
}
