/**
 * Planned times of the agenda, derived (never stored) from each day's start and the blocks' durations.
 *
 * - `scheduleDay(day, dayIndex)` → a `TimedDay` whose blocks carry `startMin`/`endMin` (minutes since that
 *   day's midnight, above 1440 past midnight) and their "HH:MM" forms.
 * - `scheduleAgenda(agenda)` → every day, in order. `listTimedBlocks(agenda)` → every block, day by day.
 * - `findBlockTiming(agenda, blockId)` → the timing of one block (what the minutes use), or null.
 * - `halfDayOf(startMin)` → 'am' before 13:00, else 'pm' (the attendance half-days).
 * - `actualStartOf(agenda, blockId)` → when live mode really started the block (ISO), or null.
 */
import type { Agenda, AgendaBlock, AgendaDay } from '../model/agenda'
import { dayOffsetOf, formatClock, parseClock } from './time'

export interface TimedBlock {
  block: AgendaBlock
  dayId: string
  dayIndex: number
  date: string | null
  /** Position of the block within its day. */
  index: number
  startMin: number
  endMin: number
  start: string
  end: string
  /** 0 when the block ends the same day, 1 when it ends after midnight… */
  endDayOffset: number
  half: 'am' | 'pm'
}

export interface TimedDay {
  day: AgendaDay
  index: number
  startMin: number
  endMin: number
  start: string
  end: string
  totalMin: number
  endDayOffset: number
  blocks: TimedBlock[]
}

/** The afternoon starts at 13:00 for attendance purposes. */
export const AFTERNOON_STARTS_MIN = 13 * 60

export const halfDayOf = (startMin: number): 'am' | 'pm' => (startMin % 1440 < AFTERNOON_STARTS_MIN ? 'am' : 'pm')

/** A day's start in minutes; a malformed start (should not happen after zod) falls back to 09:00. */
export const dayStartMin = (day: AgendaDay): number => parseClock(day.start) ?? 9 * 60

/** A block's planned duration, made safe for arithmetic (NaN or negative counts as 0). */
export const safeDuration = (block: AgendaBlock): number =>
  Number.isFinite(block.durationMin) && block.durationMin > 0 ? Math.round(block.durationMin) : 0

/** Midnights crossed by an end time; ending exactly at 24:00 still belongs to the day. */
const endOffset = (endMin: number): number => (endMin > 0 ? dayOffsetOf(endMin - 1) : 0)

export function scheduleDay(day: AgendaDay, dayIndex = 0): TimedDay {
  const startMin = dayStartMin(day)
  let cursor = startMin
  const blocks = day.blocks.map((block, index): TimedBlock => {
    const s = cursor
    const e = s + safeDuration(block)
    cursor = e
    return {
      block,
      dayId: day.id,
      dayIndex,
      date: day.date,
      index,
      startMin: s,
      endMin: e,
      start: formatClock(s),
      end: formatClock(e),
      endDayOffset: endOffset(e),
      half: halfDayOf(s)
    }
  })
  return {
    day,
    index: dayIndex,
    startMin,
    endMin: cursor,
    start: formatClock(startMin),
    end: formatClock(cursor),
    totalMin: cursor - startMin,
    endDayOffset: endOffset(cursor),
    blocks
  }
}

export const scheduleAgenda = (agenda: Agenda): TimedDay[] => agenda.days.map((d, i) => scheduleDay(d, i))

export const listTimedBlocks = (agenda: Agenda): TimedBlock[] => scheduleAgenda(agenda).flatMap((d) => d.blocks)

export function findBlockTiming(agenda: Agenda, blockId: string): TimedBlock | null {
  for (const [i, day] of agenda.days.entries()) {
    if (day.blocks.some((b) => b.id === blockId)) return scheduleDay(day, i).blocks.find((b) => b.block.id === blockId) ?? null
  }
  return null
}

export function actualStartOf(agenda: Agenda, blockId: string): string | null {
  const starts = agenda.live.filter((r) => r.blockId === blockId).map((r) => r.startedAt)
  if (starts.length === 0) return null
  return starts.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b))
}
