// Compiles content and, only when there is no problem at all, writes dist/ atomically.

import type { DatasetMeta } from '@karabakh-aftermath/schema'
import { type Compilation, type ContentPaths, compile } from './compile.ts'
import { datasetMeta, renderFiles, writeAtomically } from './emit.ts'

/** The outcome of a build: the metadata written, or the problems (and nothing written). */
export type BuildResult =
  | { ok: true; meta: DatasetMeta }
  | { ok: false; problems: Compilation['problems'] }

/** Compiles `paths` and writes the output to `dist`, or returns every problem and writes nothing. */
export function buildDataset(
  paths: ContentPaths,
  dist: string,
  pkg: { name: string; version: string },
): BuildResult {
  const result = compile(paths)
  if (!result.dataset || !result.coverage) return { ok: false, problems: result.problems }
  const meta = datasetMeta(result.dataset, result.coverage, pkg)
  writeAtomically(dist, renderFiles(result.dataset, meta))
  return { ok: true, meta }
}
