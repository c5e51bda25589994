import { describe, expect, test } from 'vitest'
import {
  ACTOR_KIND_LABELS,
  ACTOR_KINDS,
  BASES,
  BASIS_LABELS,
  CLAIM_KIND_LABELS,
  CLAIM_KINDS,
  COLLECTIONS,
  EVENT_KIND_LABELS,
  EVENT_KINDS,
  LIKELIHOOD_BANDS,
  LIKELIHOOD_TERMS,
  PARTICIPANT_ROLE_LABELS,
  PARTICIPANT_ROLES,
  PLACE_KIND_LABELS,
  PLACE_KINDS,
  PRECISION_LABELS,
  PRECISIONS,
  RELATION_PREDICATE_LABELS,
  RELATION_PREDICATES,
  SOURCE_KIND_LABELS,
  SOURCE_KINDS,
  SOURCE_PART_KIND_LABELS,
  SOURCE_PART_KINDS,
  SYMMETRIC_PREDICATES,
} from './vocabulary.js'

const VOCABULARIES: [string, readonly string[], Record<string, unknown>][] = [
  ['ACTOR_KINDS', ACTOR_KINDS, ACTOR_KIND_LABELS],
  ['EVENT_KINDS', EVENT_KINDS, EVENT_KIND_LABELS],
  ['PARTICIPANT_ROLES', PARTICIPANT_ROLES, PARTICIPANT_ROLE_LABELS],
  ['BASES', BASES, BASIS_LABELS],
  ['CLAIM_KINDS', CLAIM_KINDS, CLAIM_KIND_LABELS],
  ['LIKELIHOOD_TERMS', LIKELIHOOD_TERMS, LIKELIHOOD_BANDS],
  ['RELATION_PREDICATES', RELATION_PREDICATES, RELATION_PREDICATE_LABELS],
  ['PLACE_KINDS', PLACE_KINDS, PLACE_KIND_LABELS],
  ['PRECISIONS', PRECISIONS, PRECISION_LABELS],
  ['SOURCE_KINDS', SOURCE_KINDS, SOURCE_KIND_LABELS],
  ['SOURCE_PART_KINDS', SOURCE_PART_KINDS, SOURCE_PART_KIND_LABELS],
]

describe('vocabularies', () => {
  // The labels' keys are the values, checked by `satisfies` where they are declared.
  test.each(VOCABULARIES)('%s values are unique kebab-case ids', (_, values) => {
    for (const v of values) expect(v).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
    expect(new Set(values).size).toBe(values.length)
  })

  test.each(VOCABULARIES)('%s has a non-empty label for every value', (_, values, labels) => {
    for (const v of values) {
      const entry = labels[v]
      const label = typeof entry === 'string' ? entry : (entry as { label: string }).label
      expect(label.trim()).not.toBe('')
    }
  })

  test.each([
    [ACTOR_KIND_LABELS['armed-force'], 'Armed force'],
    [EVENT_KIND_LABELS['mine-laying'], 'Mine-laying'],
    [BASIS_LABELS.context, 'Context (cited)'],
    [RELATION_PREDICATE_LABELS['security-guarantor-of'], 'security guarantor of'],
    [SOURCE_KIND_LABELS.webpage, 'Web page'],
    [SOURCE_PART_KIND_LABELS['call-for-contributions'], 'Call for contributions'],
  ])('a label is the value in words unless given: %s', (label, expected) => {
    expect(label).toBe(expected)
  })

  // That they are relation predicates is checked by `satisfies` where they are declared.
  test('hierarchies are not symmetric predicates', () => {
    for (const p of ['member-of', 'part-of', 'leader-of', 'mediator-of', 'security-guarantor-of'])
      expect(SYMMETRIC_PREDICATES).not.toContain(p)
  })
})

describe('likelihood (PHIA yardstick)', () => {
  test('bands are the published ranges', () => {
    expect(LIKELIHOOD_BANDS.remote).toMatchObject({ min: 0, max: 0.05 })
    expect(LIKELIHOOD_BANDS['highly-unlikely']).toMatchObject({ min: 0.1, max: 0.2 })
    expect(LIKELIHOOD_BANDS.unlikely).toMatchObject({ min: 0.25, max: 0.35 })
    expect(LIKELIHOOD_BANDS['realistic-possibility']).toMatchObject({ min: 0.4, max: 0.5 })
    expect(LIKELIHOOD_BANDS.likely).toEqual({ label: 'Likely', min: 0.55, max: 0.75 })
    expect(LIKELIHOOD_BANDS['highly-likely']).toMatchObject({ min: 0.8, max: 0.9 })
    expect(LIKELIHOOD_BANDS['almost-certain']).toMatchObject({ min: 0.95, max: 1 })
  })

  test('each band is a range within [0, 1]', () => {
    for (const term of LIKELIHOOD_TERMS) {
      const { min, max } = LIKELIHOOD_BANDS[term]
      expect(min).toBeGreaterThanOrEqual(0)
      expect(max).toBeLessThanOrEqual(1)
      expect(min).toBeLessThan(max)
    }
  })

  test('bands increase and do not overlap (the yardstick keeps gaps between them)', () => {
    for (let i = 1; i < LIKELIHOOD_TERMS.length; i++) {
      const previous = LIKELIHOOD_BANDS[LIKELIHOOD_TERMS[i - 1] as keyof typeof LIKELIHOOD_BANDS]
      const band = LIKELIHOOD_BANDS[LIKELIHOOD_TERMS[i] as keyof typeof LIKELIHOOD_BANDS]
      expect(band.min).toBeGreaterThan(previous.max)
      expect(band.max).toBeGreaterThan(previous.max)
    }
    expect(LIKELIHOOD_BANDS.remote.min).toBe(0)
    expect(LIKELIHOOD_BANDS['almost-certain'].max).toBe(1)
  })
})

describe('COLLECTIONS', () => {
  test('lists the six collections in the order they are checked', () => {
    expect(COLLECTIONS).toEqual(['sources', 'actors', 'places', 'topics', 'events', 'claims'])
  })
})
