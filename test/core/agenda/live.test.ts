import { describe, expect, test } from 'vitest'
import { Agenda } from '../../../src/core/model/agenda'
import { newBlock, newDay, removeBlock, updateBlock } from '../../../src/core/agenda/edit'
import {
  adjustCurrent,
  computeLivePlan,
  endLive,
  goToBlock,
  goToNext,
  goToPrevious,
  resetLive,
  runningDayId,
  scheduleStatus,
  startLive,
  utcWallClock
} from '../../../src/core/agenda/live'

const at = (hh: number, mm: number, ss = 0, day = 6) => Date.UTC(2017, 6, day, hh, mm, ss)
const plan = (a: Agenda, now: number, dayId = 'd1') => computeLivePlan(a, dayId, now, utcWallClock)!

const agenda = (): Agenda =>
  Agenda.parse({
    days: [
      newDay('d1', {
        date: '2017-07-06',
        start: '09:00',
        blocks: [
          newBlock('a', { title: 'Ouverture', type: 'opening', durationMin: 30 }),
          newBlock('b', { title: 'Problème', type: 'plenary', durationMin: 60 }),
          newBlock('c', { title: 'Pause', type: 'break', durationMin: 15 }),
          newBlock('d', { title: 'Qui fait quoi', type: 'groupWork', durationMin: 45 }),
          newBlock('e', { title: 'Clôture', type: 'closing', durationMin: 15 })
        ]
      }),
      newDay('d2', { date: '2017-07-07', start: '09:00', blocks: [newBlock('z', { durationMin: 60 })] })
    ]
  })

describe('before the day starts', () => {
  test('the plan is the schedule and nothing runs', () => {
    const p = plan(agenda(), at(8, 0))
    expect(p.status).toBe('notStarted')
    expect(p.currentIndex).toBeNull()
    expect(p.blocks.map((b) => [b.liveStartMin, b.liveMin])).toEqual([
      [540, 30],
      [570, 60],
      [630, 15],
      [645, 45],
      [690, 15]
    ])
    expect([p.plannedEndMin, p.projectedEndMin, p.dayOverrunMin]).toEqual([705, 705, 0])
    expect(computeLivePlan(agenda(), 'ghost', at(8, 0))).toBeNull()
  })
})

