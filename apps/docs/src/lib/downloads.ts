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

/** The CSV files in display order, with what each holds. */
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
  const schemas = join(distOf('@karabakh-aftermath/schema'), 'json-schema')
  /** A file of the data package's build. */
  const shipped = (path: string, group: Download['group'], label: string, type: string) => ({
    path,
    content: readFileSync(join(data, path)),
    group,
    label,
    specifier: `@karabakh-aftermath/data/${path}`,
    type,
  })
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
  const csvs = Object.keys(CSV_LABELS).filter((name) =>
    readdirSync(join(data, 'csv')).includes(`${name}.csv`),
  )
  return [
    shipped(
      'dataset.json',
      'Dataset',
      'The whole dataset: metadata and every collection',
      'application/json',
    ),
    shipped(
      'places.geojson',
      'GeoJSON',
      'Places as a GeoJSON FeatureCollection (RFC 7946)',
      'application/geo+json',
    ),
    shipped(
      'annotations.jsonld',
      'Annotations and citations',
      'Every claim’s quote as a W3C Web Annotation (JSON-LD AnnotationCollection)',
      'application/ld+json',
    ),
    ...citations,
    ...csvs.map((name) => shipped(`csv/${name}.csv`, 'CSV', CSV_LABELS[name] ?? name, 'text/csv')),
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
