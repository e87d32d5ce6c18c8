import { describe, expect, test } from 'vitest'
import { Agenda } from '../../../src/core/model/agenda'
import { actualStartOf, findBlockTiming, halfDayOf, listTimedBlocks, scheduleAgenda, scheduleDay } from '../../../src/core/agenda/schedule'
import { newBlock, newDay } from '../../../src/core/agenda/edit'

const day = (id: string, start: string, durations: number[]) =>
  newDay(id, { start, blocks: durations.map((d, i) => newBlock(`${id}-b${i}`, { title: `B${i}`, durationMin: d })) })

describe('scheduleDay', () => {
  test('starts follow the day start and the durations', () => {
    const t = scheduleDay(day('d', '08:30', [30, 45, 20, 90]))
    expect(t.blocks.map((b) => `${b.start}-${b.end}`)).toEqual(['08:30-09:00', '09:00-09:45', '09:45-10:05', '10:05-11:35'])
    expect(t.start).toBe('08:30')
    expect(t.end).toBe('11:35')
    expect(t.totalMin).toBe(185)
    expect(t.endDayOffset).toBe(0)
  })

  test('an empty day starts and ends at its start time', () => {
    const t = scheduleDay(day('d', '14:00', []))
    expect([t.start, t.end, t.totalMin]).toEqual(['14:00', '14:00', 0])
  })

  test('a day running past midnight counts on and marks the crossing', () => {
    const t = scheduleDay(day('d', '22:00', [90, 60, 30]))
    expect(t.blocks.map((b) => [b.start, b.end, b.endDayOffset])).toEqual([
      ['22:00', '23:30', 0],
      ['23:30', '00:30', 1],
      ['00:30', '01:00', 1]
    ])
    expect(t.endMin).toBe(1500)
    expect(t.endDayOffset).toBe(1)
  })

  test('ending exactly at midnight stays on the same day', () => {
    const t = scheduleDay(day('d', '23:00', [60]))
    expect(t.endMin).toBe(1440)
    expect(t.endDayOffset).toBe(0)
  })

  test('zero-minute blocks take no time', () => {
    const t = scheduleDay(day('d', '09:00', [0, 30, 0]))
    expect(t.blocks.map((b) => b.start)).toEqual(['09:00', '09:00', '09:30'])
  })

  test('half-days split at 13:00 (attendance)', () => {
    expect(halfDayOf(12 * 60 + 59)).toBe('am')
    expect(halfDayOf(13 * 60)).toBe('pm')
    const t = scheduleDay(day('d', '11:00', [120, 60]))
    expect(t.blocks.map((b) => b.half)).toEqual(['am', 'pm'])
  })
})

describe('multi-day agenda', () => {
  const agenda = Agenda.parse({
    days: [
      { ...day('d1', '08:30', [30, 60]), date: '2017-07-06' },
      { ...day('d2', '09:00', [45, 15]), date: '2017-07-07' }
    ],
    live: [
      { dayId: 'd2', blockId: 'd2-b0', startedAt: '2017-07-07T09:10:00.000Z', endedAt: '2017-07-07T09:50:00.000Z' },
      { dayId: 'd2', blockId: 'd2-b0', startedAt: '2017-07-07T09:05:00.000Z', endedAt: '2017-07-07T09:06:00.000Z' }
    ]
  })

  test('each day is timed from its own start', () => {
    const days = scheduleAgenda(agenda)
    expect(days.map((d) => [d.day.id, d.index, d.start, d.end])).toEqual([
      ['d1', 0, '08:30', '10:00'],
      ['d2', 1, '09:00', '10:00']
    ])
  })

  test('blocks are listed in programme order with their day and date', () => {
    expect(listTimedBlocks(agenda).map((b) => [b.block.id, b.dayIndex, b.date, b.start])).toEqual([
      ['d1-b0', 0, '2017-07-06', '08:30'],
      ['d1-b1', 0, '2017-07-06', '09:00'],
      ['d2-b0', 1, '2017-07-07', '09:00'],
      ['d2-b1', 1, '2017-07-07', '09:45']
    ])
  })

  test('findBlockTiming finds a block of the second day, or null', () => {
    expect(findBlockTiming(agenda, 'd2-b1')).toMatchObject({ dayId: 'd2', index: 1, start: '09:45', end: '10:00' })
    expect(findBlockTiming(agenda, 'nope')).toBeNull()
  })

  test('actualStartOf gives the earliest live start of a block', () => {
    expect(actualStartOf(agenda, 'd2-b0')).toBe('2017-07-07T09:05:00.000Z')
    expect(actualStartOf(agenda, 'd1-b0')).toBeNull()
  })
})
