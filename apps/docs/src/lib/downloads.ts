/**
 * The files offered for download, read from the packages' builds (dataset, GeoJSON, W3C Web
 * Annotations, CSV, JSON Schema) or, for the citations, written by the query package's mappings.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { toBibTeX, toCsl, toRis } from '@karabakh-aftermath/query/exports'
import { datasetDir } from '../../build-env.mjs'
import { dataset } from './records'

const require = createRequire(join(process.cwd(), 'package.json'))
const distOf = (pkg: string) => join(dirname(require.resolve(`${pkg}/package.json`)), 'dist')

/** The groups of the downloads page, in display order. */
export const GROUPS = [
  'Dataset',
  'GeoJSON',
  'Annotations and citations',
  'CSV',
  'JSON Schema',
] as const

/** One downloadable file. */
export type Download = {
  /** Path under `/downloads/`. */
  path: string
  /** Its bytes: copied from a package's build, or written here. */
  content: Buffer
  group: (typeof GROUPS)[number]
  /** What it holds. */
  label: string
  /** How a package user imports the same file, or the helper that writes it. */
  specifier: string
  type: string
}

/** What each file of the data package's build holds, in display order. */
const DATA_FILES: Record<string, string> = {
  'dataset.json': 'The whole dataset: metadata and every collection',
  'places.geojson': 'Places as a GeoJSON FeatureCollection (RFC 7946)',
  'annotations.jsonld':
    'Every claim’s quote as a W3C Web Annotation (JSON-LD AnnotationCollection)',
  'csv/sources.csv': 'Sources: metadata (the text is in the JSON)',
  'csv/actors.csv': 'Actors',
  'csv/places.csv': 'Places, with coordinates',
  'csv/topics.csv': 'Topics',
  'csv/events.csv': 'Events, with EDTF dates and bounds',
  'csv/claims.csv': 'Claims, with quotes, kinds and likelihood',
}
const TYPES: Record<string, string> = {
  json: 'application/json',
  geojson: 'application/geo+json',
  jsonld: 'application/ld+json',
  csv: 'text/csv',
}
const groupOf = (path: string): Download['group'] =>
  path === 'dataset.json'
    ? 'Dataset'
    : path.endsWith('.geojson')
      ? 'GeoJSON'
      : path.startsWith('csv/')
        ? 'CSV'
        : 'Annotations and citations'

/** Every file of the downloads page, in display order within each group. */
export function downloads(): Download[] {
  const data = datasetDir(process.env) ?? distOf('@karabakh-aftermath/data')
  const schemas = join(distOf('@karabakh-aftermath/schema'), 'json-schema')
  const citations = dataset.sources.flatMap((source) => {
    const item = toCsl(source, { actors: dataset.actors })
    return (
      [
        [
          'csl.json',
          `${JSON.stringify([item], null, 2)}\n`,
          'CSL-JSON',
          '',
          'application/vnd.citationstyles.csl+json',
        ],
        ['bib', toBibTeX(item), 'BibTeX', 'toBibTeX', 'application/x-bibtex'],
        ['ris', toRis(item), 'RIS', 'toRis', 'application/x-research-info-systems'],
      ] as const
    ).map(([ext, text, format, call, type]) => ({
      path: `cite/${source.id}.${ext}`,
      content: Buffer.from(text),
      group: 'Annotations and citations' as const,
      label: `${source.title}: its citation as ${format}`,
      specifier: call ? `${call}(toCsl(source, { actors }))` : 'toCsl(source, { actors })',
      type,
    }))
  })
  return [
    ...Object.entries(DATA_FILES).map(([path, label]) => ({
      path,
      content: readFileSync(join(data, path)),
      group: groupOf(path),
      label,
      specifier: `@karabakh-aftermath/data/${path}`,
      type: TYPES[path.split('.').at(-1) ?? ''] ?? 'application/octet-stream',
    })),
    ...citations,
    ...readdirSync(schemas)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => ({
        path: `json-schema/${f}`,
        content: readFileSync(join(schemas, f)),
        group: 'JSON Schema' as const,
        label: f.includes('-input')
          ? `${f.replace('-input.json', '')}, as authored in content files`
          : f === 'dataset.json'
            ? 'The whole dataset'
            : f.replace('.json', ''),
        specifier: `@karabakh-aftermath/schema/json-schema/${f}`,
        type: 'application/schema+json',
      })),
  ]
}

/** A size for people: "187 kB". */
export const formatBytes = (n: number): string =>
  n < 1024 ? `${n} B` : `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} kB`
