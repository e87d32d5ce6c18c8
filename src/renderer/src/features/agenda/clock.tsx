import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { localWallClock, type WallClock } from '../../../../core/agenda/live'

/**
 * The clock of live mode, injectable: by default `Date.now` and the machine's local time; tests give a
 * `<ClockProvider clock={…}>` of their own (the browser tests may also fake `Date` with playwright's
 * `page.clock`). Nothing in the agenda screens reads `Date.now()` directly.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now: () => number
  /** Epoch ms → minutes since local midnight. */
  wall: WallClock
}

export const systemClock: Clock = { now: () => Date.now(), wall: localWallClock }

const ClockContext = createContext<Clock>(systemClock)

export function ClockProvider({ clock, children }: { clock: Clock; children: ReactNode }) {
  return <ClockContext.Provider value={clock}>{children}</ClockContext.Provider>
}

export const useClock = (): Clock => useContext(ClockContext)

/**
 * The current time, refreshed every `intervalMs` (aligned on the clock's seconds so a mm:ss timer ticks
 * evenly). Keeps ticking whatever else happens on the screen.
 */
export function useNow(intervalMs = 1000): number {
  const clock = useClock()
  const [now, setNow] = useState(() => clock.now())
  useEffect(() => {
    setNow(clock.now())
    const id = setInterval(() => setNow(clock.now()), intervalMs)
    return () => clearInterval(id)
  }, [clock, intervalMs])
  return now
}
