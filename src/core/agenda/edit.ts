/**
 * Pure, immutable edits of `project.agenda` (each returns a new Agenda; the input is never mutated, and an
 * edit that does not apply — unknown id, move past the edges — returns the very same object).
 *
 * - days: `addDay`, `updateDay`, `removeDay` (also drops that day's live records)
 * - blocks: `addBlock`, `updateBlock`, `removeBlock`, `moveBlock(agenda, id, { dayId, index })` (any day, any
 *   position: the index the block ends up at), `moveBlockBy(agenda, id, -1 | 1)` (one step, crossing into the
 *   previous / next day at a day's edge — what Alt+↑/↓ does)
 * - `insertStandardSequence(agenda, dayId, { newId, label })`: the deliberation sequence of the method
 *   (`STANDARD_SEQUENCE`) in one step. Times are never stored: `scheduleDay` recomputes them.
 */
import type { Agenda, AgendaBlock, AgendaDay, BlockType } from '../model/agenda'

export type BlockPatch = Partial<Omit<AgendaBlock, 'id'>>
export type DayPatch = Partial<Pick<AgendaDay, 'date' | 'start'>>

export function newBlock(id: string, patch: BlockPatch = {}): AgendaBlock {
  return {
    id,
    title: '',
    type: 'plenary',
    durationMin: 30,
    speaker: '',
    objective: '',
    notes: '',
    materials: '',
    ...patch
  }
}

export function newDay(id: string, patch: Partial<Omit<AgendaDay, 'id'>> = {}): AgendaDay {
  return { id, date: null, start: '09:00', blocks: [], ...patch }
}

