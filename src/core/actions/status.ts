import type { ActionItem, ActionStatus } from '../model/actions'

/** Today's calendar date, `YYYY-MM-DD`, in the computer's time zone (inject it in tests). */
export function isoDateOf(instant: Date): string {
  const local = new Date(instant.getTime() - instant.getTimezoneOffset() * 60_000)
  return local.toISOString().slice(0, 10)
}

const isClosed = (item: Pick<ActionItem, 'status'>): boolean => item.status === 'done' || item.status === 'dropped'

/**
 * The status to show: "late" is derived — an action not done or dropped whose due date is before
 * `today` — and never stored; otherwise the stored status.
 */
export function effectiveStatus(item: Pick<ActionItem, 'status' | 'dueDate'>, today: string): ActionStatus {
  if (isClosed(item)) return item.status
  if (item.dueDate !== null && item.dueDate < today) return 'late'
  return item.status
}

export const isOverdue = (item: Pick<ActionItem, 'status' | 'dueDate'>, today: string): boolean =>
  effectiveStatus(item, today) === 'late'

/** Still to do: neither done nor dropped (late ones included). */
export const isOpen = (item: Pick<ActionItem, 'status'>): boolean => !isClosed(item)

const DAY_MS = 86_400_000
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS

/** Whole days between two calendar dates (`to − from`). */
export const daysBetween = (from: string, to: string): number => Math.round(dayNumber(to) - dayNumber(from))

/** How many days past its due date an overdue action is; null when it is not overdue. */
export function daysOverdue(item: Pick<ActionItem, 'status' | 'dueDate'>, today: string): number | null {
  if (!isOverdue(item, today) || item.dueDate === null) return null
  return daysBetween(item.dueDate, today)
}
