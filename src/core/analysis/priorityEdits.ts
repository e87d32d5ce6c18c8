import type { HanlonScore, Priority } from '../model/priority'
import { checkGridScore, checkHanlon, checkWeight, type HanlonComponent, type PearlKey, type ScoreIssue } from './prioritisation'

/**
 * Immutable edits of the priority stage that keep it consistent: a score out of range is refused with an
 * issue (the screen shows it inline and keeps the previous value), removing a candidate, scorer or
 * criterion removes its scores, and a removed chosen problem is un-chosen.
 */
export type Edit = { ok: true; priority: Priority } | { ok: false; issue: ScoreIssue }

const done = (priority: Priority): Edit => ({ ok: true, priority })

export interface GridCell {
  scorerId: string
  problemId: string
  criterionId: string
}

const sameCell = (a: GridCell) => (b: GridCell) =>
  a.scorerId === b.scorerId && a.problemId === b.problemId && a.criterionId === b.criterionId

/** Sets one grid score (1–5); `null` or an empty text clears it. */
export function setGridScore(priority: Priority, cell: GridCell, raw: number | string | null): Edit {
  const others = priority.scores.filter((s) => !sameCell(cell)(s))
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return done({ ...priority, scores: others })
  const checked = checkGridScore(raw)
  if (!checked.ok) return checked
  const index = priority.scores.findIndex(sameCell(cell))
  const score = { ...cell, value: checked.value }
  const scores = index === -1 ? [...priority.scores, score] : priority.scores.map((s, i) => (i === index ? score : s))
  return done({ ...priority, scores })
}

/** Sets a criterion's weight (0–100). */
export function setWeight(priority: Priority, criterionId: string, raw: number | string): Edit {
  const checked = checkWeight(raw)
  if (!checked.ok) return checked
  return done({
    ...priority,
    criteria: priority.criteria.map((c) => (c.id === criterionId ? { ...c, weight: checked.value } : c))
  })
}

const ALL_PEARL_MET: HanlonScore['pearl'] = {
  propriety: true,
  economics: true,
  acceptability: true,
  resources: true,
  legality: true
}

function upsertHanlon(priority: Priority, scorerId: string, problemId: string, change: (s: HanlonScore) => HanlonScore): Priority {
  const index = priority.hanlon.findIndex((s) => s.scorerId === scorerId && s.problemId === problemId)
  if (index === -1) {
    const fresh: HanlonScore = { scorerId, problemId, a: 0, b: 0, c: 0, pearl: { ...ALL_PEARL_MET } }
    return { ...priority, hanlon: [...priority.hanlon, change(fresh)] }
  }
  return { ...priority, hanlon: priority.hanlon.map((s, i) => (i === index ? change(s) : s)) }
}

/** Sets one Hanlon component (A 0–10, B 0–20, C 0–10) of one scorer for one candidate. */
export function setHanlonComponent(
  priority: Priority,
  scorerId: string,
  problemId: string,
  component: HanlonComponent,
  raw: number | string
): Edit {
  const checked = checkHanlon(component, raw)
  if (!checked.ok) return checked
  return done(upsertHanlon(priority, scorerId, problemId, (s) => ({ ...s, [component]: checked.value })))
}

/** Sets one PEARL factor (met or not) of one scorer for one candidate. */
export function setPearl(priority: Priority, scorerId: string, problemId: string, factor: PearlKey, met: boolean): Priority {
  return upsertHanlon(priority, scorerId, problemId, (s) => ({ ...s, pearl: { ...s.pearl, [factor]: met } }))
}

/** Clears one scorer's Hanlon scores for one candidate. */
export function clearHanlon(priority: Priority, scorerId: string, problemId: string): Priority {
  return { ...priority, hanlon: priority.hanlon.filter((s) => !(s.scorerId === scorerId && s.problemId === problemId)) }
}

/** Removes a candidate with all its scores; un-chooses it if it was the chosen problem. */
export function removeCandidate(priority: Priority, problemId: string): Priority {
  return {
    ...priority,
    candidates: priority.candidates.filter((c) => c.id !== problemId),
    scores: priority.scores.filter((s) => s.problemId !== problemId),
    hanlon: priority.hanlon.filter((s) => s.problemId !== problemId),
    chosenProblemId: priority.chosenProblemId === problemId ? null : priority.chosenProblemId
  }
}

/** Removes a scorer with all the scores they gave. */
export function removeScorer(priority: Priority, scorerId: string): Priority {
  return {
    ...priority,
    scorers: priority.scorers.filter((s) => s.id !== scorerId),
    scores: priority.scores.filter((s) => s.scorerId !== scorerId),
    hanlon: priority.hanlon.filter((s) => s.scorerId !== scorerId)
  }
}

/** Removes a criterion with all its grid scores. */
export function removeCriterion(priority: Priority, criterionId: string): Priority {
  return {
    ...priority,
    criteria: priority.criteria.filter((c) => c.id !== criterionId),
    scores: priority.scores.filter((s) => s.criterionId !== criterionId)
  }
}

/** Chooses the priority problem (or none); an unknown id is ignored. */
export function chooseProblem(priority: Priority, problemId: string | null): Priority {
  if (problemId !== null && !priority.candidates.some((c) => c.id === problemId)) return priority
  return { ...priority, chosenProblemId: problemId }
}
