import { useEffect, useState } from 'react'
import { isoDateOf } from '../../../../core/actions/status'

/** Today's date (`YYYY-MM-DD`), refreshed every minute so "late" follows the calendar past midnight. */
export function useToday(): string {
  const [today, setToday] = useState(() => isoDateOf(new Date()))
  useEffect(() => {
    const timer = setInterval(() => setToday(isoDateOf(new Date())), 60_000)
    return () => clearInterval(timer)
  }, [])
  return today
}
