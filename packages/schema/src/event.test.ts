import { describe, expect, test } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import type { Event } from './event.js'
import { EventInputSchema, EventSchema, ParticipantSchema } from './event.js'
import { issuesOf } from './problem.js'

const eventOf = (id: string) => structuredClone(fixture.events.find((e) => e.id === id) as Event)
/** A context event without bounds (validateDataset computes them), and a source event. */
const validContextEvent = () => {
  const { bounds: _, ...event } = eventOf('war-2020')
  return event
}
const validSourceEvent = () => eventOf('minsk-group-mediation')
const quoteOf = (_: string) => validSourceEvent().mentions[0] as Event['mentions'][number]

const NEEDS_CITATION = 'a context event must cite at least one public document (citations)'
const NEEDS_MENTION = 'an event based on the source must quote it at least once (mentions)'

/** The context event as shipped: with its bounds. */
const shippedContextEvent = () => ({
  ...validContextEvent(),
  bounds: { earliest: '2020-09-27', latest: '2020-11-10' },
})

describe('EventSchema', () => {
  test('accepts a source event and a context event unchanged', () => {
    expect(EventSchema.parse(validSourceEvent())).toEqual(validSourceEvent())
    expect(EventSchema.parse(shippedContextEvent())).toEqual(shippedContextEvent())
  })

  test('accepts open bounds', () => {
    const event = {
      ...validSourceEvent(),
      date: '2020-11/..',
      bounds: { earliest: '2020-11-01', latest: null },
    }
    expect(EventSchema.parse(event).bounds).toEqual({ earliest: '2020-11-01', latest: null })
  })

  test.each(['id', 'kind', 'title', 'summary', 'date', 'basis', 'bounds'])(
    'requires %s',
    (field) => {
      const event: Record<string, unknown> = validSourceEvent()
      delete event[field]
      expect(issuesOf(EventSchema, event)).toEqual([{ path: [field], message: 'is required' }])
    },
  )

  test('refuses an unknown kind and an unknown basis', () => {
    expect(
      issuesOf(EventSchema, { ...validSourceEvent(), kind: 'battle', basis: 'rumour' }),
    ).toEqual([
      {
        path: ['kind'],
        message: expect.stringMatching(
          /^must be one of: war, ceasefire, election, .*\(got "battle"\)$/,
        ),
      },
      { path: ['basis'], message: 'must be one of: source, context (got "rumour")' },
    ])
  })

  test('refuses a date that is not EDTF of the subset', () => {
    for (const date of ['Spring 2021', '2021-02-30', '2020-XX', '2022/2021']) {
      expect(issuesOf(EventSchema, { ...validSourceEvent(), date })).toEqual([
        {
          path: ['date'],
          message: expect.stringMatching(/^must be an EDTF date: YYYY, YYYY-MM or YYYY-MM-DD/),
        },
      ])
    }
  })

  test('refuses bounds that are not ISO days', () => {
    expect(
      EventSchema.safeParse({
        ...validSourceEvent(),
        bounds: { earliest: '2020-11', latest: null },
      }).success,
    ).toBe(false)
  })

  test('refuses a context event without citations', () => {
    expect(issuesOf(EventSchema, { ...shippedContextEvent(), citations: [] })).toEqual([
      { path: ['citations'], message: NEEDS_CITATION },
    ])
    const { citations: _citations, ...event } = shippedContextEvent()
    expect(issuesOf(EventSchema, event)).toEqual([{ path: ['citations'], message: NEEDS_CITATION }])
  })

  test('refuses a source event without mentions', () => {
    expect(issuesOf(EventSchema, { ...validSourceEvent(), mentions: [] })).toEqual([
      { path: ['mentions'], message: NEEDS_MENTION },
    ])
    const { mentions: _mentions, ...event } = validSourceEvent()
    expect(issuesOf(EventSchema, event)).toEqual([{ path: ['mentions'], message: NEEDS_MENTION }])
  })

  test('a context event may also quote the source; a source event may also cite', () => {
    const citations = shippedContextEvent().citations
    expect(
      EventSchema.safeParse({ ...shippedContextEvent(), mentions: [quoteOf('the war')] }).success,
    ).toBe(true)
    expect(EventSchema.safeParse({ ...validSourceEvent(), citations }).success).toBe(true)
  })

  test('refuses a participant with an unknown role or without an actor', () => {
    const participants = [{ actor: 'russia', role: 'occupier' }, { role: 'peacekeeper' }]
    expect(issuesOf(EventSchema, { ...validSourceEvent(), participants })).toEqual([
      {
        path: ['participants', 0, 'role'],
        message: expect.stringMatching(
          /^must be one of: belligerent, party, .*\(got "occupier"\)$/,
        ),
      },
      { path: ['participants', 1, 'actor'], message: 'is required' },
    ])
  })

  test('refuses places and topics that are not ids, and unknown fields', () => {
    expect(
      issuesOf(EventSchema, { ...validSourceEvent(), places: ['Stepanakert'], topics: [''] }),
    ).toEqual([
      {
        path: ['places', 0],
        message: 'must be lowercase kebab-case (letters, digits and single hyphens)',
      },
      {
        path: ['topics', 0],
        message: 'must be lowercase kebab-case (letters, digits and single hyphens)',
      },
    ])
    expect(issuesOf(EventSchema, { ...validSourceEvent(), when: '2020' })).toEqual([
      { path: [], message: 'has unknown field when (check the spelling against the data model)' },
    ])
  })

  test('refuses a citation without a URL', () => {
    const citations = [{ title: 'Trilateral statement' }]
    expect(issuesOf(EventSchema, { ...shippedContextEvent(), citations })).toEqual([
      { path: ['citations', 0, 'url'], message: 'is required' },
    ])
  })
})

