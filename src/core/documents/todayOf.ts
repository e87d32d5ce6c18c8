/** The calendar day (UTC) of an ISO instant; an unreadable instant counts as the epoch. */
export function todayOf(now: string): string {
  const d = new Date(now)
  return Number.isNaN(d.getTime()) ? '1970-01-01' : d.toISOString().slice(0, 10)
}
