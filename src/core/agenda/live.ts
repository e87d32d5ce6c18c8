/**
 * Live mode: running a day of the agenda against the clock. Pure: the time is always passed in (`nowMs`,
 * epoch milliseconds) and the wall clock (`WallClock`: epoch ms → minutes since local midnight) is
 * injectable, so tests and the renderer's `ClockProvider` decide what "now" is.
 *
 * What happened is stored as `project.agenda.live` (`LiveRecord`: dayId, blockId, startedAt, endedAt,
 * adjustmentMin). A block may have several records (going back with "previous"); at most one record is open.
 *
 * Record edits (each returns a new Agenda):
 *   startLive(agenda, dayId, nowMs, blockIndex = 0) · goToNext · goToPrevious · goToBlock(agenda, dayId,
 *   blockId, nowMs) · adjustCurrent(agenda, dayId, deltaMin) (+5 / −5) · endLive · resetLive(agenda, dayId)
 *
 * Derived view: `computeLivePlan(agenda, dayId, nowMs, wall?)` → `LivePlan`: the current block, elapsed and
 * remaining seconds (remaining < 0 is an overrun), ahead/behind the plan (`scheduleDeltaMin`: + behind,
 * − ahead), the rest of the day re-balanced (`rebalance`) and the overrun past the planned end.
 * It never throws: records of deleted blocks are ignored, bad timestamps count as zero time.
 */
import type { Agenda, AgendaBlock, AgendaDay, LiveRecord } from '../model/agenda'
import { rebalance } from './rebalance'
import { dayStartMin, safeDuration, scheduleDay } from './schedule'

/** Epoch milliseconds → minutes since local midnight (fractional). */
export type WallClock = (ms: number) => number

/** The machine's local time (what the facilitator's watch says). */
export const localWallClock: WallClock = (ms) => {
  const d = new Date(ms)
  return d.getHours() * 60 + d.getMinutes() + d.getSeconds() / 60 + d.getMilliseconds() / 60_000
}

/** UTC as the wall clock (tests, and machines set to UTC). */
export const utcWallClock: WallClock = (ms) => (((ms / 60_000) % 1440) + 1440) % 1440

/** Within this many minutes of the plan we say "on time". */
export const ON_TIME_TOLERANCE_MIN = 1

export type LiveBlockState = 'done' | 'current' | 'upcoming'

export interface LiveBlock {
  block: AgendaBlock
  index: number
  state: LiveBlockState
  plannedStartMin: number
  plannedEndMin: number
  plannedMin: number
  /** Sum of the +/− minutes given to this block while running. */
  adjustmentMin: number
  /** Real time spent in the block so far, in minutes (0 for blocks not reached). */
  spentMin: number
  /** Start and end as they now stand (real for past blocks, projected for the rest), day minutes. */
  liveStartMin: number
  liveEndMin: number
  /** Length as it now stands: actual for done blocks, target for the current one, re-balanced for the rest. */
  liveMin: number
}

export interface LivePlan {
  dayId: string
  status: 'notStarted' | 'running' | 'finished'
  blocks: LiveBlock[]
  currentIndex: number | null
  /** Now, in minutes since the day's midnight. */
  nowMin: number
  /** Current block: seconds spent, seconds left of its target (negative when overrunning), overrun seconds. */
  elapsedSec: number
  remainingSec: number
  overrunSec: number
  /** Target length of the current block (planned + adjustments), minutes. */
  targetMin: number
  /** + behind / − ahead of the plan, minutes (current block's projected end vs its planned end). */
  scheduleDeltaMin: number
  plannedEndMin: number
  projectedEndMin: number
  /** Minutes past the planned end of the day once the rest is squeezed to its floors. */
  dayOverrunMin: number
  /** Time nobody can use (no flexible block left to grow): the day ends early. */
  slackMin: number
}

const toIso = (ms: number): string => new Date(ms).toISOString()
const msOf = (iso: string | null): number | null => {
  if (iso === null) return null
  const t = Date.parse(iso)
  return Number.isNaN(t) ? null : t
}

