// Reads the YAML content files of every collection, keeping each record's file and the line of
// each field, so that every problem can be reported as file:line.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { COLLECTIONS, type CollectionName } from '@karabakh-aftermath/schema'
import { type Document, isMap, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Located } from './problem.ts'

/** A record as read from a content file, with where it came from. */
export type LoadedRecord = {
  collection: CollectionName
  file: string
  value: unknown
  /** Line of a field path within the record (the record's own line for an empty path). */
  lineOf: (path: readonly PropertyKey[]) => number
}

/** Reads every `content/<collection>/*.yaml` file below `contentDir`. */
export function loadContent(
  contentDir: string,
  rootDir: string,
): { records: LoadedRecord[]; problems: Located[] } {
  const records: LoadedRecord[] = []
  const problems: Located[] = []
  for (const collection of COLLECTIONS) {
    const dir = join(contentDir, collection)
    let files: string[]
    try {
      files = readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    } catch {
      continue
    }
    for (const name of files) {
      const path = join(dir, name)
      const file = relative(rootDir, path)
      const lineCounter = new LineCounter()
      const doc = parseDocument(readFileSync(path, 'utf8'), {
        lineCounter,
        prettyErrors: false,
        uniqueKeys: true,
      })
      if (doc.errors.length) {
        for (const error of doc.errors) {
          const line = lineCounter.linePos(error.pos[0]).line
          problems.push({
            file,
            line,
            collection,
            id: '-',
            path: [],
            message: `is not valid YAML: ${error.message.split('\n')[0]}`,
          })
        }
        continue
      }
      const root = doc.contents
      const lineAt = (keys: readonly PropertyKey[]) => lineOfPath(doc, lineCounter, keys)
      if (isSeq(root)) {
        const values = doc.toJS() as unknown[]
        values.forEach((value, index) => {
          records.push({ collection, file, value, lineOf: (p) => lineAt([index, ...p]) })
        })
      } else if (isMap(root)) {
        records.push({ collection, file, value: doc.toJS(), lineOf: (p) => lineAt(p) })
      } else if (root !== null) {
        problems.push({
          file,
          line: 1,
          collection,
          id: '-',
          path: [],
          message: 'must hold one record (a mapping) or a list of records',
        })
      }
    }
  }
  return { records, problems }
}

// The line of the deepest node along `keys` that exists: a missing field is reported at its record.
function lineOfPath(doc: Document, lineCounter: LineCounter, keys: readonly PropertyKey[]): number {
  for (let n = keys.length; n >= 0; n--) {
    const node = doc.getIn(keys.slice(0, n) as unknown[], true) as
      | { range?: [number, number, number] }
      | undefined
    if (node && typeof node === 'object' && node.range)
      return lineCounter.linePos(node.range[0]).line
  }
  return 1
}
