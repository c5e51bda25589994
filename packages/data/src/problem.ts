// A content problem located in its file: what `file:line collection/id field: reason` prints.
import { formatProblem, type Problem } from '@karabakh-aftermath/schema'

/**
 * What went wrong in the compiler's own steps: a file it cannot read or parse (`unreadable-file`,
 * which makes the references to its collection unreliable), a quote it cannot anchor, a source
 * text that does not fit its parts, a place's coordinates, a record without provenance, a sentence
 * no claim covers.
 */
export type CompileCode =
  | 'unreadable-file'
  | 'anchor'
  | 'source-text'
  | 'geometry'
  | 'provenance'
  | 'coverage'

/** A problem with the file and line it comes from. */
export type Located = Omit<Problem, 'code'> & {
  code: Problem['code'] | CompileCode
  file: string
  line: number
}

/** `file:line collection/id field: reason`. */
export const formatLocated = (p: Located): string => `${p.file}:${p.line} ${formatProblem(p)}`