/** The date after the last dated day (a new day usually follows the previous one). */
export function nextDate(agenda: Agenda): string | null {
  const last = [...agenda.days].reverse().find((d) => d.date !== null)?.date
  if (!last) return null
  const d = new Date(`${last}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

export function addDay(agenda: Agenda, day: AgendaDay, index = agenda.days.length): Agenda {
  const days = [...agenda.days]
  days.splice(Math.max(0, Math.min(index, days.length)), 0, day)
  return { ...agenda, days }
}

export function updateDay(agenda: Agenda, dayId: string, patch: DayPatch): Agenda {
  if (!agenda.days.some((d) => d.id === dayId)) return agenda
  return { ...agenda, days: agenda.days.map((d) => (d.id === dayId ? { ...d, ...patch } : d)) }
}

export function removeDay(agenda: Agenda, dayId: string): Agenda {
  if (!agenda.days.some((d) => d.id === dayId)) return agenda
  return { ...agenda, days: agenda.days.filter((d) => d.id !== dayId), live: agenda.live.filter((r) => r.dayId !== dayId) }
}

/** Where a block is: its day's position and its own. */
export function locateBlock(agenda: Agenda, blockId: string): { dayIndex: number; index: number } | null {
  for (const [dayIndex, day] of agenda.days.entries()) {
    const index = day.blocks.findIndex((b) => b.id === blockId)
    if (index >= 0) return { dayIndex, index }
  }
  return null
}

const withDayBlocks = (agenda: Agenda, dayIndex: number, blocks: AgendaBlock[]): Agenda => ({
  ...agenda,
  days: agenda.days.map((d, i) => (i === dayIndex ? { ...d, blocks } : d))
})

export function addBlock(agenda: Agenda, dayId: string, block: AgendaBlock, index?: number): Agenda {
  const dayIndex = agenda.days.findIndex((d) => d.id === dayId)
  const day = agenda.days[dayIndex]
  if (!day) return agenda
  const blocks = [...day.blocks]
  blocks.splice(index === undefined ? blocks.length : Math.max(0, Math.min(index, blocks.length)), 0, block)
  return withDayBlocks(agenda, dayIndex, blocks)
}

export function updateBlock(agenda: Agenda, blockId: string, patch: BlockPatch): Agenda {
  const at = locateBlock(agenda, blockId)
  if (!at) return agenda
  const day = agenda.days[at.dayIndex] as AgendaDay
  return withDayBlocks(
    agenda,
    at.dayIndex,
    day.blocks.map((b) => (b.id === blockId ? { ...b, ...patch } : b))
  )
}

export function removeBlock(agenda: Agenda, blockId: string): Agenda {
  const at = locateBlock(agenda, blockId)
  if (!at) return agenda
  const day = agenda.days[at.dayIndex] as AgendaDay
  return {
    ...withDayBlocks(
      agenda,
      at.dayIndex,
      day.blocks.filter((b) => b.id !== blockId)
    ),
    live: agenda.live.filter((r) => r.blockId !== blockId)
  }
}

/** Moves a block to `index` (its final position, clamped) in day `dayId`, which may be another day. */
export function moveBlock(agenda: Agenda, blockId: string, target: { dayId: string; index: number }): Agenda {
  const from = locateBlock(agenda, blockId)
  const toDayIndex = agenda.days.findIndex((d) => d.id === target.dayId)
  if (!from || toDayIndex < 0) return agenda
  const fromDay = agenda.days[from.dayIndex] as AgendaDay
  const block = fromDay.blocks[from.index] as AgendaBlock
  const days = agenda.days.map((d) => ({ ...d, blocks: d.blocks.filter((b) => b.id !== blockId) }))
  const toDay = days[toDayIndex] as AgendaDay
  const index = Math.max(0, Math.min(Math.trunc(target.index), toDay.blocks.length))
  if (from.dayIndex === toDayIndex && index === from.index) return agenda
  toDay.blocks.splice(index, 0, block)
  // Live records follow the block to its new day.
  const live = agenda.live.map((r) => (r.blockId === blockId ? { ...r, dayId: target.dayId } : r))
  return { ...agenda, days: days.map((d, i) => (i === from.dayIndex || i === toDayIndex ? d : (agenda.days[i] as AgendaDay))), live }
}

/** One step up (-1) or down (+1); at a day's edge the block crosses into the neighbouring day. */
export function moveBlockBy(agenda: Agenda, blockId: string, delta: -1 | 1): Agenda {
  const at = locateBlock(agenda, blockId)
  if (!at) return agenda
  const day = agenda.days[at.dayIndex] as AgendaDay
  const index = at.index + delta
  if (index >= 0 && index < day.blocks.length) return moveBlock(agenda, blockId, { dayId: day.id, index })
  const neighbour = agenda.days[at.dayIndex + delta]
  if (!neighbour) return agenda
  return moveBlock(agenda, blockId, { dayId: neighbour.id, index: delta < 0 ? neighbour.blocks.length : 0 })
}

/** Steps of the method's deliberation sequence (SUPPORT tool 14 / WHO briefing note), in order. */
export const STANDARD_STEPS = [
  'opening',
  'brief',
  'problem',
  'break',
  'options',
  'lunch',
  'implementation',
  'whoDoesWhat',
  'closing',
  'evaluation'
] as const
export type StandardStep = (typeof STANDARD_STEPS)[number]

/** Block type and duration of each step: 6 h 40 in all, e.g. 09:00 → 15:40 with a break and lunch. */
export const STANDARD_SEQUENCE: Record<StandardStep, { type: BlockType; durationMin: number }> = {
  opening: { type: 'opening', durationMin: 20 },
  brief: { type: 'presentation', durationMin: 30 },
  problem: { type: 'plenary', durationMin: 60 },
  break: { type: 'break', durationMin: 20 },
  options: { type: 'plenary', durationMin: 75 },
  lunch: { type: 'meal', durationMin: 60 },
  implementation: { type: 'plenary', durationMin: 60 },
  whoDoesWhat: { type: 'groupWork', durationMin: 45 },
  closing: { type: 'closing', durationMin: 15 },
  evaluation: { type: 'evaluation', durationMin: 15 }
}

export interface StandardSequenceOptions {
  newId: () => string
  /** Localised title and objective of a step (from `agenda:standard.<step>.title|objective`). */
  label: (step: StandardStep) => { title: string; objective: string }
  /** Where to insert in the day (default: at the end). */
  index?: number
}

export function standardSequenceBlocks(options: Pick<StandardSequenceOptions, 'newId' | 'label'>): AgendaBlock[] {
  return STANDARD_STEPS.map((step) => {
    const { title, objective } = options.label(step)
    return newBlock(options.newId(), { ...STANDARD_SEQUENCE[step], title, objective })
  })
}

export function insertStandardSequence(agenda: Agenda, dayId: string, options: StandardSequenceOptions): Agenda {
  const dayIndex = agenda.days.findIndex((d) => d.id === dayId)
  const day = agenda.days[dayIndex]
  if (!day) return agenda
  const blocks = [...day.blocks]
  const at = options.index === undefined ? blocks.length : Math.max(0, Math.min(options.index, blocks.length))
  blocks.splice(at, 0, ...standardSequenceBlocks(options))
  return withDayBlocks(agenda, dayIndex, blocks)
}
