// Flat CSV tables of each collection for spreadsheets and analysts (RFC 4180: CRLF, quoted fields).
// The columns come from the record schemas, so a new field, a reference among them, gets its
// column with no edit here.
import { COLLECTION_SCHEMAS, COLLECTIONS, type Dataset } from '@karabakh-aftermath/schema'

type Column = { name: string; get: (record: unknown) => unknown }
// The part of a zod schema's definition the columns depend on.
type Schema = { _zod: { def: unknown } }
type Def = { innerType?: Schema; shape?: Record<string, Schema>; options?: Schema[] }
const defOf = (schema: Schema) => schema._zod.def as Def
const camel = (path: readonly string[]) =>
  path.map((k, i) => (i ? k[0]?.toUpperCase() + k.slice(1) : k)).join('')

/**
 * The columns of a schema: one per field, nested objects flattened (`about.actors` is
 * `aboutActors`), a union of objects as the union of their fields (`quantityValue`, `quantityLow`).
 */
export function columnsOf(schema: Schema, path: string[] = []): Column[] {
  const def = defOf(schema)
  if (def.innerType) return columnsOf(def.innerType, path)
  if (def.shape)
    return Object.entries(def.shape).flatMap(([key, field]) => columnsOf(field, [...path, key]))
  if (def.options?.every((o) => defOf(o).shape || defOf(o).innerType)) {
    const columns = def.options.flatMap((option) => columnsOf(option, path))
    return [...new Map(columns.map((c) => [c.name, c])).values()]
  }
  return [
    {
      name: camel(path),
      get: (record) =>
        path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], record),
    },
  ]
}

const pointAt = (i: 0 | 1) => (record: unknown) => {
  const { geometry } = record as Dataset['places'][number]
  return geometry?.type === 'Point' ? geometry.coordinates[i] : undefined
}
// Spreadsheets and GIS tools read a point as two number columns; `geometryCoordinates` keeps
// every geometry as JSON.
const EXTRA_COLUMNS: Partial<Record<keyof Dataset, Column[]>> = {
  places: [
    { name: 'longitude', get: pointAt(0) },
    { name: 'latitude', get: pointAt(1) },
  ],
}

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP CSV injection).
const FORMULA = /^[=+\-@\t\r]/

/**
 * One cell: lists of plain values joined with `|`, anything nested as JSON, text that a
 * spreadsheet would run as a formula prefixed with `'`, then quoted per RFC 4180 when it holds a
 * comma, quote, CR or LF.
 */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  const text =
    typeof value === 'string'
      ? value
      : Array.isArray(value) && value.every((v) => typeof v !== 'object')
        ? value.join('|')
        : JSON.stringify(value)
  const safe = FORMULA.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** A CSV document (header + rows, CRLF line ends, trailing CRLF). */
export function toCsv(columns: readonly Column[], records: readonly unknown[]): string {
  const lines = [
    columns.map((c) => csvField(c.name)),
    ...records.map((r) => columns.map((c) => csvField(c.get(r)))),
  ].map((cells) => cells.join(','))
  return `${lines.join('\r\n')}\r\n`
}

/** One table per collection, with the columns of its record schema. */
export function datasetTables(d: Dataset): Record<keyof Dataset, string> {
  return Object.fromEntries(
    COLLECTIONS.map((c) => [
      c,
      toCsv([...columnsOf(COLLECTION_SCHEMAS[c].schema), ...(EXTRA_COLUMNS[c] ?? [])], d[c]),
    ]),
  ) as Record<keyof Dataset, string>
}