/** The day's records of blocks that still exist, oldest first. */
function dayRecords(agenda: Agenda, day: AgendaDay): LiveRecord[] {
  const ids = new Set(day.blocks.map((b) => b.id))
  return agenda.live
    .filter((r) => r.dayId === day.id && ids.has(r.blockId) && msOf(r.startedAt) !== null)
    .sort((a, b) => (msOf(a.startedAt) as number) - (msOf(b.startedAt) as number))
}

/** The open record of the day (the latest one if bad data left several open). */
function openRecord(records: LiveRecord[]): LiveRecord | null {
  return [...records].reverse().find((r) => r.endedAt === null) ?? null
}

/** Real milliseconds of a record: open records run to `nowMs`, an earlier open one stops at the next start. */
function spanMs(record: LiveRecord, records: LiveRecord[], nowMs: number, open: LiveRecord | null): number {
  const start = msOf(record.startedAt) as number
  let end = msOf(record.endedAt)
  if (end === null) {
    if (record === open) end = nowMs
    else {
      const next = records.find((r) => (msOf(r.startedAt) as number) > start)
      end = next ? (msOf(next.startedAt) as number) : start
    }
  }
  return Math.max(0, end - start)
}

export function computeLivePlan(agenda: Agenda, dayId: string, nowMs: number, wall: WallClock = localWallClock): LivePlan | null {
  const dayIndex = agenda.days.findIndex((d) => d.id === dayId)
  const day = agenda.days[dayIndex]
  if (!day) return null
  const timed = scheduleDay(day, dayIndex)
  const records = dayRecords(agenda, day)
  const open = openRecord(records)
  const startMin = dayStartMin(day)

  // One minute scale for the whole day, anchored at the first real start (or now), so that a day running
  // past midnight keeps counting up instead of wrapping to 00:00.
  const anchorMs = records.length > 0 ? (msOf(records[0]!.startedAt) as number) : nowMs
  let anchorMin = wall(anchorMs)
  if (anchorMin < startMin - 12 * 60) anchorMin += 1440
  const dayMinOf = (ms: number): number => anchorMin + (ms - anchorMs) / 60_000
  const nowMin = dayMinOf(nowMs)

  const perBlock = new Map<string, LiveRecord[]>()
  for (const r of records) perBlock.set(r.blockId, [...(perBlock.get(r.blockId) ?? []), r])
  const spentOf = (id: string): number =>
    (perBlock.get(id) ?? []).reduce((sum, r) => sum + spanMs(r, records, nowMs, open), 0) / 60_000
  const adjustmentOf = (id: string): number => (perBlock.get(id) ?? []).reduce((sum, r) => sum + r.adjustmentMin, 0)
  const firstStartOf = (id: string): number | null => {
    const first = perBlock.get(id)?.[0]
    return first ? dayMinOf(msOf(first.startedAt) as number) : null
  }

  const currentIndex = open ? day.blocks.findIndex((b) => b.id === open.blockId) : -1
  const status: LivePlan['status'] = records.length === 0 ? 'notStarted' : open ? 'running' : 'finished'
  const plannedEndMin = timed.endMin

  const base = timed.blocks.map(
    (tb): LiveBlock => ({
      block: tb.block,
      index: tb.index,
      state: 'upcoming',
      plannedStartMin: tb.startMin,
      plannedEndMin: tb.endMin,
      plannedMin: tb.endMin - tb.startMin,
      adjustmentMin: adjustmentOf(tb.block.id),
      spentMin: spentOf(tb.block.id),
      liveStartMin: tb.startMin,
      liveEndMin: tb.endMin,
      liveMin: tb.endMin - tb.startMin
    })
  )

  if (status === 'notStarted') {
    // Not started: the plan as it stands (we cannot tell a late start from opening the screen the day before).
    const shifted = fitRest(base, 0, timed.blocks[0]?.startMin ?? startMin, plannedEndMin)
    return {
      dayId,
      status,
      blocks: shifted.blocks,
      currentIndex: null,
      nowMin,
      elapsedSec: 0,
      remainingSec: 0,
      overrunSec: 0,
      targetMin: 0,
      scheduleDeltaMin: 0,
      plannedEndMin,
      projectedEndMin: shifted.endMin,
      dayOverrunMin: shifted.overrunMin,
      slackMin: shifted.slackMin
    }
  }

  // Blocks before the current one (or all, once finished) are done: their real times.
  const doneUntil = status === 'running' ? currentIndex : base.length
  let cursor = firstStartOf(base[0]?.block.id ?? '') ?? dayMinOf(anchorMs)
  for (let i = 0; i < doneUntil; i++) {
    const b = base[i] as LiveBlock
    const start = firstStartOf(b.block.id) ?? cursor
    b.state = 'done'
    b.liveStartMin = start
    b.liveMin = b.spentMin
    b.liveEndMin = perBlock.has(b.block.id) ? start + b.spentMin : start
    cursor = Math.max(cursor, b.liveEndMin)
  }

  if (status === 'finished') {
    const lastEnd = Math.max(
      ...records.map((r) => dayMinOf((msOf(r.startedAt) as number) + spanMs(r, records, nowMs, null))),
      cursor
    )
    const delta = lastEnd - plannedEndMin
    return {
      dayId,
      status,
      blocks: base,
      currentIndex: null,
      nowMin,
      elapsedSec: 0,
      remainingSec: 0,
      overrunSec: 0,
      targetMin: 0,
      scheduleDeltaMin: delta,
      plannedEndMin,
      projectedEndMin: lastEnd,
      dayOverrunMin: Math.max(0, delta),
      slackMin: 0
    }
  }

  const current = base[currentIndex] as LiveBlock
  const targetMin = Math.max(0, current.plannedMin + current.adjustmentMin)
  const elapsedSec = Math.round(current.spentMin * 60)
  const remainingSec = Math.round(targetMin * 60) - elapsedSec
  const currentEnd = nowMin + Math.max(0, remainingSec) / 60
  current.state = 'current'
  current.liveStartMin = firstStartOf(current.block.id) ?? nowMin
  current.liveEndMin = currentEnd
  current.liveMin = Math.max(targetMin, current.spentMin)
  const rest = fitRest(base, currentIndex + 1, currentEnd, plannedEndMin)
  return {
    dayId,
    status,
    blocks: rest.blocks,
    currentIndex,
    nowMin,
    elapsedSec,
    remainingSec,
    overrunSec: Math.max(0, -remainingSec),
    targetMin,
    scheduleDeltaMin: currentEnd - current.plannedEndMin,
    plannedEndMin,
    projectedEndMin: rest.endMin,
    dayOverrunMin: rest.overrunMin,
    slackMin: rest.slackMin
  }
}

