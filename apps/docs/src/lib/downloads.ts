/**
 * The files offered for download, read from the packages' builds (dataset, GeoJSON, W3C Web
 * Annotations, CSV, JSON Schema) or, for the citations, written by the query package's mappings.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { toBibTeX, toCsl, toRis } from '@karabakh-aftermath/query/exports'
import { datasetDir } from '../../build-env.mjs'
import { dataset } from './records'

const require = createRequire(join(process.cwd(), 'package.json'))
const distOf = (pkg: string) => join(dirname(require.resolve(`${pkg}/package.json`)), 'dist')

/** One downloadable file. */
export type Download = {
  /** Path under `/downloads/`. */
  path: string
  /** Absolute path of the built file it is served from, or the text it holds. */
  file: string | { text: string }
  /** Group on the downloads page. */
  group: 'Dataset' | 'GeoJSON' | 'Annotations and citations' | 'CSV' | 'JSON Schema'
  /** What it holds. */
  label: string
  /** How a package user imports the same file. */
  specifier: string
  bytes: number
  type: string
}

const CSV_LABELS: Record<string, string> = {
  sources: 'Sources: metadata (the text is in the JSON)',
  actors: 'Actors',
  places: 'Places, with coordinates',
  topics: 'Topics',
  events: 'Events, with EDTF dates and bounds',
  claims: 'Claims, with quotes, kinds and likelihood',
}

/** Every file of the downloads page, in display order. */
export function downloads(): Download[] {
  const data = datasetDir(process.env) ?? distOf('@karabakh-aftermath/data')
  const schema = join(distOf('@karabakh-aftermath/schema'), 'json-schema')
  const entry = (
    path: string,
    file: Download['file'],
    group: Download['group'],
    label: string,
    specifier: string,
    type: string,
  ): Download => ({
    path,
    file,
    group,
    label,
    specifier,
    bytes: typeof file === 'string' ? statSync(file).size : Buffer.byteLength(file.text),
    type,
  })
  const citations = dataset.sources.flatMap((source) => {
    const item = toCsl(source, { actors: dataset.actors })
    const cite = (ext: string, text: string, format: string, call: string, type: string) =>
      entry(
        `cite/${source.id}.${ext}`,
        { text },
        'Annotations and citations',
        `${source.title}: its citation as ${format}`,
        `${call}toCsl(source, { actors })${call ? ')' : ''}`,
        type,
      )
    return [
      cite(
        'csl.json',
        `${JSON.stringify([item], null, 2)}\n`,
        'CSL-JSON',
        '',
        'application/vnd.citationstyles.csl+json',
      ),
      cite('bib', toBibTeX(item), 'BibTeX', 'toBibTeX(', 'application/x-bibtex'),
      cite('ris', toRis(item), 'RIS', 'toRis(', 'application/x-research-info-systems'),
    ]
  })
  const csvs = readdirSync(join(data, 'csv'))
    .filter((f) => f.endsWith('.csv'))
    .sort(
      (a, b) =>
        Object.keys(CSV_LABELS).indexOf(a.slice(0, -4)) -
        Object.keys(CSV_LABELS).indexOf(b.slice(0, -4)),
    )
  const schemas = readdirSync(schema)
    .filter((f) => f.endsWith('.json'))
    .sort()
  return [
    entry(
      'dataset.json',
      join(data, 'dataset.json'),
      'Dataset',
      'The whole dataset: metadata and every collection',
      '@karabakh-aftermath/data/dataset.json',
      'application/json',
    ),
    entry(
      'places.geojson',
      join(data, 'places.geojson'),
      'GeoJSON',
      'Places as a GeoJSON FeatureCollection (RFC 7946)',
      '@karabakh-aftermath/data/places.geojson',
      'application/geo+json',
    ),
    entry(
      'annotations.jsonld',
      join(data, 'annotations.jsonld'),
      'Annotations and citations',
      'Every claim’s quote as a W3C Web Annotation (JSON-LD AnnotationCollection)',
      '@karabakh-aftermath/data/annotations.jsonld',
      'application/ld+json',
    ),
    ...citations,
    ...csvs.map((f) =>
      entry(
        `csv/${f}`,
        join(data, 'csv', f),
        'CSV',
        CSV_LABELS[f.slice(0, -4)] ?? f,
        `@karabakh-aftermath/data/csv/${f}`,
        'text/csv',
      ),
    ),
    ...schemas.map((f) =>
      entry(
        `json-schema/${f}`,
        join(schema, f),
        'JSON Schema',
        f.includes('-input')
          ? `${f.replace('-input.json', '')}, as authored in content files`
          : f === 'dataset.json'
            ? 'The whole dataset'
            : f.replace('.json', ''),
        `@karabakh-aftermath/schema/json-schema/${f}`,
        'application/schema+json',
      ),
    ),
  ]
}

/** The bytes of a download. */
export const readDownload = (d: Download): Buffer =>
  typeof d.file === 'string' ? readFileSync(d.file) : Buffer.from(d.file.text)

/** A size for people: "187 kB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} kB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}
