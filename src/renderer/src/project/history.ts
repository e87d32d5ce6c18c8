/**
 * Undo/redo history of immutable states. Consecutive edits that carry the same coalesce key (typing in
 * one field) replace the present instead of pushing a new step, so one undo removes the whole run.
 * Undo, redo or an edit with another key (or none) ends the run.
 */
export interface History<T> {
  past: T[]
  present: T
  future: T[]
  /** Key of the edit run the present belongs to, or null when the next edit starts a new step. */
  coalesceKey: string | null
}

export const HISTORY_LIMIT = 200

export function initHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], coalesceKey: null }
}

export function applyEdit<T>(h: History<T>, next: T, coalesce?: string, limit: number = HISTORY_LIMIT): History<T> {
  if (Object.is(next, h.present)) return h
  if (coalesce !== undefined && coalesce === h.coalesceKey) {
    return { past: h.past, present: next, future: [], coalesceKey: coalesce }
  }
  const past = [...h.past, h.present]
  return { past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [], coalesceKey: coalesce ?? null }
}

export function undo<T>(h: History<T>): History<T> {
  const previous = h.past[h.past.length - 1]
  if (h.past.length === 0 || previous === undefined) return h
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future], coalesceKey: null }
}

export function redo<T>(h: History<T>): History<T> {
  const [next, ...rest] = h.future
  if (h.future.length === 0 || next === undefined) return h
  return { past: [...h.past, h.present], present: next, future: rest, coalesceKey: null }
}

/** Ends the current edit run: the next edit becomes its own undo step even with the same key. */
export function breakRun<T>(h: History<T>): History<T> {
  return h.coalesceKey === null ? h : { ...h, coalesceKey: null }
}
