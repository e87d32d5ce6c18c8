import { z } from 'zod'
import { ClockTime, Id, IsoDate, IsoDateTime, ShortText, list, longText, text } from './common'

export const BLOCK_TYPES = [
  'opening',
  'presentation',
  'plenary',
  'groupWork',
  'break',
  'meal',
  'closing',
  'evaluation'
] as const
export type BlockType = (typeof BLOCK_TYPES)[number]

export const AgendaBlock = z.object({
  id: Id,
  title: ShortText,
  type: z.enum(BLOCK_TYPES).default('plenary'),
  /** Planned duration in minutes (a day lasts at most 24 h). */
  durationMin: z.number().int().min(0).max(1440),
  speaker: text(),
  objective: longText(),
  /** Private facilitator notes: run-sheet only, never on the programme or the projector. */
  notes: longText(),
  materials: longText()
})
export type AgendaBlock = z.infer<typeof AgendaBlock>

export const AgendaDay = z.object({
  id: Id,
  date: IsoDate.nullable().default(null),
  start: ClockTime.default('09:00'),
  blocks: list(AgendaBlock)
})
export type AgendaDay = z.infer<typeof AgendaDay>

/** What actually happened during live mode: when each block really started and ended. */
export const LiveRecord = z.object({
  dayId: Id,
  blockId: Id,
  startedAt: IsoDateTime,
  endedAt: IsoDateTime.nullable().default(null),
  /** Minutes added (+) or removed (−) by the facilitator while running. */
  adjustmentMin: z.number().int().min(-1440).max(1440).default(0)
})
export type LiveRecord = z.infer<typeof LiveRecord>

/** Stage 5 — agenda (ordre du jour). */
export const Agenda = z.object({
  days: list(AgendaDay),
  live: list(LiveRecord)
})
export type Agenda = z.infer<typeof Agenda>
