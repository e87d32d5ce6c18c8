/**
 * Clock and duration arithmetic for the agenda. Everything is in whole minutes since the day's midnight
 * (a day that runs past midnight simply goes above 1440: 24:30 is 1470, shown "00:30" on the next day).
 *
 * - `parseClock('9h05' | '09:05' | '905')` → 545, or null when it is not a 24-hour time.
 * - `formatClock(545)` → "09:05" (wraps every 24 h; `dayOffsetOf` says how many midnights were crossed).
 * - `parseDuration('1h30' | '90' | '1:30' | '90 min')` → { ok, minutes } or { ok: false, issue } where the
 *   issue is an i18n key under `agenda:issues.` with its params (nothing is thrown, the raw text is kept by
 *   the caller).
 */

export const MINUTES_PER_DAY = 1440
/** Longest single block we accept (a whole day); anything above is absurd, not a typo to keep. */
export const MAX_BLOCK_MINUTES = 1440
/** Above this, a block is accepted but flagged: nobody runs a 5-hour session without a break. */
export const LONG_BLOCK_MINUTES = 240

const pad2 = (n: number): string => String(n).padStart(2, '0')

/** Digits of any script (Arabic-Indic, Persian…) to ASCII, so "٠٩:٣٠" typed on an Arabic keyboard works. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => {
    const code = c.charCodeAt(0)
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660)
  })
}

/** "09:05", "9:05", "9h05", "9h", "9 h 05", "0905", "905", "9" → minutes since midnight; null otherwise. */
export function parseClock(text: string): number | null {
  const s = toAsciiDigits(text).trim().toLowerCase().replace(/\s+/g, '')
  let m = /^(\d{1,2})(?:[:.h](\d{2})?)?$/.exec(s)
  if (!m) {
    const compact = /^(\d{1,2})(\d{2})$/.exec(s)
    if (!compact) return null
    m = compact
  }
  const h = Number(m[1])
  const min = m[2] === undefined ? 0 : Number(m[2])
  if (h > 23 || min > 59) return null
  return h * 60 + min
}

/** Minutes since midnight → "HH:MM", 24-hour, wrapping at midnight (1470 → "00:30"). */
export function formatClock(minutes: number): string {
  const whole = Math.floor(minutes)
  const inDay = ((whole % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY
  return `${pad2(Math.floor(inDay / 60))}:${pad2(inDay % 60)}`
}

/** How many midnights a minute count has crossed (0 on the day itself, 1 the next day…). */
export function dayOffsetOf(minutes: number): number {
  return Math.floor(minutes / MINUTES_PER_DAY)
}

/** Hours and minutes of a duration, for i18n ("1 h 30", "45 min"). Negative durations keep their sign in `sign`. */
export function durationParts(minutes: number): { sign: 1 | -1; hours: number; minutes: number } {
  const abs = Math.abs(Math.round(minutes))
  return { sign: minutes < 0 ? -1 : 1, hours: Math.floor(abs / 60), minutes: abs % 60 }
}

/** A problem found in user input or in the agenda: an i18n key under `agenda:issues.` and its params. */
export interface AgendaIssue {
  key: string
  params: Record<string, string | number>
  severity: 'error' | 'warning'
  dayId?: string
  blockId?: string
}

export type DurationParse = { ok: true; minutes: number } | { ok: false; issue: AgendaIssue }

const durationIssue = (key: string, params: Record<string, string | number> = {}): DurationParse => ({
  ok: false,
  issue: { key, params, severity: 'error' }
})

/**
 * A duration typed by a person: "45", "45 min", "1h30", "1 h 30", "1:30", "2h", "1,5 h". Rejects empty text,
 * negative values, non-numbers and more than a day, with a message key; never throws.
 */
export function parseDuration(text: string): DurationParse {
  const s = toAsciiDigits(text).trim().toLowerCase().replace(/\s+/g, '')
  if (s === '') return durationIssue('durationEmpty')
  if (/^[-−–]/.test(s)) return durationIssue('durationNegative', { value: text.trim() })
  let minutes: number | null = null
  let m: RegExpExecArray | null
  if ((m = /^(\d{1,5})(?:m|mn|min|minutes?|د|دقيقة|دقائق)?$/.exec(s))) minutes = Number(m[1])
  else if ((m = /^(\d{1,3})(?:h|:|س)(\d{1,2})?(?:m|mn|min)?$/.exec(s))) {
    const mins = m[2] === undefined ? 0 : Number(m[2])
    if (mins > 59) return durationIssue('durationInvalid', { value: text.trim() })
    minutes = Number(m[1]) * 60 + mins
  } else if ((m = /^(\d{1,3})[.,](\d{1,2})(?:h|س)$/.exec(s))) {
    minutes = Math.round(Number(`${m[1]}.${m[2]}`) * 60)
  }
  if (minutes === null) return durationIssue('durationInvalid', { value: text.trim() })
  if (minutes > MAX_BLOCK_MINUTES) return durationIssue('durationTooLong', { value: minutes, max: MAX_BLOCK_MINUTES })
  return { ok: true, minutes }
}
