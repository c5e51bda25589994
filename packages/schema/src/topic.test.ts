import { describe, expect, test } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'
import { issuesOf } from './problem.js'
import type { Topic } from './topic.js'

const validTopic = () => structuredClone(fixture.topics.find((t) => t.id === 'landmines') as Topic)

import { TopicSchema } from './topic.js'

describe('TopicSchema', () => {
  test('accepts a valid topic unchanged, with or without replacedBy', () => {
    expect(TopicSchema.parse(validTopic())).toEqual(validTopic())
    expect(TopicSchema.parse({ ...validTopic(), replacedBy: 'demining' })).toEqual({
      ...validTopic(),
      replacedBy: 'demining',
    })
  })

  test.each(['id', 'name', 'description'])('requires %s', (field) => {
    const topic: Record<string, unknown> = validTopic()
    delete topic[field]
    expect(issuesOf(TopicSchema, topic)).toEqual([{ path: [field], message: 'is required' }])
  })

  test('refuses an empty name, a bad id and a bad replacedBy', () => {
    expect(
      issuesOf(TopicSchema, {
        ...validTopic(),
        id: 'Land Mines',
        name: '',
        replacedBy: 'De_mining',
      }),
    ).toEqual([
      {
        path: ['id'],
        message: 'must be lowercase kebab-case (letters, digits and single hyphens)',
      },
      { path: ['name'], message: 'must not be empty' },
      {
        path: ['replacedBy'],
        message: 'must be lowercase kebab-case (letters, digits and single hyphens)',
      },
    ])
  })

  test('refuses an unknown field', () => {
    expect(issuesOf(TopicSchema, { ...validTopic(), label: 'Landmines' })).toEqual([
      { path: [], message: 'has unknown field label (check the spelling against the data model)' },
    ])
  })

  test('the authored form is the shipped form', () => {
    expect(TopicSchema).toBe(TopicSchema)
  })
})
