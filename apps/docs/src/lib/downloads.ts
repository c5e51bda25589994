/**
 * The files offered for download, in the groups of src/content/downloads.yaml: read from the
 * packages' builds (dataset, GeoJSON, W3C Web Annotations, CSV, JSON Schema) or, for the
 * citations, written by the query package's mappings.
 */

import { getCollection } from 'astro:content'
import { readFileSync } from 'node:fs'
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
  /** Its bytes: copied from a package's build, or written here. */
  content: Buffer
  /** What it holds. */
  label: string
  /** How a package user imports the same file, or the helper that writes it. */
  specifier: string
}

/** The citation of each source as CSL-JSON, BibTeX and RIS. */
const citations = (): Download[] =>
  dataset.sources.flatMap((source) => {
    const item = toCsl(source, { actors: dataset.actors })
    const json = `${JSON.stringify([item], null, 2)}\n`
    return (
      [
        ['csl.json', json, 'CSL-JSON', ''],
        ['bib', toBibTeX(item), 'BibTeX', 'toBibTeX'],
        ['ris', toRis(item), 'RIS', 'toRis'],
      ] as const
    ).map(([ext, text, format, call]) => ({
      path: `cite/${source.id}.${ext}`,
      content: Buffer.from(text),
      label: `${source.title}: its citation as ${format}`,
      specifier: call ? `${call}(toCsl(source, { actors }))` : 'toCsl(source, { actors })',
    }))
  })

/** The groups of the downloads page, in display order, each with its files. */
export async function downloadGroups() {
  // The data package's files may come from another build of the dataset (build-env.mjs).
  const dirOf = (pkg: string) =>
    (pkg === '@karabakh-aftermath/data' && datasetDir(process.env)) || distOf(pkg)
  const groups = await getCollection('downloads')
  return groups
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ id, data: group }) => ({
      id,
      ...group,
      files: [
        ...Object.entries(group.files).map(([path, label]) => ({
          path,
          content: readFileSync(join(dirOf(group.package), path)),
          label,
          specifier: `${group.package}/${path}`,
        })),
        ...(id === 'annotations-and-citations' ? citations() : []),
      ],
    }))
}

/** A size for people: "187 kB". */
export const formatBytes = (n: number): string =>
  n < 1024 ? `${n} B` : `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} kB`