describe('running the first block', () => {
  const started = () => startLive(agenda(), 'd1', at(9, 2))

  test('starting records the first block, with no adjustment', () => {
    const a = started()
    expect(a.live).toEqual([{ dayId: 'd1', blockId: 'a', startedAt: '2017-07-06T09:02:00.000Z', endedAt: null, adjustmentMin: 0 }])
    expect(runningDayId(a)).toBe('d1')
  })

  test('elapsed and remaining come from the clock; a late start puts us behind', () => {
    const p = plan(started(), at(9, 12, 30))
    expect(p.status).toBe('running')
    expect(p.currentIndex).toBe(0)
    expect(p.elapsedSec).toBe(630)
    expect(p.remainingSec).toBe(30 * 60 - 630)
    expect(p.overrunSec).toBe(0)
    expect(p.scheduleDeltaMin).toBeCloseTo(2)
    expect(scheduleStatus(p.scheduleDeltaMin)).toEqual({ key: 'behind', minutes: 2 })
    expect(p.blocks.map((b) => b.state)).toEqual(['current', 'upcoming', 'upcoming', 'upcoming', 'upcoming'])
  })

  test('an overrun of the current block squeezes the flexible blocks so the day still ends on time', () => {
    const p = plan(started(), at(9, 42))
    expect(p.remainingSec).toBe(-10 * 60)
    expect(p.overrunSec).toBe(600)
    expect(p.scheduleDeltaMin).toBeCloseTo(12)
    // 12 minutes lost: plenary 60 and group work 45 give 7 and 5; the break and the closing keep theirs
    expect(p.blocks.slice(1).map((b) => [b.block.id, b.liveMin])).toEqual([
      ['b', 53],
      ['c', 15],
      ['d', 40],
      ['e', 15]
    ])
    expect(p.projectedEndMin).toBeCloseTo(705)
    expect(p.dayOverrunMin).toBe(0)
  })

  test('+5 min lengthens the current block and re-balances the rest; −5 gives it back', () => {
    let a = adjustCurrent(started(), 'd1', 5)
    expect(a.live[0]!.adjustmentMin).toBe(5)
    let p = plan(a, at(9, 10))
    expect(p.targetMin).toBe(35)
    expect(p.remainingSec).toBe(27 * 60)
    // 2 min late start + 5 min added = 7 min lost, taken from plenary (4) and group work (3)
    expect(p.blocks.slice(1).map((b) => b.liveMin)).toEqual([56, 15, 42, 15])
    expect(p.projectedEndMin).toBeCloseTo(705)
    a = adjustCurrent(adjustCurrent(a, 'd1', -5), 'd1', -5)
    p = plan(a, at(9, 10))
    expect(p.targetMin).toBe(25)
    // 5 min removed, 2 lost to the late start: 3 min gained go to the flexible blocks
    expect(p.blocks.slice(1).map((b) => b.liveMin)).toEqual([62, 15, 46, 15])
  })

  test('removing more minutes than the block has stops at zero', () => {
    const a = adjustCurrent(started(), 'd1', -500)
    expect(a.live[0]!.adjustmentMin).toBe(-30)
    expect(plan(a, at(9, 5)).targetMin).toBe(0)
    expect(adjustCurrent(a, 'd1', -5)).toBe(a)
  })

  test('adjusting with nothing running or a non-number changes nothing', () => {
    const a = agenda()
    expect(adjustCurrent(a, 'd1', 5)).toBe(a)
    const s = started()
    expect(adjustCurrent(s, 'd1', Number.NaN)).toBe(s)
  })

  test('a day that cannot fit reports its overrun past the planned end', () => {
    const a = adjustCurrent(started(), 'd1', 120)
    const p = plan(a, at(9, 2))
    // current ends 11:32; the rest at floors: 10 + 10 + 10 + 15 = 45 → 12:17, planned 11:45
    expect(p.blocks.slice(1).map((b) => b.liveMin)).toEqual([10, 10, 10, 15])
    expect(Math.round(p.projectedEndMin)).toBe(12 * 60 + 17)
    expect(p.dayOverrunMin).toBe(32)
  })
})

