import type { Position, Power, Stakeholder, StakeholderSnapshot, SnapshotEntry } from '../model/stakeholders'
import { POSITION_VALUE, POWER_WEIGHT } from './stakeholders'

/**
 * Dated snapshots of the stakeholder map ("how the politics moved"): freeze the current positions with a
 * date and a label, then compare any two snapshots — or a snapshot with the current table.
 */

export function takeSnapshot(
  items: readonly Stakeholder[],
  args: { id: string; label: string; takenAt: string }
): StakeholderSnapshot {
  return {
    id: args.id,
    label: args.label.trim(),
    takenAt: args.takenAt,
    entries: items.map((s) => ({
      stakeholderId: s.id,
      name: s.name,
      position: s.position,
      power: s.power,
      interest: s.interest
    }))
  }
}

export type MoveDirection = 'towardSupport' | 'towardOpposition'

export interface PositionMove {
  stakeholderId: string
  name: string
  from: Position | null
  to: Position | null
  /** Null when one side was not assessed (assessed / no longer assessed). */
  direction: MoveDirection | null
  /** Points moved on the 7-point scale (positive toward support), 0 when one side is missing. */
  delta: number
}

export interface ValueChange<T> {
  stakeholderId: string
  name: string
  from: T | null
  to: T | null
}

export interface SnapshotComparison {
  moved: PositionMove[]
  powerChanged: ValueChange<Power>[]
  interestChanged: ValueChange<number>[]
  /** In the later snapshot only. */
  added: SnapshotEntry[]
  /** In the earlier snapshot only. */
  removed: SnapshotEntry[]
  /** Present in both with nothing changed. */
  unchanged: number
}

/** What changed from `before` to `after`, matched by stakeholder id (a rename is not a move). */
export function compareSnapshots(
  before: Pick<StakeholderSnapshot, 'entries'>,
  after: Pick<StakeholderSnapshot, 'entries'>
): SnapshotComparison {
  const earlier = new Map(before.entries.map((e) => [e.stakeholderId, e]))
  const later = new Set(after.entries.map((e) => e.stakeholderId))
  const out: SnapshotComparison = { moved: [], powerChanged: [], interestChanged: [], added: [], removed: [], unchanged: 0 }
  for (const b of after.entries) {
    const a = earlier.get(b.stakeholderId)
    if (!a) {
      out.added.push(b)
      continue
    }
    let changed = false
    if (a.position !== b.position) {
      changed = true
      const delta = a.position !== null && b.position !== null ? POSITION_VALUE[b.position] - POSITION_VALUE[a.position] : 0
      out.moved.push({
        stakeholderId: b.stakeholderId,
        name: b.name,
        from: a.position,
        to: b.position,
        direction: delta > 0 ? 'towardSupport' : delta < 0 ? 'towardOpposition' : null,
        delta
      })
    }
    if (a.power !== b.power) {
      changed = true
      out.powerChanged.push({ stakeholderId: b.stakeholderId, name: b.name, from: a.power, to: b.power })
    }
    if (a.interest !== b.interest) {
      changed = true
      out.interestChanged.push({ stakeholderId: b.stakeholderId, name: b.name, from: a.interest, to: b.interest })
    }
    if (!changed) out.unchanged++
  }
  for (const a of before.entries) if (!later.has(a.stakeholderId)) out.removed.push(a)
  // Biggest moves first, then by name.
  out.moved.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.name.localeCompare(y.name, 'fr'))
  return out
}

/** Whether power went up (true), down (false) or cannot be said (null). */
export const powerRose = (c: ValueChange<Power>): boolean | null =>
  c.from === null || c.to === null ? null : POWER_WEIGHT[c.to] > POWER_WEIGHT[c.from]

/** Snapshots newest first (ties by label), for lists and default comparisons. */
export const snapshotsNewestFirst = (snaps: readonly StakeholderSnapshot[]): StakeholderSnapshot[] =>
  [...snaps].sort((a, b) => b.takenAt.localeCompare(a.takenAt) || a.label.localeCompare(b.label, 'fr'))
