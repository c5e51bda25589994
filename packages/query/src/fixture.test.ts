import { validateDataset } from '@karabakh-aftermath/schema'
import { expect, test } from 'vitest'
import { fixture } from '../../../fixtures/dataset.ts'

test('the shared test fixture is a valid dataset (real hashes, exact quotes, bounds of its dates)', () => {
  const result = validateDataset(fixture)
  expect(result.ok ? [] : result.problems).toEqual([])
})
