// Tests of the data-version check: the snapshot, the bump the policy requires, the
// pending changesets, and the CLI end to end on small fixtures.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { bumpBetween, maxBump, pendingBump, requiredBump, snapshotOf } from '../data-version.mjs'

const fixtures = join(import.meta.dirname, 'fixtures', 'data-version')
const cli = join(import.meta.dirname, '..', 'data-version.mjs')
const load = (name) => JSON.parse(readFileSync(join(fixtures, `dataset-${name}.json`), 'utf8'))
const snap = (name, version = '1.0.0') => snapshotOf(load(name), version)

describe('snapshotOf', () => {
  it('records sorted ids, nested field paths and a hash per collection, and leaves meta out', () => {
    const s = snap('released')
    assert.equal(s.version, '1.0.0')
    assert.deepEqual(Object.keys(s.collections), ['sources', 'actors', 'claims'])
    assert.deepEqual(s.collections.actors.ids, ['armenia', 'azerbaijan'])
    assert.equal(s.collections.actors.count, 2)
    assert.deepEqual(s.collections.actors.fields, ['id', 'kind', 'name', 'wikidata'])
    assert.deepEqual(s.collections.claims.fields, [
      'id',
      'kind',
      'likelihood',
      'likelihood.term',
      'statement',
    ])
    assert.deepEqual(s.collections.sources.fields, [
      'id',
      'parts',
      'parts[].anchor',
      'parts[].end',
      'parts[].start',
      'title',
    ])
    assert.match(s.collections.claims.sha256, /^[0-9a-f]{64}$/)
    assert.equal(s.collections.meta, undefined)
  })
  it('is stable: the same dataset gives the same snapshot', () => {
    assert.deepEqual(snap('released'), snap('released'))
  })
})

describe('requiredBump', () => {
  const bump = (name, current = snap(name)) => requiredBump(snap('released'), current)
  it('no change: nothing required', () => {
    assert.deepEqual(bump('released'), { bump: null, reasons: [] })
  })
  for (const [name, b, text, what] of [
    [
      'removed-id',
      'major',
      'actors: ids removed: azerbaijan',
      'a removed id needs a major and names the id',
    ],
    ['added-id', 'minor', 'actors: ids added: turkey', 'an added id needs a minor'],
    [
      'corrected',
      'patch',
      'claims: records changed (same ids and fields)',
      'a correction of content, same ids and fields, needs a patch',
    ],
  ])
    it(what, () => {
      assert.deepEqual(bump(name), { bump: b, reasons: [{ bump: b, text }] })
    })
  it('a renamed nested field (removed + added) needs a major', () => {
    const { bump: b, reasons } = bump('removed-field')
    assert.equal(b, 'major')
    assert.deepEqual(
      reasons.map((r) => r.text),
      ['claims: fields removed: likelihood.term', 'claims: fields added: likelihood.cue'],
    )
  })
  it('an id retired with replacedBy is a rename: a major, though no id disappears', () => {
    const { bump: b, reasons } = bump('replaced')
    assert.equal(b, 'major')
    assert.deepEqual(reasons[0], {
      bump: 'major',
      text: 'actors: ids retired with replacedBy: azerbaijan',
    })
    assert.ok(!reasons.some((r) => r.text.includes('ids removed')))
  })
  it('a removed collection needs a major', () => {
    const current = load('released')
    delete current.claims
    assert.deepEqual(bump('released', snapshotOf(current, '1.0.0')).reasons, [
      { bump: 'major', text: 'claims: the collection was removed' },
    ])
  })
})

