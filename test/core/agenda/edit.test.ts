import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { Agenda } from '../../../src/core/model/agenda'
import {
  STANDARD_SEQUENCE,
  STANDARD_STEPS,
  addBlock,
  addDay,
  insertStandardSequence,
  moveBlock,
  moveBlockBy,
  newBlock,
  newDay,
  nextDate,
  removeBlock,
  removeDay,
  updateBlock,
  updateDay
} from '../../../src/core/agenda/edit'
import { scheduleDay } from '../../../src/core/agenda/schedule'

const twoDays = (): Agenda =>
  Agenda.parse({
    days: [
      newDay('d1', { date: '2017-07-06', start: '09:00', blocks: [newBlock('a', { durationMin: 30 }), newBlock('b', { durationMin: 60 }), newBlock('c', { durationMin: 15 })] }),
      newDay('d2', { date: '2017-07-07', start: '08:30', blocks: [newBlock('x', { durationMin: 45 }), newBlock('y', { durationMin: 20 })] })
    ],
    live: [{ dayId: 'd1', blockId: 'c', startedAt: '2017-07-06T10:00:00.000Z' }]
  })

const order = (a: Agenda) => a.days.map((d) => d.blocks.map((b) => b.id).join(''))
const starts = (a: Agenda, i: number) => scheduleDay(a.days[i]!, i).blocks.map((b) => `${b.block.id}@${b.start}`)

describe('reorder within a day', () => {
  test('moving a block down recomputes every start time', () => {
    const a = moveBlockBy(twoDays(), 'a', 1)
    expect(order(a)).toEqual(['bac', 'xy'])
    expect(starts(a, 0)).toEqual(['b@09:00', 'a@10:00', 'c@10:30'])
  })

  test('moving a block up', () => {
    expect(order(moveBlockBy(twoDays(), 'c', -1))).toEqual(['acb', 'xy'])
  })

  test('moveBlock to an index (clamped)', () => {
    expect(order(moveBlock(twoDays(), 'a', { dayId: 'd1', index: 2 }))).toEqual(['bca', 'xy'])
    expect(order(moveBlock(twoDays(), 'a', { dayId: 'd1', index: 99 }))).toEqual(['bca', 'xy'])
    expect(order(moveBlock(twoDays(), 'c', { dayId: 'd1', index: -4 }))).toEqual(['cab', 'xy'])
  })

  test('a move that changes nothing returns the same object', () => {
    const a = twoDays()
    expect(moveBlock(a, 'b', { dayId: 'd1', index: 1 })).toBe(a)
    expect(moveBlock(a, 'ghost', { dayId: 'd1', index: 0 })).toBe(a)
    expect(moveBlock(a, 'a', { dayId: 'ghost', index: 0 })).toBe(a)
  })
})

describe('reorder across days', () => {
  test('down from the last block of a day goes to the top of the next day, times recomputed on both days', () => {
    const a = moveBlockBy(twoDays(), 'c', 1)
    expect(order(a)).toEqual(['ab', 'cxy'])
    expect(starts(a, 1)).toEqual(['c@08:30', 'x@08:45', 'y@09:30'])
    expect(scheduleDay(a.days[0]!, 0).end).toBe('10:30')
  })

  test('up from the first block of a day goes to the end of the previous day', () => {
    expect(order(moveBlockBy(twoDays(), 'x', -1))).toEqual(['abcx', 'y'])
  })

  test('at the very edges nothing moves', () => {
    const a = twoDays()
    expect(moveBlockBy(a, 'a', -1)).toBe(a)
    expect(moveBlockBy(a, 'y', 1)).toBe(a)
  })

  test('live records follow a block to its new day', () => {
    const a = moveBlock(twoDays(), 'c', { dayId: 'd2', index: 1 })
    expect(order(a)).toEqual(['ab', 'xcy'])
    expect(a.live[0]).toMatchObject({ blockId: 'c', dayId: 'd2' })
  })

  test('the input agenda is never mutated', () => {
    const a = twoDays()
    const before = JSON.stringify(a)
    moveBlock(a, 'a', { dayId: 'd2', index: 1 })
    moveBlockBy(a, 'c', 1)
    expect(JSON.stringify(a)).toBe(before)
  })

  test('any sequence of moves keeps every block exactly once and stays schema-valid', () => {
    const ids = ['a', 'b', 'c', 'x', 'y']
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(-1 as const, 1 as const), fc.boolean(), fc.integer({ min: -1, max: 6 }))),
        (moves) => {
          let a = twoDays()
          for (const [id, delta, byStep, index] of moves) {
            a = byStep ? moveBlockBy(a, id, delta) : moveBlock(a, id, { dayId: index % 2 === 0 ? 'd1' : 'd2', index })
          }
          const all = a.days.flatMap((d) => d.blocks.map((b) => b.id)).sort()
          return JSON.stringify(all) === JSON.stringify(ids) && Agenda.safeParse(a).success
        }
      )
    )
  })
})

