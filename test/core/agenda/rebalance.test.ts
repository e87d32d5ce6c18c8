import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { BLOCK_TYPES, type BlockType } from '../../../src/core/model/agenda'
import { FLOOR_MIN, apportion, rebalance } from '../../../src/core/agenda/rebalance'

const items = (...spec: [BlockType, number][]) => spec.map(([type, plannedMin]) => ({ type, plannedMin }))

describe('apportion', () => {
  test('splits a whole number in proportion, summing exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3])
    expect(apportion(7, [60, 30])).toEqual([5, 2])
    expect(apportion(0, [5, 5])).toEqual([0, 0])
    expect(apportion(3, [0, 0, 0])).toEqual([1, 1, 1])
  })
})

describe('rebalance', () => {
  const rest = items(['plenary', 60], ['break', 20], ['groupWork', 30], ['closing', 15])

  test('nothing changes when the time left is exactly the plan', () => {
    expect(rebalance(rest, 125)).toEqual({ durations: [60, 20, 30, 15], overrunMin: 0, slackMin: 0 })
  })

  test('time lost comes out of the flexible blocks in proportion, breaks and closing untouched', () => {
    const r = rebalance(rest, 110)
    expect(r).toEqual({ durations: [50, 20, 25, 15], overrunMin: 0, slackMin: 0 })
  })

  test('a block that reaches its floor drops out and the others give the rest', () => {
    expect(rebalance(items(['plenary', 60], ['plenary', 12]), 52)).toEqual({ durations: [42, 10], overrunMin: 0, slackMin: 0 })
  })

  test('time gained goes to the flexible blocks in proportion', () => {
    expect(rebalance(rest, 134)).toEqual({ durations: [66, 20, 33, 15], overrunMin: 0, slackMin: 0 })
  })

  test('when flexible blocks hit their floor, breaks shrink next but never below their floor', () => {
    // flexible can give 50 + 20 = 70; break can give 10; closing gives nothing
    const r = rebalance(rest, 125 - 75)
    expect(r.durations).toEqual([10, 15, 10, 15])
    expect(r.overrunMin).toBe(0)
    const worst = rebalance(rest, 20)
    expect(worst.durations).toEqual([10, FLOOR_MIN.break, 10, 15])
    expect(worst.overrunMin).toBe(45 - 20)
  })

  test('meals keep at least 30 minutes', () => {
    expect(rebalance(items(['meal', 90], ['plenary', 10]), 0)).toEqual({ durations: [30, 10], overrunMin: 40, slackMin: 0 })
  })

  test('with no flexible block, gained time is reported as slack', () => {
    expect(rebalance(items(['presentation', 30], ['closing', 15]), 60)).toEqual({ durations: [30, 15], overrunMin: 0, slackMin: 15 })
  })

  test('a negative time left (already past the planned end) is all overrun after squeezing', () => {
    const r = rebalance(items(['plenary', 40]), -5)
    expect(r).toEqual({ durations: [10], overrunMin: 15, slackMin: 0 })
  })

  const arbitraryItems = fc.array(
    fc.record({ type: fc.constantFrom(...BLOCK_TYPES), plannedMin: fc.integer({ min: 0, max: 300 }) }),
    { maxLength: 12 }
  )

  test('invariants: whole minutes, floors respected, only flexible blocks grow, fixed blocks keep their length', () => {
    fc.assert(
      fc.property(arbitraryItems, fc.integer({ min: -200, max: 2000 }), (its, available) => {
        const r = rebalance(its, available)
        return its.every((it, i) => {
          const d = r.durations[i]!
          const floor = FLOOR_MIN[it.type]
          const flexible = it.type === 'plenary' || it.type === 'groupWork'
          if (!Number.isInteger(d)) return false
          if (floor === undefined) return d === it.plannedMin
          return d >= Math.min(it.plannedMin, floor) && (flexible || d <= it.plannedMin)
        })
      })
    )
  })

  test('the rest of the day fits the time left exactly whenever it can', () => {
    fc.assert(
      fc.property(arbitraryItems, fc.integer({ min: 0, max: 2000 }), (its, available) => {
        const r = rebalance(its, available)
        const total = r.durations.reduce((a, b) => a + b, 0)
        if (r.overrunMin > 0) return total === available + r.overrunMin
        return total + r.slackMin === available
      })
    )
  })
})
