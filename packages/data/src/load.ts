// Reads the YAML content files of every collection, keeping each record's file and the line of
// each field, so that every problem can be reported as file:line. A file that is not UTF-8, not
// valid YAML, warned about by the parser (an unknown tag), or that uses aliases to blow up or
// loop is refused whole, at its line, as `unreadable-file`.
import { isUtf8 } from 'node:buffer'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { COLLECTIONS, type CollectionName } from '@karabakh-aftermath/schema'
import { type Document, isMap, isNode, isSeq, LineCounter, parseDocument, visit } from 'yaml'
import type { Located } from './problem.ts'

/** A record as read from a content file, with where it came from. */
export type LoadedRecord = {
  collection: CollectionName
  file: string
  value: unknown
  /** Line of a field path within the record (the record's own line for an empty path). */
  lineOf: (path: readonly PropertyKey[]) => number
}

/** A file refused whole: the problem at `line` of `file`. */
const unreadable = (file: string, line: number, collection: CollectionName, message: string) =>
  ({ code: 'unreadable-file', file, line, collection, id: '-', path: [], message }) as Located

/** Past this many aliases a file is refused: a few are handy, thousands are an attack. */
const MAX_ALIASES = 100

/**
 * Decodes bytes as UTF-8, refusing any invalid byte with the line it is on, rather than turning
 * it into U+FFFD.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { line: number } {
  if (isUtf8(bytes)) return { text: new TextDecoder().decode(bytes) }
  // A newline byte is never part of a multi-byte character, so one line holds the bad bytes;
  // latin1 maps each byte to one character and back.
  const lines = Buffer.from(bytes).toString('latin1').split('\n')
  return { line: lines.findIndex((l) => !isUtf8(Buffer.from(l, 'latin1'))) + 1 }
}

/** Reads one content file's text into records, or the problems that refuse it. */
export function loadText(
  text: string,
  collection: CollectionName,
  file: string,
): { records: LoadedRecord[]; problems: Located[] } {
  const lineCounter = new LineCounter()
  const problems: Located[] = []
  // Records the problem at `offset` and returns the refusal, with every problem so far.
  const refuse = (offset: number | undefined, message: string) => {
    const line = offset === undefined ? 1 : lineCounter.linePos(offset).line
    problems.push(unreadable(file, line, collection, message))
    return { records: [], problems }
  }
  let doc: Document
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  } catch (error) {
    return refuse(undefined, `cannot be parsed: ${String(error)}`)
  }
  for (const e of [...doc.errors, ...doc.warnings])
    refuse(e.pos[0], `is not valid YAML: ${e.message.split('\n')[0]}`)
  visit(doc, {
    Alias(_, alias, path) {
      if (path.includes(alias.resolve(doc) as never))
        refuse(alias.range?.[0], `has an alias (*${alias.source}) inside its own anchor`)
    },
  })
  if (problems.length) return { records: [], problems }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES })
  } catch (error) {
    return refuse(undefined, `cannot be read: ${(error as Error).message}`)
  }
  const lineAt = (keys: readonly PropertyKey[]) => lineOfPath(doc, lineCounter, keys)
  const record = (v: unknown, lineOf = lineAt) => ({ collection, file, value: v, lineOf })
  if (isSeq(doc.contents) && Array.isArray(value))
    return { records: value.map((v, i) => record(v, (p) => lineAt([i, ...p]))), problems }
  if (isMap(doc.contents)) return { records: [record(value)], problems }
  if (doc.contents === null) return { records: [], problems }
  return refuse(0, 'must hold one record (a mapping) or a list of records')
}

/** Reads every `content/<collection>/*.yaml` (or `.yml`, any case) file below `contentDir`. */
export function loadContent(
  contentDir: string,
  rootDir: string,
): { records: LoadedRecord[]; problems: Located[] } {
  const records: LoadedRecord[] = []
  const problems: Located[] = []
  for (const collection of COLLECTIONS) {
    const dir = join(contentDir, collection)
    let names: string[]
    try {
      names = readdirSync(dir).sort()
    } catch {
      continue
    }
    for (const name of names) {
      if (name.startsWith('.')) continue
      const file = relative(rootDir, join(dir, name))
      const refuse = (line: number, message: string) =>
        problems.push(unreadable(file, line, collection, message))
      if (!/\.ya?ml$/i.test(name)) {
        refuse(1, 'is not a .yaml file: content files are YAML; move other files elsewhere')
        continue
      }
      const decoded = decodeUtf8(readFileSync(join(dir, name)))
      if ('line' in decoded) {
        refuse(decoded.line, 'is not valid UTF-8: save the file as UTF-8')
        continue
      }
      const loaded = loadText(decoded.text, collection, file)
      for (const r of loaded.records) records.push(r)
      for (const p of loaded.problems) problems.push(p)
    }
  }
  return { records, problems }
}

// The line of the deepest node along `keys` that exists: a missing field is reported at its record.
function lineOfPath(doc: Document, lineCounter: LineCounter, keys: readonly PropertyKey[]): number {
  for (let n = keys.length; n >= 0; n--) {
    const node = doc.getIn(keys.slice(0, n) as unknown[], true)
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line
  }
  return 1
}
