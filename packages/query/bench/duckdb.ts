/** The same data in DuckDB (in process), and the same queries as prepared statements. */
import { DuckDBInstance, type DuckDBPreparedStatement, dateValue } from '@duckdb/node-api'
import type { Dataset } from '@karabakh-aftermath/schema'

const DAY = 86_400_000
const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY

/** DuckDB holding the dataset, with one prepared statement per benchmarked query. */
export type Duck = {
  readonly loadMs: number
  readonly lookup: (id: string) => Promise<unknown[][]>
  readonly timeline: (actor: string, from: string, to: string) => Promise<unknown[][]>
  readonly claims: (claimant: string, kind: string) => Promise<unknown[][]>
  readonly countByKind: () => Promise<unknown[][]>
  readonly search: (word: string) => Promise<unknown[][]>
  readonly close: () => void
}

export async function loadDuck(d: Dataset): Promise<Duck> {
  const start = performance.now()
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' })
  const c = await instance.connect()
  await c.run(
    `CREATE TABLE events (id VARCHAR PRIMARY KEY, kind VARCHAR, earliest DATE, latest DATE, title VARCHAR, ord INTEGER)`,
  )
  await c.run(`CREATE TABLE participants (event_id VARCHAR, actor_id VARCHAR)`)
  await c.run(
    `CREATE TABLE claims (id VARCHAR PRIMARY KEY, kind VARCHAR, claimant VARCHAR, statement VARCHAR, quote VARCHAR, ord INTEGER)`,
  )
  await c.run(`CREATE TABLE places (id VARCHAR PRIMARY KEY, name VARCHAR)`)
  const events = await c.createAppender('events')
  const participants = await c.createAppender('participants')
  d.events.forEach((e, i) => {
    events.appendVarchar(e.id)
    events.appendVarchar(e.kind)
    if (e.bounds.earliest === null) events.appendNull()
    else events.appendDate(dateValue(days(e.bounds.earliest)))
    if (e.bounds.latest === null) events.appendNull()
    else events.appendDate(dateValue(days(e.bounds.latest)))
    events.appendVarchar(e.title)
    events.appendInteger(i)
    events.endRow()
    for (const p of new Set(e.participants.map((x) => x.actor))) {
      participants.appendVarchar(e.id)
      participants.appendVarchar(p)
      participants.endRow()
    }
  })
  events.closeSync()
  participants.closeSync()
  const claims = await c.createAppender('claims')
  d.claims.forEach((cl, i) => {
    claims.appendVarchar(cl.id)
    claims.appendVarchar(cl.kind)
    claims.appendVarchar(cl.claimant)
    claims.appendVarchar(cl.statement)
    claims.appendVarchar(cl.quote.exact)
    claims.appendInteger(i)
    claims.endRow()
  })
  claims.closeSync()
  const places = await c.createAppender('places')
  for (const p of d.places) {
    places.appendVarchar(p.id)
    places.appendVarchar(p.name)
    places.endRow()
  }
  places.closeSync()
  await c.run('CHECKPOINT')
  const loadMs = performance.now() - start

  const prepared = async (sql: string) => c.prepare(sql)
  const run = async (s: DuckDBPreparedStatement) => (await s.runAndReadAll()).getRows()
  const lookup = await prepared('SELECT id, kind, title FROM events WHERE id = $1')
  const timeline = await prepared(
    `SELECT e.id FROM events e
     WHERE e.id IN (SELECT event_id FROM participants WHERE actor_id = $1)
       AND (e.earliest IS NULL OR e.earliest <= $3) AND (e.latest IS NULL OR e.latest >= $2)
     ORDER BY e.earliest NULLS FIRST, e.id`,
  )
  const claimsBy = await prepared(
    'SELECT id FROM claims WHERE claimant = $1 AND kind = $2 ORDER BY ord',
  )
  const count = await prepared('SELECT kind, count(*) FROM events GROUP BY kind')
  // Fold as search does: lower case, ə → e, ı → i, accents stripped; a word beginning with the query.
  const fold = (col: string) => `strip_accents(translate(lower(${col}), 'əı', 'ei'))`
  const search = await prepared(
    `SELECT 'places', id FROM places WHERE regexp_matches(${fold('name')}, $1)
     UNION ALL SELECT 'events', id FROM events WHERE regexp_matches(${fold('title')}, $1)
     UNION ALL SELECT 'claims', id FROM claims WHERE regexp_matches(${fold("statement || ' ' || quote")}, $1)`,
  )
  return {
    loadMs,
    lookup: async (id) => {
      lookup.bindVarchar(1, id)
      return run(lookup)
    },
    timeline: async (actor, from, to) => {
      timeline.bindVarchar(1, actor)
      timeline.bindDate(2, dateValue(days(from)))
      timeline.bindDate(3, dateValue(days(to)))
      return run(timeline)
    },
    claims: async (claimant, kind) => {
      claimsBy.bindVarchar(1, claimant)
      claimsBy.bindVarchar(2, kind)
      return run(claimsBy)
    },
    countByKind: async () => run(count),
    search: async (word) => {
      search.bindVarchar(1, `(^|[^a-z0-9])${word}`)
      return run(search)
    },
    close: () => {
      c.closeSync()
      instance.closeSync()
    },
  }
}
