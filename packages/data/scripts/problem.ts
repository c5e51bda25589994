// A content problem located in its file: what `file:line collection/id field: reason` prints.
import { type CollectionName, formatPath } from '@karabakh-aftermath/schema'

/** A problem with the file and line it comes from. */
export type Located = {
  file: string
  line: number
  collection: CollectionName
  id: string
  path: (string | number)[]
  message: string
}

/** `file:line collection/id field: reason`. */
export function formatLocated(p: Located): string {
  const field = p.path.length ? ` ${formatPath(p.path)}` : ''
  return `${p.file}:${p.line} ${p.collection}/${p.id}${field}: ${p.message}`
}
