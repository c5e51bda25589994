// Tests of the bundle budget check: verdicts, messages and the budgets it writes.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { budgetsFrom, check } from '../bundle-size.mjs'

const result = (key, minified, gzip) => ({ key, minified, gzip, contributors: [['pkg', minified]] })
const quietly = (fn) => {
  const log = console.log
  const lines = []
  console.log = (...a) => lines.push(a.join(' '))
  try {
    return { value: fn(), output: lines.join('\n') }
  } finally {
    console.log = log
  }
}

describe('check', () => {
  const budgets = {
    $comment: 'x',
    a: { minified: 1000, gzip: 500 },
    b: { minified: 1000, gzip: 500 },
  }
  it('passes sizes within budget and prints a table', () => {
    const { value, output } = quietly(() =>
      check([result('a', 1000, 500), result('b', 990, 480)], budgets),
    )
    assert.deepEqual(value, [])
    assert.match(output, /^a\s+1\.0 kB\s+0\.5 kB\s+1\.0 kB \/ 0\.5 kB\s+ok\s+pkg 1\.0 kB$/m)
  })
  it('fails an entry over its minified or gzip budget, by name', () => {
    const { value } = quietly(() => check([result('a', 1001, 400), result('b', 900, 501)], budgets))
    assert.equal(value.length, 2)
    assert.match(
      value[0],
      /^a: 1\.0 kB min \/ 0\.4 kB gzip, over the budget of 1\.0 kB \/ 0\.5 kB$/,
    )
    assert.match(value[1], /^b: /)
  })
  it('fails an entry without a budget and a budget without an entry', () => {
    const { value } = quietly(() => check([result('a', 10, 10), result('c', 10, 10)], budgets))
    assert.ok(value.some((f) => /^c: no budget/.test(f)))
    assert.ok(value.some((f) => /^b: has a budget but is no longer an entry/.test(f)))
  })
  it('says when a budget is far above the size, without failing', () => {
    const { value, output } = quietly(() =>
      check([result('a', 500, 200), result('b', 1000, 500)], budgets),
    )
    assert.deepEqual(value, [])
    assert.match(
      output,
      /1 entry is more than 10% under budget: tighten with pnpm size:update \(a\)/,
    )
  })
})

describe('budgetsFrom', () => {
  it('sets budgets 3% above the measurement, rounded up to 10 bytes, sorted, keeping the comment', () => {
    const b = budgetsFrom([result('z', 1000, 333), result('a', 100, 100)], { $comment: 'kept' })
    assert.deepEqual(Object.keys(b), ['$comment', 'a', 'z'])
    assert.equal(b.$comment, 'kept')
    assert.deepEqual(b.z, { minified: 1030, gzip: 350 })
    assert.deepEqual(b.a, { minified: 110, gzip: 110 })
  })
})