/** Lays the blocks from `from` on, starting at `startMin`, re-balanced to end by `plannedEndMin`. */
function fitRest(blocks: LiveBlock[], from: number, startMin: number, plannedEndMin: number) {
  const upcoming = blocks.slice(from)
  const result = rebalance(
    upcoming.map((b) => ({ type: b.block.type, plannedMin: b.plannedMin })),
    plannedEndMin - startMin
  )
  let cursor = startMin
  const laid = upcoming.map((b, k): LiveBlock => {
    const liveMin = result.durations[k] as number
    const out = { ...b, state: 'upcoming' as const, liveStartMin: cursor, liveEndMin: cursor + liveMin, liveMin }
    cursor += liveMin
    return out
  })
  return { blocks: [...blocks.slice(0, from), ...laid], endMin: cursor, overrunMin: result.overrunMin, slackMin: result.slackMin }
}

/** The kind of message to show for a schedule delta: on time within a minute, else ahead / behind. */
export function scheduleStatus(deltaMin: number): { key: 'onTime' | 'ahead' | 'behind'; minutes: number } {
  const minutes = Math.round(Math.abs(deltaMin))
  if (Math.abs(deltaMin) < ON_TIME_TOLERANCE_MIN || minutes === 0) return { key: 'onTime', minutes: 0 }
  return { key: deltaMin > 0 ? 'behind' : 'ahead', minutes }
}

// ——— record edits ———

const closeOpen = (live: LiveRecord[], nowMs: number): LiveRecord[] =>
  live.map((r) => {
    if (r.endedAt !== null) return r
    const start = msOf(r.startedAt) ?? nowMs
    return { ...r, endedAt: toIso(Math.max(start, nowMs)) }
  })

