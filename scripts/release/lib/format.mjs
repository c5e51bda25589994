// Formats a generated file as the repository's formatter would (Biome, with the root
// biome.json), so that generated reports and snapshots pass the packages' `biome check .` and
// stay stable when someone runs `pnpm format`.
import { spawnSync } from 'node:child_process'
import { join, relative, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..', '..', '..')
const biome = join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome')

/**
 * The text as Biome formats a file at `path` (its extension chooses the language; a path
 * inside the repository chooses the configuration).
 * @param {string} text
 * @param {string} path
 */
export function biomeFormat(text, path) {
  const stdinPath = relative(root, resolve(path)).startsWith('..')
    ? join(root, 'scripts', 'release', `generated-${path.split('/').pop()}`)
    : path
  const r = spawnSync(process.execPath, [biome, 'format', `--stdin-file-path=${stdinPath}`], {
    cwd: root,
    input: text,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (r.status !== 0 || r.error)
    throw new Error(`biome format ${stdinPath} failed: ${r.error?.message ?? r.stderr}`)
  return r.stdout
}