describe('days and blocks', () => {
  test('add, update and remove days; the next date follows the last dated day', () => {
    let a = twoDays()
    expect(nextDate(a)).toBe('2017-07-08')
    a = addDay(a, newDay('d3', { date: nextDate(a) }))
    a = updateDay(a, 'd3', { start: '10:15' })
    expect(a.days.map((d) => [d.id, d.date, d.start])).toContainEqual(['d3', '2017-07-08', '10:15'])
    a = removeDay(a, 'd1')
    expect(a.days.map((d) => d.id)).toEqual(['d2', 'd3'])
    expect(a.live).toEqual([])
    expect(nextDate(Agenda.parse({}))).toBeNull()
  })

  test('add, update and remove blocks', () => {
    let a = addBlock(twoDays(), 'd2', newBlock('z', { title: 'Pause', type: 'break', durationMin: 15 }), 1)
    expect(order(a)).toEqual(['abc', 'xzy'])
    a = updateBlock(a, 'z', { durationMin: 25, title: 'Pause-café' })
    expect(starts(a, 1)).toEqual(['x@08:30', 'z@09:15', 'y@09:40'])
    a = removeBlock(a, 'c')
    expect(order(a)).toEqual(['ab', 'xzy'])
    expect(a.live).toEqual([])
    expect(addBlock(a, 'ghost', newBlock('q'))).toBe(a)
    expect(updateBlock(a, 'ghost', { title: 'x' })).toBe(a)
  })
})

describe('standard deliberation sequence', () => {
  const label = (step: string) => ({ title: `T:${step}`, objective: `O:${step}` })

  test('follows the method: opening, brief, problem, options, implementation, who does what, closing, evaluation', () => {
    let n = 0
    const a = insertStandardSequence(Agenda.parse({ days: [newDay('d', { start: '09:00' })] }), 'd', { newId: () => `s${n++}`, label })
    const blocks = a.days[0]!.blocks
    expect(blocks.map((b) => b.title)).toEqual(STANDARD_STEPS.map((s) => `T:${s}`))
    const deliberations = blocks.filter((b) => b.type !== 'break' && b.type !== 'meal').map((b) => b.title.slice(2))
    expect(deliberations).toEqual(['opening', 'brief', 'problem', 'options', 'implementation', 'whoDoesWhat', 'closing', 'evaluation'])
    expect(blocks.some((b) => b.type === 'break')).toBe(true)
    expect(blocks.map((b) => b.type)).toEqual(STANDARD_STEPS.map((s) => STANDARD_SEQUENCE[s].type))
    expect(new Set(blocks.map((b) => b.id)).size).toBe(blocks.length)
    const t = scheduleDay(a.days[0]!, 0)
    expect([t.start, t.end]).toEqual(['09:00', '15:40'])
    expect(Agenda.safeParse(a).success).toBe(true)
  })

  test('can be inserted in the middle of a day that already has blocks', () => {
    let n = 0
    const a = insertStandardSequence(twoDays(), 'd2', { newId: () => `s${n++}`, label, index: 1 })
    const ids = a.days[1]!.blocks.map((b) => b.id)
    expect(ids[0]).toBe('x')
    expect(ids.at(-1)).toBe('y')
    expect(ids).toHaveLength(2 + STANDARD_STEPS.length)
  })
})
