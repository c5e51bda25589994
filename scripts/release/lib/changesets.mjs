// Reads pending changesets (.changeset/*.md) and compares semver bumps, without the changesets
// CLI: the data-version check needs only "which bump is pending for this package".
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The bumps, weakest first. */
export const BUMPS = /** @type {const} */ (['patch', 'minor', 'major'])

/**
 * The stronger of two bumps (`null` = none).
 * @param {string | null} a
 * @param {string | null} b
 */
export function maxBump(a, b) {
  return BUMPS.indexOf(/** @type {never} */ (a)) >= BUMPS.indexOf(/** @type {never} */ (b)) ? a : b
}

/** Whether bump `have` is at least bump `need` (`need` null: always). */
export function satisfies(have, need) {
  if (!need) return true
  return BUMPS.indexOf(have) >= BUMPS.indexOf(need)
}

/**
 * The releases one changeset file declares: its frontmatter maps package names to bumps.
 * @param {string} text the file's content
 * @returns {Record<string, string>}
 */
export function parseChangeset(text) {
  const match = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)
  if (!match) return {}
  /** @type {Record<string, string>} */
  const releases = {}
  for (const line of match[1].split(/\r?\n/)) {
    const m = /^\s*(["']?)(@?[^"':\s]+)\1\s*:\s*(major|minor|patch|none)\s*$/.exec(line)
    if (m && m[3] !== 'none') releases[m[2]] = maxBump(releases[m[2]] ?? null, m[3])
  }
  return releases
}

/**
 * The strongest pending bump of a package, and the changeset files that declare one.
 * @param {string} dir the `.changeset` folder
 * @param {string} pkg a package name
 * @returns {{ bump: string | null, files: string[] }}
 */
export function pendingBump(dir, pkg) {
  let bump = null
  const files = []
  if (!existsSync(dir)) return { bump, files }
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.md') || file.toLowerCase() === 'readme.md') continue
    const release = parseChangeset(readFileSync(join(dir, file), 'utf8'))[pkg]
    if (release) {
      bump = maxBump(bump, release)
      files.push(`${file} (${release})`)
    }
  }
  return { bump, files }
}

/**
 * The bump between two versions (`null` when `to` is not newer), as changesets would have
 * made it: 0.1.0 → 1.0.0 is a major, 0.1.0 → 0.2.0 a minor.
 * @param {string} from
 * @param {string} to
 */
export function bumpBetween(from, to) {
  const a = from.split(/[.+-]/).slice(0, 3).map(Number)
  const b = to.split(/[.+-]/).slice(0, 3).map(Number)
  if (b[0] > a[0]) return 'major'
  if (b[0] < a[0]) return null
  if (b[1] > a[1]) return 'minor'
  if (b[1] < a[1]) return null
  return b[2] > a[2] ? 'patch' : null
}