describe('bumps and changesets', () => {
  it('takes the strongest pending bump of the package across files (changesets parser), and skips README.md', () => {
    assert.deepEqual(pendingBump(join(fixtures, 'changesets-major'), '@karabakh-aftermath/data'), {
      bump: 'major',
      files: ['remove-azerbaijan.md (major)'],
    })
    assert.deepEqual(pendingBump(join(fixtures, 'changesets-patch'), '@karabakh-aftermath/data'), {
      bump: 'patch',
      files: ['typo.md (patch)'],
    })
    for (const dir of ['changesets-other', 'changesets-none', 'does-not-exist'])
      assert.equal(pendingBump(join(fixtures, dir), '@karabakh-aftermath/data').bump, null, dir)
  })
  it('orders bumps and versions', () => {
    assert.equal(maxBump(null, 'patch'), 'patch')
    assert.equal(maxBump('minor', 'patch'), 'minor')
    assert.equal(maxBump('minor', 'major'), 'major')
    assert.equal(bumpBetween('0.1.0', '1.0.0'), 'major')
    assert.equal(bumpBetween('0.1.0', '0.2.0'), 'minor')
    assert.equal(bumpBetween('1.2.3', '1.2.4'), 'patch')
    assert.equal(bumpBetween('1.2.3', '1.2.3'), null)
    assert.equal(bumpBetween('2.0.0', '1.9.9'), null)
  })
})

describe('the CLI', () => {
  const run = (
    dataset,
    changesets,
    pkg = '1.0.0',
    snapshot = join(fixtures, '..', '..', 'tmp-never-written.json'),
  ) =>
    spawnSync(
      process.execPath,
      [
        cli,
        '--dataset',
        join(fixtures, `dataset-${dataset}.json`),
        '--changesets',
        join(fixtures, `changesets-${changesets}`),
        '--package-json',
        join(fixtures, `package-${pkg}.json`),
        '--snapshot',
        snapshot,
      ],
      { encoding: 'utf8' },
    )
  const dir = mkdtempSync(join(tmpdir(), 'data-version-'))
  const snapshot = join(dir, 'ids.json')

  it('--update writes the snapshot, and an unchanged dataset passes', () => {
    const update = spawnSync(
      process.execPath,
      [
        cli,
        '--update',
        '--dataset',
        join(fixtures, 'dataset-released.json'),
        '--package-json',
        join(fixtures, 'package-1.0.0.json'),
        '--snapshot',
        snapshot,
      ],
      { encoding: 'utf8' },
    )
    assert.equal(update.status, 0, update.stderr)
    assert.deepEqual(JSON.parse(readFileSync(snapshot, 'utf8')).collections.actors.ids, [
      'armenia',
      'azerbaijan',
    ])
    const r = run('released', 'none', '1.0.0', snapshot)
    assert.equal(r.status, 0, r.stderr)
    assert.match(r.stdout, /nothing to bump/)
  })
  it('exits 1 when an id disappears without a major changeset, and names it', () => {
    for (const changesets of ['none', 'patch', 'minor', 'other']) {
      const r = run('removed-id', changesets, '1.0.0', snapshot)
      assert.equal(r.status, 1, `${changesets}: ${r.stdout}`)
      assert.match(r.stdout, /needs major actors: ids removed: azerbaijan/)
      assert.match(r.stderr, /needs a major release of @karabakh-aftermath\/data/)
    }
  })
  it('passes a removed id with a major changeset pending', () => {
    const r = run('removed-id', 'major', '1.0.0', snapshot)
    assert.equal(r.status, 0, r.stderr)
    assert.match(r.stdout, /remove-azerbaijan\.md \(major\)/)
  })
  it('says a minor is needed for new ids when none is pending', () => {
    const r = run('added-id', 'patch', '1.0.0', snapshot)
    assert.equal(r.status, 1)
    assert.match(r.stdout, /needs minor actors: ids added: turkey/)
    assert.match(r.stderr, /needs a minor release.*only a patch is pending/)
    assert.equal(run('added-id', 'minor', '1.0.0', snapshot).status, 0)
  })
  it('passes a removed id once the package is already versioned as a major', () => {
    const r = run('removed-id', 'none', '2.0.0', snapshot)
    assert.equal(r.status, 0, r.stderr)
    assert.match(r.stdout, /already versioned since the snapshot: major/)
  })
  it('fails without a snapshot', () => {
    const r = run('released', 'none')
    assert.equal(r.status, 1)
    assert.match(r.stderr, /no release snapshot/)
    rmSync(dir, { recursive: true, force: true })
  })
})
