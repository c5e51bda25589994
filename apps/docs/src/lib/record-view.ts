/**
 * One record page as data: its facts, the lists of records that point at it and the quotes that
 * name it. The page (`pages/records/[collection]/[id].astro`) renders it as HTML, the markdown
 * twin (`recordMarkdown`) as markdown, so the two always say the same. Every cross-link is an
 * answer of `@karabakh-aftermath/query`.
 */
import { disputesOf } from '@karabakh-aftermath/query'
import { safeHref } from '@karabakh-aftermath/react/utils'
import type { Actor, Claim, Event, Place, Quote, Topic } from '@karabakh-aftermath/schema'
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
  readerHref,
  recordKind,
  relationText,
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
/** A row of the record's facts; `card` when the page's card (ActorCard) already shows it. */
export type Fact = { label: string; value: Part[]; card?: boolean }
/** A titled list: the records that point at this one, its names, its citations. */
export type Listing = { title: string; id: string; items: Part[][] }
export type RecordView = {
  lede?: string
  facts: Fact[]
  lists: Listing[]
  quotes: readonly Quote[]
}

const fact = (label: string, value: Part[], card?: boolean): Fact[] =>
  value.length > 0 ? [{ label, value, ...(card && { card }) }] : []
/** Links to records, comma-separated. */
const refs = (list: readonly (readonly [Browsed, string])[]): Part[] =>
  list.flatMap(([record, id], i) => [...(i > 0 ? [', '] : []), { record, id }])
const ids = (collection: Browsed, list: readonly (string | undefined)[]) =>
  refs(list.flatMap((id) => (id ? [[collection, id] as const] : [])))
const list = (title: string, id: string, items: Part[][]): Listing[] =>
  items.length > 0 ? [{ title, id, items }] : []

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
const records = (
  title: string,
  id: string,
  collection: Browsed,
  found: readonly AnyRecord[],
  note?: (r: AnyRecord) => string | undefined,
) => list(title, id, recordItems(collection, found, note))

const names = (n: readonly { text: string; lang: string }[]): Part[] =>
  n.flatMap((x, i) => [...(i > 0 ? [', '] : []), { name: x.text, lang: x.lang }, ` (${x.lang})`])
const language = (tag: string) => new Intl.DisplayNames('en', { type: 'language' }).of(tag) ?? tag
const wikidata = (qid: string | undefined): Part[] =>
  qid ? [{ href: `https://www.wikidata.org/wiki/${encodeURIComponent(qid)}`, text: qid }] : []
const pct = (n: number) => `${Math.round(n * 100)}%`

