/**
 * How many versions of a project we keep, and which. Pure: the snapshot store calls these with the
 * instants of the snapshots on disk.
 */
export interface SnapshotPolicy {
  /** A save makes a snapshot only when the newest one is at least this old (default 5 minutes). */
  minIntervalMs: number
  /** The newest snapshots always kept (default 10). */
  keepRecent: number
  /** Plus the newest snapshot of each of the last N calendar days, today included (default 14). */
  keepDaily: number
}

export const DEFAULT_SNAPSHOT_POLICY: SnapshotPolicy = { minIntervalMs: 5 * 60_000, keepRecent: 10, keepDaily: 14 }

const DAY_MS = 86_400_000

/** The calendar day of an instant (UTC), e.g. `2017-07-06`. */
export const dayOf = (t: number): string => new Date(t).toISOString().slice(0, 10)

/** Whether a save at `now` should add a snapshot, given the newest snapshot's instant (null = none yet). */
export function snapshotDue(newest: number | null, now: number, policy: SnapshotPolicy = DEFAULT_SNAPSHOT_POLICY): boolean {
  return newest === null || now - newest >= policy.minIntervalMs || now < newest
}

/**
 * The instants to keep among `times`: the `keepRecent` newest, and the newest of each of the last
 * `keepDaily` days (counted back from `now`'s day). Everything else may be deleted. Order-insensitive;
 * returns a set of the kept instants.
 */
export function snapshotsToKeep(times: readonly number[], now: number, policy: SnapshotPolicy = DEFAULT_SNAPSHOT_POLICY): Set<number> {
  const sorted = [...new Set(times)].sort((a, b) => b - a)
  const keep = new Set(sorted.slice(0, policy.keepRecent))
  const days = new Set<string>()
  for (let i = 0; i < policy.keepDaily; i++) days.add(dayOf(now - i * DAY_MS))
  const seenDay = new Set<string>()
  for (const t of sorted) {
    const day = dayOf(t)
    if (!days.has(day) || seenDay.has(day)) continue
    seenDay.add(day)
    keep.add(t)
  }
  return keep
}
