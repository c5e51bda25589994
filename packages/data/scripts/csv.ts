// Flat CSV tables of each collection for spreadsheets and analysts (RFC 4180: CRLF, quoted fields).
import type { Dataset } from '@karabakh-aftermath/schema'

type Row = Record<string, string | number | boolean | undefined | null>

/** Joins list values in one cell. */
const list = (values: readonly (string | undefined)[] | undefined) =>
  (values ?? []).filter(Boolean).join('|')

/** Escapes a field per RFC 4180: quote it when it holds a comma, quote, CR or LF; double inner quotes. */
export function csvField(value: Row[string]): string {
  const s = value === undefined || value === null ? '' : String(value)
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

/** A CSV document (header + rows, CRLF line ends, trailing CRLF) from rows with the given columns. */
export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  const lines = [columns, ...rows.map((r) => columns.map((c) => r[c]))].map((cells) =>
    cells.map(csvField).join(','),
  )
  return `${lines.join('\r\n')}\r\n`
}

const names = (ns: readonly { text: string; lang: string }[]) =>
  list(ns.map((n) => `${n.text} (${n.lang})`))

/** One table per collection, with flat columns; lists are joined with `|`. */
export function datasetTables(d: Dataset): Record<keyof Dataset, string> {
  const table = <T>(items: readonly T[], map: (item: T) => Row) => {
    const rows = items.map(map)
    return toCsv(Object.keys(rows[0] ?? {}), rows)
  }
  return {
    sources: table(d.sources, (s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      authors: list(s.authors),
      publisher: s.publisher,
      published: s.published,
      url: s.url,
      language: s.language,
      rights: s.rights,
      textSha256: s.textSha256,
    })),
    actors: table(d.actors, (a) => ({
      id: a.id,
      kind: a.kind,
      name: a.name,
      names: names(a.names),
      aliases: list(a.aliases),
      description: a.description,
      wikidata: a.wikidata,
      country: a.country,
      memberOf: list(a.memberOf),
      mentions: list(a.mentions.map((m) => m.exact)),
    })),
    places: table(d.places, (p) => ({
      id: p.id,
      kind: p.kind,
      name: p.name,
      names: names(p.names),
      geometryType: p.geometry?.type,
      longitude: p.geometry?.type === 'Point' ? p.geometry.coordinates[0] : undefined,
      latitude: p.geometry?.type === 'Point' ? p.geometry.coordinates[1] : undefined,
      precision: p.precision,
      within: p.within,
      contested: p.contested,
      contestedNote: p.contestedNote,
      wikidata: p.wikidata,
      naturalEarth: p.naturalEarth,
    })),
    topics: table(d.topics, (t) => ({ id: t.id, name: t.name, description: t.description })),
    events: table(d.events, (e) => ({
      id: e.id,
      kind: e.kind,
      title: e.title,
      summary: e.summary,
      date: e.date,
      earliest: e.bounds.earliest,
      latest: e.bounds.latest,
      participants: list(e.participants.map((p) => `${p.actor}:${p.role}`)),
      places: list(e.places),
      topics: list(e.topics),
      basis: e.basis,
      citations: list(e.citations.map((c) => c.url)),
    })),
    claims: table(d.claims, (c) => ({
      id: c.id,
      kind: c.kind,
      statement: c.statement,
      claimant: c.claimant,
      reportedBy: c.reportedBy,
      quote: c.quote.exact,
      quoteStart: c.quote.start,
      quoteEnd: c.quote.end,
      aboutActors: list(c.about.actors),
      aboutEvents: list(c.about.events),
      aboutPlaces: list(c.about.places),
      likelihoodTerm: c.likelihood?.term,
      likelihoodCue: c.likelihood?.cue,
      quantityValue: c.quantity && 'value' in c.quantity ? c.quantity.value : undefined,
      quantityLow: c.quantity && 'low' in c.quantity ? c.quantity.low : undefined,
      quantityHigh: c.quantity && 'high' in c.quantity ? c.quantity.high : undefined,
      quantityUnit: c.quantity?.unit,
      relationSubject: c.relation?.subject,
      relationPredicate: c.relation?.predicate,
      relationObject: c.relation?.object,
      disputes: list(c.disputes),
      supports: list(c.supports),
      topics: list(c.topics),
    })),
  }
}
