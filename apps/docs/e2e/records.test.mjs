// The dataset browser and the API reference, read from the build (no browser): a page for every
// record with its JSON-LD, its exact quotes and links both ways; an API page for every exported
// function of every package.
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { test } from '../../../scripts/e2e/browser.ts'
import { DIST, dataset } from './build.mjs'

const require = createRequire(import.meta.url)
const page = (path) => readFileSync(join(DIST, path, 'index.html'), 'utf8')
const href = (collection, id) => `/records/${collection}/${id}/`
/** The page's HTML with character references decoded, to find text in it. */
const text = (html) =>
  html
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
const TYPES = {
  actors: /^(Person|Organization|GovernmentOrganization|PoliticalParty|Thing)$/,
  places: /^(Place|Country|City)$/,
  events: /^Event$/,
  claims: /^Claim$/,
  topics: /^DefinedTerm$/,
}

function jsonLd(html) {
  const blocks = [
    ...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
  ].map((m) => JSON.parse(m[1]))
  assert.equal(blocks.length, 1, 'one JSON-LD block')
  return blocks[0]
}

test('every actor, event, claim, place and topic has a page with its JSON-LD', () => {
  let pages = 0
  for (const collection of Object.keys(TYPES)) {
    for (const record of dataset[collection]) {
      const html = page(href(collection, record.id))
      const ld = jsonLd(html)
      assert.equal(ld['@context'], 'https://schema.org')
      assert.match(
        ld['@type'],
        TYPES[collection],
        `${collection}/${record.id}: @type ${ld['@type']}`,
      )
      assert.equal(ld.identifier, record.id)
      assert.ok(!html.includes('<astro-island'), `${collection}/${record.id} ships no island`)
      pages++
    }
  }
  console.log(`# ${pages} record pages`)
})

test('claim pages carry the exact quote and link to the claimant, who links back', () => {
  for (const claim of dataset.claims) {
    const html = page(href('claims', claim.id))
    assert.ok(text(html).includes(claim.quote.exact), `${claim.id}: the exact quote`)
    assert.ok(
      html.includes(`href="${href('actors', claim.claimant)}"`),
      `${claim.id}: links to its claimant`,
    )
    assert.ok(
      page(href('actors', claim.claimant)).includes(`href="${href('claims', claim.id)}"`),
      `${claim.claimant} links back to ${claim.id}`,
    )
    for (const id of claim.about.actors)
      assert.ok(
        page(href('actors', id)).includes(`href="${href('claims', claim.id)}"`),
        `${id} links to ${claim.id}, a claim about it`,
      )
    for (const id of claim.topics)
      assert.ok(
        page(href('topics', id)).includes(`href="${href('claims', claim.id)}"`),
        `topic ${id} links to ${claim.id}`,
      )
  }
})

test('events link to their participants and places, which link back; mentions are quoted', () => {
  for (const event of dataset.events) {
    const html = page(href('events', event.id))
    for (const p of event.participants) {
      assert.ok(html.includes(`href="${href('actors', p.actor)}"`))
      assert.ok(
        page(href('actors', p.actor)).includes(`href="${href('events', event.id)}"`),
        `${p.actor} links back to ${event.id}`,
      )
    }
    for (const id of event.places)
      assert.ok(
        page(href('places', id)).includes(`href="${href('events', event.id)}"`),
        `${id} links back to ${event.id}`,
      )
    for (const q of event.mentions)
      assert.ok(text(html).includes(q.exact), `${event.id}: mention “${q.exact}”`)
  }
  for (const collection of ['actors', 'places']) {
    for (const record of dataset[collection]) {
      const html = page(href(collection, record.id))
      for (const q of record.mentions)
        assert.ok(text(html).includes(q.exact), `${collection}/${record.id}: mention “${q.exact}”`)
    }
  }
})

test('every exported function of every package has an API page', async () => {
  const entries = [
    ['schema', '@karabakh-aftermath/schema', ''],
    ['data', '@karabakh-aftermath/data', ''],
    ['query', '@karabakh-aftermath/query', 'index/'],
    ['query', '@karabakh-aftermath/query/shipped', 'shipped/'],
    ['react', '@karabakh-aftermath/react', ''],
  ]
  const missing = []
  let found = 0
  for (const [pkg, specifier, module] of entries) {
    const exports = await import(pathToFileURL(require.resolve(specifier)).href)
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value !== 'function') continue
      const base = join(DIST, 'api/karabakh-aftermath', pkg, module)
      const hit = ['functions', 'classes', 'variables'].some((kind) =>
        existsSync(join(base, kind, name.toLowerCase(), 'index.html')),
      )
      if (hit) found++
      else missing.push(`${specifier}: ${name}`)
    }
  }
  console.log(`# ${found} exported functions, each with its API page`)
  assert.ok(found > 20)
  assert.deepEqual(missing, [])
})