/** The facts, lists and quotes of a record's page. */
export function recordView(collection: Browsed, record: AnyRecord): RecordView {
  const kind = recordKind(collection, record)
  const head = fact('Kind', kind ? [kind] : [], collection === 'actors')
  const id = fact('Id', [{ code: record.id }])
  switch (collection) {
    case 'actors': {
      const a = record as Actor
      const me = a.id
      const used = (['actors', 'places'] as const).flatMap((c) =>
        (dataset[c] as readonly (Actor | Place)[]).flatMap((r) =>
          r.names.filter((n) => n.usedBy?.includes(me)).map((n) => [n, c, r.id] as const),
        ),
      )
      return {
        lede: a.description,
        facts: [
          ...head,
          ...fact('Names', names(a.names), true),
          ...fact('Also called', a.aliases.length ? [a.aliases.join(', ')] : [], true),
          ...fact('Wikidata', wikidata(a.wikidata), true),
          ...id,
          ...fact('Member of', ids('actors', a.memberOf)),
          ...fact(
            'Members',
            ids(
              'actors',
              dataset.actors.filter((m) => m.memberOf.includes(me)).map((m) => m.id),
            ),
          ),
          ...fact(
            'Source',
            dataset.sources.flatMap((s) =>
              s.authors.includes(me) || s.publisher === me
                ? [
                    s.authors.includes(me) ? 'Author of ' : 'Publisher of ',
                    { href: '/analysis/reader/', text: s.title },
                  ]
                : [],
            ),
          ),
          ...fact(
            'Names it uses',
            used.flatMap(([n, c, r], i) => [
              ...(i > 0 ? ['; '] : []),
              { name: n.text, lang: n.lang },
              ' for ',
              { record: c, id: r },
            ]),
          ),
        ],
        lists: [
          ...records(`Claims by ${a.name}`, 'claims-by', 'claims', q.claims({ claimant: me })),
          ...records(
            `Claims ${a.name} reports`,
            'claims-reported',
            'claims',
            q.claims({ reportedBy: me }).filter((c) => c.claimant !== me),
            (c) => `claimed by ${nameOf('actors', (c as Claim).claimant)}`,
          ),
          ...records(
            `Claims about ${a.name}`,
            'claims-about',
            'claims',
            q.claims({ about: { actors: me } }).filter((c) => c.claimant !== me),
          ),
          ...list(
            'Relations that claims state',
            'relations',
            q
              .relations(me)
              .map((t) => [
                { record: 'actors', id: t.subject },
                ` ${RELATION_PREDICATE_LABELS[t.predicate]} `,
                { record: 'actors', id: t.object },
                ' — stated by ',
                ...t.claims.flatMap((c, i) => [
                  ...(i > 0 ? [', '] : []),
                  { href: recordUrl('claims', c.id), text: c.id },
                ]),
              ]),
          ),
          ...records('Events', 'events', 'events', q.timeline({ actors: me }), (e) =>
            (e as Event).participants
              .filter((p) => p.actor === me)
              .map((p) => PARTICIPANT_ROLE_LABELS[p.role])
              .join(', '),
          ),
        ],
        quotes: a.mentions,
      }
    }
    case 'claims': {
      const c = record as Claim
      const argument = q.argument(c.id)
      const depth = new Map(
        [...argument.up, ...argument.down].map((s) => [
          s.claim.id,
          s.depth === 1 ? 'directly' : `${s.depth} steps away`,
        ]),
      )
      const note = (r: AnyRecord) => depth.get(r.id)
      const band = c.likelihood && LIKELIHOOD_BANDS[c.likelihood.term]
      return {
        facts: [
          ...head,
          ...fact('Claimant', ids('actors', [c.claimant])),
          ...fact('Reported by', ids('actors', [c.reportedBy])),
          ...fact(
            'About',
            refs([
              ...c.about.actors.map((x) => ['actors', x] as const),
              ...c.about.events.map((x) => ['events', x] as const),
              ...c.about.places.map((x) => ['places', x] as const),
            ]),
          ),
          ...fact(
            'Likelihood',
            band && c.likelihood
              ? [
                  `${band.label} (${pct(band.min)}–${pct(band.max)}), from the words “${c.likelihood.cue}”; see the `,
                  { href: '/guides/likelihood/', text: 'likelihood table' },
                ]
              : [],
          ),
          ...fact('Relation', c.relation ? [relationText(c) ?? ''] : []),
          ...fact('Topics', ids('topics', c.topics)),
          ...fact('In the text', [
            { href: readerHref(c.quote), text: quoteLocation(c.quote) },
            `, characters ${c.quote.start}–${c.quote.end}`,
          ]),
          ...id,
        ],
        lists: [
          ...records(
            'Argues for',
            'supports',
            'claims',
            argument.up.map((s) => s.claim),
            note,
          ),
          ...records(
            'Argued for by',
            'supported-by',
            'claims',
            argument.down.map((s) => s.claim),
            note,
          ),
          ...records(
            'Disputes',
            'disputes',
            'claims',
            c.disputes.flatMap((x) => lookup.claims.get(x) ?? []),
          ),
          // The disputes this claim does not list itself (those it lists are shown above).
          ...records(
            'Disputed by',
            'disputed-by',
            'claims',
            disputesOf(c, dataset.claims).filter((d) => !c.disputes.includes(d.id)),
          ),
        ],
        quotes: [c.quote],
      }
    }
    case 'events': {
      const e = record as Event
      return {
        lede: e.summary,
        facts: [
          ...head,
          ...fact('Date', [
            `${formatDate(e.date)} (EDTF `,
            { code: e.date },
            `: from ${e.bounds.earliest ?? 'an open start'} to ${e.bounds.latest ?? 'an open end'})`,
          ]),
          ...fact(
            'Participants',
            e.participants.flatMap((p, i) => [
              ...(i > 0 ? [', '] : []),
              { record: 'actors' as const, id: p.actor },
              ` (${PARTICIPANT_ROLE_LABELS[p.role].toLowerCase()})`,
            ]),
          ),
          ...fact('Places', ids('places', e.places)),
          ...fact('Topics', ids('topics', e.topics)),
          ...fact('Basis', [BASIS_LABELS[e.basis]]),
          ...id,
        ],
        lists: [
          // Only an http: or https: URL becomes a link; any other (javascript:, data:) stays text.
          ...list(
            'Cited for context',
            'citations',
            e.citations.map((c) => {
              const href = safeHref(c.url)
              return [
                href ? { href, text: c.title } : c.title,
                ...(c.publisher ? [`, ${c.publisher}`] : []),
                ...(c.accessed ? [`, accessed ${c.accessed}`] : []),
              ]
            }),
          ),
          ...records(
            'Claims about this event',
            'claims',
            'claims',
            q.claims({ about: { events: e.id } }),
          ),
        ],
        quotes: e.mentions,
      }
    }
    case 'places': {
      const p = record as Place
      const me = p.id
      const point = p.geometry?.type === 'Point' ? p.geometry.coordinates : undefined
      const where = !p.geometry
        ? 'None: no trustworthy geometry exists, so none is drawn'
        : point
          ? `Point at ${point[1]}° N, ${point[0]}° E`
          : p.geometry.type
      return {
        facts: [
          ...head,
          ...fact('Within', ids('places', [p.within])),
          ...fact(
            'Contains',
            ids(
              'places',
              dataset.places.filter((x) => x.within === p.id).map((x) => x.id),
            ),
          ),
          ...fact('Contested', p.contested ? [p.contestedNote ?? 'Yes'] : []),
          ...fact('Geometry', [
            `${where}${p.precision ? ` (${PRECISION_LABELS[p.precision].toLowerCase()})` : ''}`,
          ]),
          ...fact('Wikidata', wikidata(p.wikidata)),
          ...fact('Display name', [
            'by the ',
            { href: '/guides/naming-policy/', text: 'naming policy' },
          ]),
          ...id,
        ],
        lists: [
          ...list(
            'Names',
            'names',
            p.names.map((n) => [
              { name: n.text, lang: n.lang },
              ` (${language(n.lang)}, `,
              { code: n.lang },
              ')',
              ...(n.usedBy?.length ? [', used by ', ...ids('actors', n.usedBy)] : []),
            ]),
          ),
          ...records('Events here', 'events', 'events', q.timeline({ places: me })),
          ...records(
            'Claims about this place',
            'claims',
            'claims',
            q.claims({ about: { places: me } }),
          ),
        ],
        quotes: p.mentions,
      }
    }
    default: {
      const t = record as Topic
      const me = t.id
      return {
        lede: t.description,
        facts: [
          ...id,
          ...fact('Filter', [
            { href: '/analysis/claims/', text: 'All claims, filterable by topic' },
          ]),
        ],
        lists: [
          ...records('Claims', 'claims', 'claims', q.claims({ topics: me })),
          ...records('Events', 'events', 'events', q.timeline({ topics: me })),
        ],
        quotes: [],
      }
    }
  }
}
