import { listTimedBlocks, type TimedBlock } from '../../../../core/agenda'
import type { Agenda } from '../../../../core/model/agenda'
import type { Minutes } from '../../../../core/model/minutes'

/** Blocks where nobody takes minutes (unless some were taken there anyway). */
const QUIET_TYPES = new Set(['break', 'meal'])

export interface BlockDay {
  dayId: string
  dayIndex: number
  date: string | null
  blocks: TimedBlock[]
}

/** The agenda blocks to show in the minutes, day by day, with their computed times. */
export function minuteBlocks(agenda: Agenda, minutes: Minutes, showQuiet: boolean): BlockDay[] {
  const withEntries = new Set(minutes.entries.map((e) => e.blockId))
  const days: BlockDay[] = agenda.days.map((d, dayIndex) => ({ dayId: d.id, dayIndex, date: d.date, blocks: [] }))
  for (const tb of listTimedBlocks(agenda)) {
    if (!showQuiet && QUIET_TYPES.has(tb.block.type) && !withEntries.has(tb.block.id)) continue
    days[tb.dayIndex]?.blocks.push(tb)
  }
  return days
}

/** Ids of the blocks that still exist (entries pointing elsewhere are shown with the general ones). */
export const existingBlockIds = (agenda: Agenda): Set<string> => new Set(agenda.days.flatMap((d) => d.blocks.map((b) => b.id)))

/** Key of the "general" pane (no block, or a block removed from the agenda). */
export const GENERAL = ''
