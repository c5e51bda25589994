/** The files offered for download, read from the packages' builds: dataset, GeoJSON, CSV, JSON Schema. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { datasetDir } from '../../build-env.mjs'

const require = createRequire(join(process.cwd(), 'package.json'))
const distOf = (pkg: string) => join(dirname(require.resolve(`${pkg}/package.json`)), 'dist')

/** One downloadable file. */
export type Download = {
  /** Path under `/downloads/`. */
  path: string
  /** Absolute path of the built file it is served from. */
  file: string
  /** Group on the downloads page. */
  group: 'Dataset' | 'GeoJSON' | 'CSV' | 'JSON Schema'
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
    file: string,
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
    bytes: statSync(file).size,
    type,
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
export const readDownload = (d: Download): Buffer => readFileSync(d.file)

/** A size for people: "187 kB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} kB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}