describe('moving through the day', () => {
  test('next closes the current block, opens the following one, and done blocks keep their real times', () => {
    let a = startLive(agenda(), 'd1', at(9, 0))
    a = goToNext(a, 'd1', at(9, 25))
    expect(a.live.map((r) => [r.blockId, r.endedAt])).toEqual([
      ['a', '2017-07-06T09:25:00.000Z'],
      ['b', null]
    ])
    const p = plan(a, at(9, 35))
    expect(p.currentIndex).toBe(1)
    expect(p.blocks[0]).toMatchObject({ state: 'done', spentMin: 25, liveMin: 25, liveStartMin: 540, liveEndMin: 565 })
    expect(p.elapsedSec).toBe(600)
    // b ends at 10:25 instead of 10:30: 5 minutes ahead
    expect(scheduleStatus(p.scheduleDeltaMin)).toEqual({ key: 'ahead', minutes: 5 })
  })

  test('previous goes back to the previous block; its earlier time still counts', () => {
    let a = startLive(agenda(), 'd1', at(9, 0))
    a = goToNext(a, 'd1', at(9, 20))
    a = goToPrevious(a, 'd1', at(9, 21))
    const p = plan(a, at(9, 26))
    expect(p.currentIndex).toBe(0)
    expect(p.elapsedSec).toBe(25 * 60)
    expect(p.blocks[1]!.state).toBe('upcoming')
    expect(goToPrevious(a, 'd1', at(9, 27))).toBe(a)
  })

  test('next after the last block finishes the day; the finished plan compares the real end with the planned one', () => {
    let a = startLive(agenda(), 'd1', at(9, 0))
    for (const [h, m] of [
      [9, 30],
      [10, 40],
      [10, 55],
      [11, 40],
      [11, 58]
    ] as const)
      a = goToNext(a, 'd1', at(h, m))
    const p = plan(a, at(12, 30))
    expect(p.status).toBe('finished')
    expect(p.blocks.every((b) => b.state === 'done')).toBe(true)
    expect(Math.round(p.projectedEndMin)).toBe(11 * 60 + 58)
    expect(p.dayOverrunMin).toBeCloseTo(13)
    expect(runningDayId(a)).toBeNull()
  })

  test('starting another day closes the running one; reset forgets only that day', () => {
    let a = startLive(agenda(), 'd1', at(9, 0))
    a = startLive(a, 'd2', at(9, 0, 0, 7))
    expect(a.live.map((r) => [r.dayId, r.endedAt === null])).toEqual([
      ['d1', false],
      ['d2', true]
    ])
    a = resetLive(a, 'd2')
    expect(a.live.map((r) => r.dayId)).toEqual(['d1'])
    expect(endLive(a, 'd1', at(10, 0))).toBe(a)
  })

  test('goToBlock jumps anywhere in the day; unknown blocks are refused', () => {
    const a = goToBlock(agenda(), 'd1', 'd', at(9, 0))
    expect(plan(a, at(9, 1)).currentIndex).toBe(3)
    expect(goToBlock(a, 'd1', 'z', at(9, 2))).toBe(a)
  })
})

describe('robustness: the timer keeps running through bad input', () => {
  test('a deleted block, a hand-edited NaN duration and a broken timestamp do not stop the plan', () => {
    let a = startLive(agenda(), 'd1', at(9, 0))
    a = goToNext(a, 'd1', at(9, 30))
    a = { ...a, live: [...a.live, { dayId: 'd1', blockId: 'ghost', startedAt: 'not a date', endedAt: null, adjustmentMin: 0 }] }
    a = removeBlock(a, 'a')
    a = updateBlock(a, 'c', { durationMin: Number.NaN })
    const p1 = plan(a, at(9, 40))
    const p2 = plan(a, at(9, 41))
    expect(p1.status).toBe('running')
    expect(p2.elapsedSec - p1.elapsedSec).toBe(60)
    expect(Number.isFinite(p2.projectedEndMin)).toBe(true)
  })

  test('a day running past midnight keeps counting instead of wrapping', () => {
    const a = Agenda.parse({
      days: [newDay('n', { start: '23:00', blocks: [newBlock('n1', { durationMin: 60 }), newBlock('n2', { type: 'plenary', durationMin: 60 })] })]
    })
    let s = startLive(a, 'n', at(23, 0))
    s = goToNext(s, 'n', at(0, 5, 0, 7))
    const p = computeLivePlan(s, 'n', at(0, 35, 0, 7), utcWallClock)!
    expect(p.nowMin).toBeCloseTo(1440 + 35)
    expect(p.currentIndex).toBe(1)
    expect(p.remainingSec).toBe(30 * 60)
    expect(p.scheduleDeltaMin).toBeCloseTo(5)
  })
})

describe('scheduleStatus', () => {
  test('within a minute is on time; otherwise ahead or behind by whole minutes', () => {
    expect(scheduleStatus(0.4)).toEqual({ key: 'onTime', minutes: 0 })
    expect(scheduleStatus(-0.99)).toEqual({ key: 'onTime', minutes: 0 })
    expect(scheduleStatus(7.6)).toEqual({ key: 'behind', minutes: 8 })
    expect(scheduleStatus(-3)).toEqual({ key: 'ahead', minutes: 3 })
  })
})