/** Makes `blockId` the running block of `dayId` from `nowMs` (closing whatever was open, in any day). */
export function goToBlock(agenda: Agenda, dayId: string, blockId: string, nowMs: number): Agenda {
  const day = agenda.days.find((d) => d.id === dayId)
  if (!day || !day.blocks.some((b) => b.id === blockId)) return agenda
  const live = closeOpen(agenda.live, nowMs)
  return { ...agenda, live: [...live, { dayId, blockId, startedAt: toIso(nowMs), endedAt: null, adjustmentMin: 0 }] }
}

export function startLive(agenda: Agenda, dayId: string, nowMs: number, blockIndex = 0): Agenda {
  const block = agenda.days.find((d) => d.id === dayId)?.blocks[blockIndex]
  return block ? goToBlock(agenda, dayId, block.id, nowMs) : agenda
}

function currentIndexOf(agenda: Agenda, dayId: string): { day: AgendaDay; index: number } | null {
  const day = agenda.days.find((d) => d.id === dayId)
  if (!day) return null
  const open = openRecord(dayRecords(agenda, day))
  if (!open) return null
  return { day, index: day.blocks.findIndex((b) => b.id === open.blockId) }
}

/** Ends the current block and starts the next; after the last block the day is finished. */
export function goToNext(agenda: Agenda, dayId: string, nowMs: number): Agenda {
  const at = currentIndexOf(agenda, dayId)
  if (!at) return agenda
  const next = at.day.blocks[at.index + 1]
  return next ? goToBlock(agenda, dayId, next.id, nowMs) : endLive(agenda, dayId, nowMs)
}

/** Back to the previous block (a new record: the time already spent stays on record). */
export function goToPrevious(agenda: Agenda, dayId: string, nowMs: number): Agenda {
  const at = currentIndexOf(agenda, dayId)
  if (!at || at.index === 0) return agenda
  return goToBlock(agenda, dayId, (at.day.blocks[at.index - 1] as AgendaBlock).id, nowMs)
}

/** Stops the clock on the day (closes the open record). */
export function endLive(agenda: Agenda, dayId: string, nowMs: number): Agenda {
  if (!agenda.live.some((r) => r.dayId === dayId && r.endedAt === null)) return agenda
  return { ...agenda, live: closeOpen(agenda.live, nowMs) }
}

/** Forgets what was recorded for the day (a rehearsal). */
export function resetLive(agenda: Agenda, dayId: string): Agenda {
  if (!agenda.live.some((r) => r.dayId === dayId)) return agenda
  return { ...agenda, live: agenda.live.filter((r) => r.dayId !== dayId) }
}

/**
 * Adds (or removes, negative) minutes to the running block. The block never goes below 0 minutes and the
 * stored adjustment stays within ±24 h; the rest of the day re-balances in `computeLivePlan`.
 */
export function adjustCurrent(agenda: Agenda, dayId: string, deltaMin: number): Agenda {
  const at = currentIndexOf(agenda, dayId)
  if (!at || !Number.isFinite(deltaMin) || deltaMin === 0) return agenda
  const block = at.day.blocks[at.index] as AgendaBlock
  const records = dayRecords(agenda, at.day)
  const open = openRecord(records) as LiveRecord
  const totalAdj = records.filter((r) => r.blockId === block.id).reduce((s, r) => s + r.adjustmentMin, 0)
  const minTotal = -safeDuration(block)
  const wanted = Math.max(minTotal, totalAdj + Math.round(deltaMin))
  const next = Math.max(-1440, Math.min(1440, open.adjustmentMin + (wanted - totalAdj)))
  if (next === open.adjustmentMin) return agenda
  return { ...agenda, live: agenda.live.map((r) => (r === open ? { ...r, adjustmentMin: next } : r)) }
}

/** The day that is running right now, if any (to reopen live mode where it was left). */
export function runningDayId(agenda: Agenda): string | null {
  return agenda.live.find((r) => r.endedAt === null)?.dayId ?? null
}
