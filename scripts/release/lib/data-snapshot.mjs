// What a release of @karabakh-aftermath/data promises, as data: the ids, the field paths and a
// content hash per collection; the diff between two such snapshots; and the bump it requires
// under the versioning policy (docs/versioning.md).
import { createHash } from 'node:crypto'
import { bumpBetween, maxBump, satisfies } from './changesets.mjs'

export const COLLECTIONS = ['sources', 'actors', 'places', 'topics', 'events', 'claims']

/**
 * Every field path of a record: `quote.exact`, `mentions[].start`. Keys of objects, with `[]`
 * for array items; values are not part of the path.
 * @param {unknown} value
 * @param {string} prefix
 * @param {Set<string>} out
 */
function fieldPaths(value, prefix, out) {
  if (Array.isArray(value)) {
    for (const item of value) fieldPaths(item, `${prefix}[]`, out)
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key
      out.add(path)
      fieldPaths(child, path, out)
    }
  }
  return out
}

/**
 * The snapshot of a built dataset (`dist/dataset.json`).
 * @param {Record<string, unknown>} dataset
 * @param {string} version the data package's version
 */
export function snapshotOf(dataset, version) {
  /** @type {Record<string, {count: number, ids: string[], fields: string[], replaced: Record<string, string>, sha256: string}>} */
  const collections = {}
  const names = [
    ...COLLECTIONS,
    ...Object.keys(dataset).filter(
      (k) => k !== 'meta' && !COLLECTIONS.includes(k) && Array.isArray(dataset[k]),
    ),
  ]
  for (const name of names) {
    const records = /** @type {Record<string, unknown>[] | undefined} */ (dataset[name])
    if (!Array.isArray(records)) continue
    const fields = new Set()
    /** @type {Record<string, string>} */
    const replaced = {}
    for (const record of records) {
      fieldPaths(record, '', fields)
      if (typeof record.replacedBy === 'string') replaced[String(record.id)] = record.replacedBy
    }
    collections[name] = {
      count: records.length,
      ids: records.map((r) => String(r.id)).sort(),
      fields: [...fields].sort(),
      replaced,
      sha256: createHash('sha256').update(JSON.stringify(records)).digest('hex'),
    }
  }
  return { package: '@karabakh-aftermath/data', version, collections }
}

const minus = (a = [], b = []) => {
  const set = new Set(b)
  return a.filter((x) => !set.has(x))
}

/**
 * What changed from the released snapshot to the current one, per collection.
 * @param {ReturnType<typeof snapshotOf>} released
 * @param {ReturnType<typeof snapshotOf>} current
 */
export function diffSnapshots(released, current) {
  const changes = []
  const names = [
    ...new Set([...Object.keys(released.collections), ...Object.keys(current.collections)]),
  ]
  for (const name of names) {
    const before = released.collections[name]
    const after = current.collections[name]
    const change = {
      collection: name,
      removedCollection: Boolean(before && !after),
      addedCollection: Boolean(!before && after),
      removedIds: minus(before?.ids, after?.ids),
      addedIds: minus(after?.ids, before?.ids),
      removedFields: minus(before?.fields, after?.fields),
      addedFields: minus(after?.fields, before?.fields),
      newlyReplaced: Object.keys(after?.replaced ?? {}).filter(
        (id) => !(id in (before?.replaced ?? {})),
      ),
      contentChanged: before?.sha256 !== after?.sha256,
    }
    if (
      change.removedCollection ||
      change.addedCollection ||
      change.removedIds.length ||
      change.addedIds.length ||
      change.removedFields.length ||
      change.addedFields.length ||
      change.newlyReplaced.length ||
      change.contentChanged
    )
      changes.push(change)
  }
  return changes
}

/**
 * The bump the policy requires for these changes, with the reasons.
 * major: an id, field or collection removed, or an id retired with `replacedBy`;
 * minor: ids, fields or a collection added; patch: records changed, same ids and fields.
 * @param {ReturnType<typeof diffSnapshots>} changes
 */
export function requiredBump(changes) {
  let bump = null
  const reasons = []
  const list = (ids) =>
    ids.length > 8 ? `${ids.slice(0, 8).join(', ')} … (${ids.length})` : ids.join(', ')
  for (const c of changes) {
    const need = (b, why) => {
      bump = maxBump(bump, b)
      reasons.push({ bump: b, text: `${c.collection}: ${why}` })
    }
    if (c.removedCollection) need('major', 'the collection was removed')
    if (c.removedIds.length) need('major', `ids removed: ${list(c.removedIds)}`)
    if (c.removedFields.length) need('major', `fields removed: ${list(c.removedFields)}`)
    if (c.newlyReplaced.length)
      need('major', `ids retired with replacedBy: ${list(c.newlyReplaced)}`)
    if (c.addedCollection) need('minor', 'a new collection')
    if (c.addedIds.length) need('minor', `ids added: ${list(c.addedIds)}`)
    if (c.addedFields.length) need('minor', `fields added: ${list(c.addedFields)}`)
    const structural =
      c.removedCollection ||
      c.addedCollection ||
      c.removedIds.length ||
      c.addedIds.length ||
      c.removedFields.length ||
      c.addedFields.length
    if (c.contentChanged && !structural) need('patch', 'records changed (same ids and fields)')
  }
  return { bump, reasons }
}

/**
 * The verdict: does a pending changeset (or a version already bumped since the snapshot) cover
 * the bump these changes require?
 * @param {{ released: ReturnType<typeof snapshotOf>, current: ReturnType<typeof snapshotOf>, pending: string | null }} input
 */
export function evaluate({ released, current, pending }) {
  const changes = diffSnapshots(released, current)
  const { bump: required, reasons } = requiredBump(changes)
  const versioned = bumpBetween(released.version, current.version)
  const available = maxBump(pending, versioned)
  return {
    ok: satisfies(available, required),
    required,
    pending,
    versioned,
    available,
    reasons,
    changes,
  }
}