describe('EventInputSchema', () => {
  test('accepts an authored event without bounds and fills the defaults', () => {
    const {
      participants: _p,
      places: _pl,
      topics: _t,
      mentions: _m,
      ...input
    } = validContextEvent()
    expect(EventInputSchema.parse(input)).toEqual({
      ...input,
      participants: [],
      places: [],
      topics: [],
      mentions: [],
    })
  })

  test('accepts mentions as exact words', () => {
    const { bounds: _bounds, ...event } = validSourceEvent()
    const input = { ...event, mentions: ['deployed peacekeepers to Stepanakert'] }
    expect(EventInputSchema.parse(input)).toEqual(input)
  })

  test('refuses bounds: they are computed at build', () => {
    expect(
      issuesOf(EventInputSchema, { ...validSourceEvent(), mentions: ['deployed peacekeepers'] }),
    ).toEqual([
      { path: [], message: 'has unknown field bounds (check the spelling against the data model)' },
    ])
  })

  test('applies the same provenance rules', () => {
    expect(
      issuesOf(EventInputSchema, { ...validContextEvent(), citations: [], mentions: [] }),
    ).toEqual([{ path: ['citations'], message: NEEDS_CITATION }])
    expect(
      issuesOf(EventInputSchema, {
        ...validContextEvent(),
        basis: 'source',
        citations: [],
        mentions: [],
      }),
    ).toEqual([{ path: ['mentions'], message: NEEDS_MENTION }])
  })
})

describe('ParticipantSchema', () => {
  test('accepts an actor and a role', () => {
    expect(ParticipantSchema.parse({ actor: 'russia', role: 'peacekeeper' })).toEqual({
      actor: 'russia',
      role: 'peacekeeper',
    })
  })

  test('refuses a missing role and unknown fields', () => {
    expect(issuesOf(ParticipantSchema, { actor: 'russia', side: 'x' })).toEqual([
      { path: ['role'], message: 'is required' },
      { path: [], message: 'has unknown field side (check the spelling against the data model)' },
    ])
  })
})
