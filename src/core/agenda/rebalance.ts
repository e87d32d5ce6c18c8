/**
 * Re-balancing the rest of a day when time is lost or gained (live mode, +5 / −5 min, an overrun).
 *
 * `rebalance(items, availableMin)` fits the remaining blocks into the time left before the planned end:
 * - time gained goes to the flexible blocks (plenary deliberation, group work) in proportion to their
 *   planned length; nothing else grows;
 * - time lost is taken from the flexible blocks first, in proportion to their planned length and never
 *   below their floor (10 min), then from breaks and meals down to their floors (break 10, meal 30 min); openings,
 *   presentations, closings and evaluations keep their length;
 * - what still does not fit is the `overrunMin` past the planned end (reported, never hidden).
 * Results are whole minutes; the input is never changed.
 */
import type { BlockType } from '../model/agenda'

export const FLEXIBLE_TYPES: readonly BlockType[] = ['plenary', 'groupWork']
export const PAUSE_TYPES: readonly BlockType[] = ['break', 'meal']

/** Shortest a block may become when the day is squeezed. */
export const FLOOR_MIN: Partial<Record<BlockType, number>> = { plenary: 10, groupWork: 10, break: 10, meal: 30 }

export interface RebalanceItem {
  type: BlockType
  plannedMin: number
}

export interface RebalanceResult {
  durations: number[]
  /** Minutes past the planned end once every block is at its floor. */
  overrunMin: number
  /** Minutes left over because no block can grow (the day then ends early). */
  slackMin: number
}

const floorOf = (item: RebalanceItem): number => Math.min(item.plannedMin, FLOOR_MIN[item.type] ?? item.plannedMin)

/**
 * Splits `total` (a whole number) in proportion to `weights`, as whole numbers summing to `total`
 * (largest remainder; ties go to the earlier block).
 */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (total <= 0 || weights.length === 0) return weights.map(() => 0)
  const w = sum > 0 ? weights : weights.map(() => 1)
  const s = sum > 0 ? sum : weights.length
  const exact = w.map((x) => (total * x) / s)
  const parts = exact.map(Math.floor)
  let left = total - parts.reduce((a, b) => a + b, 0)
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    if (w[i] === 0 && sum > 0) continue
    parts[i] = (parts[i] as number) + 1
    left--
  }
  return parts
}

/**
 * Takes up to `amount` from the blocks at `indexes`, in proportion to their planned length, none below its
 * floor (a block that reaches its floor drops out and the others share the rest). Returns what it took.
 */
function shrink(durations: number[], items: RebalanceItem[], indexes: number[], amount: number): number {
  const capOf = (i: number): number => Math.max(0, (durations[i] as number) - floorOf(items[i] as RebalanceItem))
  let active = indexes.filter((i) => capOf(i) > 0)
  const capacity = active.reduce((s, i) => s + capOf(i), 0)
  let left = Math.min(amount, capacity)
  const took = left
  while (left > 0 && active.length > 0) {
    const weights = active.map((i) => (items[i] as RebalanceItem).plannedMin)
    const weightSum = weights.reduce((a, b) => a + b, 0)
    const atFloor = active.filter((i, k) => (left * (weights[k] as number)) / weightSum >= capOf(i))
    if (atFloor.length > 0) {
      for (const i of atFloor) {
        left -= capOf(i)
        durations[i] = floorOf(items[i] as RebalanceItem)
      }
      active = active.filter((i) => !atFloor.includes(i))
      continue
    }
    const cuts = apportion(left, weights)
    active.forEach((i, k) => {
      durations[i] = (durations[i] as number) - (cuts[k] as number)
    })
    left = 0
  }
  return took
}

export function rebalance(items: RebalanceItem[], availableMin: number): RebalanceResult {
  const planned = items.map((it) => Math.max(0, Math.round(it.plannedMin)))
  const safeItems = items.map((it, i) => ({ type: it.type, plannedMin: planned[i] as number }))
  const total = planned.reduce((a, b) => a + b, 0)
  const available = Number.isFinite(availableMin) ? Math.floor(availableMin) : total
  const durations = [...planned]
  const flexible = safeItems.flatMap((it, i) => (FLEXIBLE_TYPES.includes(it.type) ? [i] : []))
  if (available >= total) {
    const surplus = available - total
    if (flexible.length === 0) return { durations, overrunMin: 0, slackMin: surplus }
    const extra = apportion(
      surplus,
      flexible.map((i) => planned[i] as number)
    )
    flexible.forEach((i, k) => {
      durations[i] = (durations[i] as number) + (extra[k] as number)
    })
    return { durations, overrunMin: 0, slackMin: 0 }
  }
  let deficit = total - available
  deficit -= shrink(durations, safeItems, flexible, deficit)
  const pauses = safeItems.flatMap((it, i) => (PAUSE_TYPES.includes(it.type) ? [i] : []))
  deficit -= shrink(durations, safeItems, pauses, deficit)
  return { durations, overrunMin: Math.max(0, deficit), slackMin: 0 }
}
