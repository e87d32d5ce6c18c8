/**
 * What is wrong or doubtful in an agenda, as i18n keys under `agenda:issues.` with params. Nothing is
 * corrected or dropped here: the data stays as the user typed it and the screen shows the messages.
 *
 * `validateAgenda(agenda)` → AgendaIssue[] (errors first for each day, then warnings), e.g.
 *   { key: 'dayPastMidnight', severity: 'error', dayId, params: { day: 1, end: '00:30' } }
 */
import type { Agenda } from '../model/agenda'
import { scheduleDay } from './schedule'
import { type AgendaIssue, LONG_BLOCK_MINUTES, MAX_BLOCK_MINUTES, MINUTES_PER_DAY, formatClock } from './time'

/** A day longer than this (start of the first block to end of the last) is flagged as doubtful. */
export const LONG_DAY_MINUTES = 12 * 60

export function validateAgenda(agenda: Agenda): AgendaIssue[] {
  const issues: AgendaIssue[] = []
  const seenDates = new Map<string, number>()
  agenda.days.forEach((day, i) => {
    const timed = scheduleDay(day, i)
    const n = i + 1
    if (day.date !== null) {
      const first = seenDates.get(day.date)
      if (first !== undefined) issues.push({ key: 'duplicateDate', severity: 'warning', dayId: day.id, params: { day: n, other: first } })
      else seenDates.set(day.date, n)
      const previous = agenda.days.slice(0, i).reverse().find((d) => d.date !== null)
      if (previous?.date && previous.date > day.date)
        issues.push({ key: 'dateOrder', severity: 'warning', dayId: day.id, params: { day: n } })
    }
    for (const tb of timed.blocks) {
      const b = tb.block
      const params = { day: n, block: tb.index + 1, title: b.title.trim() || String(tb.index + 1) }
      const d = b.durationMin
      if (!Number.isFinite(d) || !Number.isInteger(d)) issues.push({ key: 'durationInvalid', severity: 'error', dayId: day.id, blockId: b.id, params: { ...params, value: String(d) } })
      else if (d < 0) issues.push({ key: 'durationNegative', severity: 'error', dayId: day.id, blockId: b.id, params: { ...params, value: d } })
      else if (d > MAX_BLOCK_MINUTES) issues.push({ key: 'durationTooLong', severity: 'error', dayId: day.id, blockId: b.id, params: { ...params, value: d, max: MAX_BLOCK_MINUTES } })
      else if (d === 0) issues.push({ key: 'durationZero', severity: 'warning', dayId: day.id, blockId: b.id, params })
      else if (d > LONG_BLOCK_MINUTES) issues.push({ key: 'durationLong', severity: 'warning', dayId: day.id, blockId: b.id, params: { ...params, value: d } })
      if (b.title.trim() === '') issues.push({ key: 'titleMissing', severity: 'warning', dayId: day.id, blockId: b.id, params })
    }
    if (timed.endMin > MINUTES_PER_DAY) {
      const firstLate = timed.blocks.find((tb) => tb.endMin > MINUTES_PER_DAY)
      issues.push({
        key: 'dayPastMidnight',
        severity: 'error',
        dayId: day.id,
        ...(firstLate ? { blockId: firstLate.block.id } : {}),
        params: { day: n, end: formatClock(timed.endMin), over: timed.endMin - MINUTES_PER_DAY }
      })
    } else if (timed.totalMin > LONG_DAY_MINUTES) {
      issues.push({ key: 'dayTooLong', severity: 'warning', dayId: day.id, params: { day: n, hours: Math.floor(timed.totalMin / 60), minutes: timed.totalMin % 60 } })
    }
  })
  return issues
}

/** Issues of one block (for the message under its fields). */
export const blockIssues = (issues: AgendaIssue[], blockId: string): AgendaIssue[] => issues.filter((i) => i.blockId === blockId)

/** Issues of one day that are not about a single block. */
export const dayIssues = (issues: AgendaIssue[], dayId: string): AgendaIssue[] =>
  issues.filter((i) => i.dayId === dayId && (i.blockId === undefined || i.key === 'dayPastMidnight'))
