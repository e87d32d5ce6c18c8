import type { CandidateProblem, Criterion, GridScore, HanlonScore, Priority, Scorer } from '../model/priority'
import { PEARL_KEYS } from '../model/priority'

/**
 * Prioritisation (choix du problème prioritaire): the weighted grid and the Hanlon method.
 *
 * Weighted grid — each scorer gives each candidate 1–5 on each criterion. Per candidate and criterion the
 * mean over the scorers who scored it; the weighted total is Σ weight × mean; the normalised score is that
 * total over the best possible total (Σ weight × 5), so a missing mean counts as nothing and the candidate
 * is flagged incomplete rather than flattered.
 *
 * Hanlon — A size 0–10, B seriousness 0–20, C effectiveness 0–10: basic priority rating
 * BPR = (A + B) × C / 3 (at most 100), computed on the means over the scorers, then multiplied by the PEARL
 * product (propriety, economics, acceptability, resources, legality, each 0 or 1). A PEARL factor is met
 * only when every scorer said yes: one "no" excludes the problem from the ranking (and says which factor).
 *
 * Ranking is competition style: equal scores share a rank (1, 1, 3) and are shown as ties.
 */

export const GRID_SCORE_MIN = 1
export const GRID_SCORE_MAX = 5
export const WEIGHT_MIN = 0
export const WEIGHT_MAX = 100
export const HANLON_RANGES = {
  a: { min: 0, max: 10 },
  b: { min: 0, max: 20 },
  c: { min: 0, max: 10 }
} as const
export type HanlonComponent = keyof typeof HANLON_RANGES
/** (10 + 20) × 10 / 3 */
export const HANLON_BPR_MAX = 100

/** Why a typed score or weight was refused; `code` is an i18n key under `priority:errors.`. */
export interface ScoreIssue {
  code: 'notANumber' | 'outOfRange' | 'notAnInteger'
  params: { min: number; max: number }
}
export type Checked = { ok: true; value: number } | { ok: false; issue: ScoreIssue }

const parseNumber = (raw: number | string): number => {
  if (typeof raw === 'number') return raw
  const text = raw.trim().replace(',', '.')
  return text === '' ? Number.NaN : Number(text)
}

function checkInRange(raw: number | string, min: number, max: number, integer: boolean): Checked {
  const value = parseNumber(raw)
  if (!Number.isFinite(value)) return { ok: false, issue: { code: 'notANumber', params: { min, max } } }
  if (value < min || value > max) return { ok: false, issue: { code: 'outOfRange', params: { min, max } } }
  if (integer && !Number.isInteger(value)) return { ok: false, issue: { code: 'notAnInteger', params: { min, max } } }
  return { ok: true, value }
}

/** A grid score: a whole number from 1 to 5 ("3", 3; "3,5", 7 and "" are refused). */
export const checkGridScore = (raw: number | string): Checked => checkInRange(raw, GRID_SCORE_MIN, GRID_SCORE_MAX, true)

/** A criterion weight: any number from 0 to 100 (decimal comma accepted). */
export const checkWeight = (raw: number | string): Checked => checkInRange(raw, WEIGHT_MIN, WEIGHT_MAX, false)

/** A Hanlon component: A 0–10, B 0–20, C 0–10 (decimals allowed). */
export const checkHanlon = (component: HanlonComponent, raw: number | string): Checked =>
  checkInRange(raw, HANLON_RANGES[component].min, HANLON_RANGES[component].max, false)

const mean = (values: number[]): number | null =>
  values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length

/** Scores are compared after rounding, so 0.1 + 0.2 and 0.3 tie. */
const key = (score: number): number => Math.round(score * 1e6) / 1e6

/** Competition ranking ("1, 1, 3") of the items that have a score; unscored items get no rank. */
export function rankWithTies<T>(items: T[], scoreOf: (item: T) => number | null): { item: T; rank: number | null; tied: boolean }[] {
  const scored = items.filter((i) => scoreOf(i) !== null)
  const sorted = [...scored].sort((x, y) => key(scoreOf(y) as number) - key(scoreOf(x) as number))
  const counts = new Map<number, number>()
  for (const i of sorted) counts.set(key(scoreOf(i) as number), (counts.get(key(scoreOf(i) as number)) ?? 0) + 1)
  const out: { item: T; rank: number | null; tied: boolean }[] = []
  let previous: number | null = null
  let rank = 0
  sorted.forEach((item, index) => {
    const k = key(scoreOf(item) as number)
    if (k !== previous) rank = index + 1
    previous = k
    out.push({ item, rank, tied: (counts.get(k) ?? 0) > 1 })
  })
  for (const item of items) if (scoreOf(item) === null) out.push({ item, rank: null, tied: false })
  return out
}

/* ------------------------------------------------------------------ weighted grid ---------------- */

export interface CriterionMean {
  criterionId: string
  /** Mean over the scorers who scored this candidate on this criterion; null when nobody did. */
  mean: number | null
  /** How many scorers scored it. */
  count: number
}

export interface GridRow {
  problem: CandidateProblem
  means: CriterionMean[]
  /** Σ weight × mean over the criteria that have a mean. */
  weightedTotal: number
  /** weightedTotal / (Σ weight × 5), 0–1; null when the candidate has no score at all or no weight exists. */
  normalised: number | null
  /** Criteria with a positive weight that nobody scored for this candidate. */
  missingCriteria: number
  rank: number | null
  tied: boolean
}

/**
 * Why a ranking may not exist: `ok`, or a state the screen explains in words instead of showing NaN.
 * `noCandidates`, `noCriteria`, `zeroWeights` (every weight is 0), `noScores` (nothing scored yet).
 */
export type RankingState = 'ok' | 'noCandidates' | 'noCriteria' | 'zeroWeights' | 'noScores'

export interface GridRanking {
  state: RankingState
  /** Σ weight × 5: the best possible weighted total. */
  maxTotal: number
  /** In ranking order (ties together, unranked last in candidate order). */
  rows: GridRow[]
}

const isValidGridValue = (v: number): boolean => checkGridScore(v).ok

/** Scores of existing scorers, candidates and criteria only, with valid values (stale ones are ignored). */
export function liveGridScores(priority: Pick<Priority, 'scores' | 'scorers' | 'candidates' | 'criteria'>): GridScore[] {
  const scorers = new Set(priority.scorers.map((s) => s.id))
  const problems = new Set(priority.candidates.map((c) => c.id))
  const criteria = new Set(priority.criteria.map((c) => c.id))
  return priority.scores.filter(
    (s) => scorers.has(s.scorerId) && problems.has(s.problemId) && criteria.has(s.criterionId) && isValidGridValue(s.value)
  )
}

/** Mean per criterion over the scorers, for one candidate. */
export function criterionMeans(criteria: Criterion[], scores: GridScore[], problemId: string): CriterionMean[] {
  return criteria.map((c) => {
    const values = scores.filter((s) => s.problemId === problemId && s.criterionId === c.id).map((s) => s.value)
    return { criterionId: c.id, mean: mean(values), count: values.length }
  })
}

const validWeight = (w: number): number => (checkWeight(w).ok ? w : 0)

/** Ranks the candidates by the weighted grid. Never returns NaN: impossible rankings come back as a state. */
export function rankByGrid(priority: Pick<Priority, 'scores' | 'scorers' | 'candidates' | 'criteria'>): GridRanking {
  const { candidates, criteria } = priority
  const scores = liveGridScores(priority)
  const maxTotal = criteria.reduce((s, c) => s + validWeight(c.weight) * GRID_SCORE_MAX, 0)
  const state: RankingState =
    candidates.length === 0
      ? 'noCandidates'
      : criteria.length === 0
        ? 'noCriteria'
        : maxTotal === 0
          ? 'zeroWeights'
          : scores.length === 0
            ? 'noScores'
            : 'ok'

  const rows = candidates.map((problem) => {
    const means = criterionMeans(criteria, scores, problem.id)
    const weightedTotal = criteria.reduce((sum, c, i) => sum + validWeight(c.weight) * (means[i]?.mean ?? 0), 0)
    const hasAny = means.some((m) => m.mean !== null)
    const missingCriteria = criteria.filter((c, i) => validWeight(c.weight) > 0 && means[i]?.mean === null).length
    return {
      problem,
      means,
      weightedTotal,
      normalised: state === 'ok' && hasAny ? weightedTotal / maxTotal : null,
      missingCriteria
    }
  })
  const ranked = rankWithTies(rows, (r) => r.normalised).map(({ item, rank, tied }) => ({ ...item, rank, tied }))
  return { state, maxTotal, rows: ranked }
}

/** One scorer's grid: value per `problemId` then `criterionId` (absent when not scored). */
export function scorerGrid(scores: GridScore[], scorerId: string): Map<string, Map<string, number>> {
  const grid = new Map<string, Map<string, number>>()
  for (const s of scores) {
    if (s.scorerId !== scorerId) continue
    const row = grid.get(s.problemId) ?? new Map<string, number>()
    row.set(s.criterionId, s.value)
    grid.set(s.problemId, row)
  }
  return grid
}

/* ------------------------------------------------------------------ Hanlon ---------------------- */

export type PearlKey = (typeof PEARL_KEYS)[number]

/** Basic priority rating of one set of components: (A + B) × C / 3. */
export const basicPriorityRating = (a: number, b: number, c: number): number => ((a + b) * c) / 3

/** 1 when every PEARL factor is met, else 0. */
export const pearlProduct = (pearl: HanlonScore['pearl']): 0 | 1 => (PEARL_KEYS.every((k) => pearl[k]) ? 1 : 0)

/** One scorer's Hanlon priority score: BPR × PEARL. */
export const hanlonScoreOf = (s: Pick<HanlonScore, 'a' | 'b' | 'c' | 'pearl'>): number =>
  basicPriorityRating(s.a, s.b, s.c) * pearlProduct(s.pearl)

export interface HanlonRow {
  problem: CandidateProblem
  /** Number of scorers who scored this candidate. */
  count: number
  a: number | null
  b: number | null
  c: number | null
  /** BPR of the means, 0–100; null when nobody scored. */
  bpr: number | null
  /** PEARL factors some scorer answered "no" to (empty when all met). */
  failedPearl: PearlKey[]
  /** BPR × PEARL product; null when nobody scored. */
  priorityScore: number | null
  /** Excluded by PEARL: priority score 0, no rank. */
  excluded: boolean
  rank: number | null
  tied: boolean
}

export interface HanlonRanking {
  state: Exclude<RankingState, 'noCriteria' | 'zeroWeights'>
  rows: HanlonRow[]
}

const isValidHanlon = (s: HanlonScore): boolean =>
  checkHanlon('a', s.a).ok && checkHanlon('b', s.b).ok && checkHanlon('c', s.c).ok

/** Hanlon scores of existing scorers and candidates, with valid components. */
export function liveHanlonScores(priority: Pick<Priority, 'hanlon' | 'scorers' | 'candidates'>): HanlonScore[] {
  const scorers = new Set(priority.scorers.map((s) => s.id))
  const problems = new Set(priority.candidates.map((c) => c.id))
  return priority.hanlon.filter((s) => scorers.has(s.scorerId) && problems.has(s.problemId) && isValidHanlon(s))
}

/** Ranks the candidates by Hanlon (BPR of the mean components × PEARL). PEARL-excluded problems get no rank. */
export function rankByHanlon(priority: Pick<Priority, 'hanlon' | 'scorers' | 'candidates'>): HanlonRanking {
  const scores = liveHanlonScores(priority)
  const state: HanlonRanking['state'] =
    priority.candidates.length === 0 ? 'noCandidates' : scores.length === 0 ? 'noScores' : 'ok'
  const rows = priority.candidates.map((problem) => {
    const mine = scores.filter((s) => s.problemId === problem.id)
    const a = mean(mine.map((s) => s.a))
    const b = mean(mine.map((s) => s.b))
    const c = mean(mine.map((s) => s.c))
    const bpr = a === null || b === null || c === null ? null : basicPriorityRating(a, b, c)
    const failedPearl = PEARL_KEYS.filter((k) => mine.some((s) => !s.pearl[k]))
    const excluded = mine.length > 0 && failedPearl.length > 0
    const priorityScore = bpr === null ? null : excluded ? 0 : bpr
    return { problem, count: mine.length, a, b, c, bpr, failedPearl, priorityScore, excluded }
  })
  const ranked = rankWithTies(rows, (r) => (r.excluded ? null : r.priorityScore)).map(({ item, rank, tied }) => ({
    ...item,
    rank,
    tied
  }))
  // Excluded problems (scored, but PEARL says no) come after the ranked ones and before the unscored.
  const order = (r: HanlonRow): number => (r.rank !== null ? 0 : r.excluded ? 1 : 2)
  const sorted = ranked
    .map((r, i) => ({ r, i }))
    .sort((x, y) => order(x.r) - order(y.r) || x.i - y.i)
    .map((x) => x.r)
  return { state, rows: sorted }
}

/* ------------------------------------------------------------------ either method --------------- */

/** A method-independent line of the ranking, for the ranking view and the documents. */
export interface RankingLine {
  problem: CandidateProblem
  rank: number | null
  tied: boolean
  /** 0–100 (grid: normalised × 100; Hanlon: the priority score, already out of 100). */
  score: number | null
  excluded: boolean
  incomplete: boolean
}

export interface Ranking {
  method: Priority['method']
  state: RankingState
  lines: RankingLine[]
}

/** What a ranking depends on (nothing else of the stage). */
export type ScoringInput = Pick<Priority, 'method' | 'candidates' | 'criteria' | 'scorers' | 'scores' | 'hanlon'>

/** The ranking of the project's chosen method. */
export function rankCandidates(priority: ScoringInput): Ranking {
  if (priority.method === 'hanlon') {
    const r = rankByHanlon(priority)
    return {
      method: 'hanlon',
      state: r.state,
      lines: r.rows.map((row) => ({
        problem: row.problem,
        rank: row.rank,
        tied: row.tied,
        score: row.priorityScore,
        excluded: row.excluded,
        incomplete: row.count < priority.scorers.length
      }))
    }
  }
  const r = rankByGrid(priority)
  return {
    method: 'grid',
    state: r.state,
    lines: r.rows.map((row) => ({
      problem: row.problem,
      rank: row.rank,
      tied: row.tied,
      score: row.normalised === null ? null : row.normalised * 100,
      excluded: false,
      incomplete: row.missingCriteria > 0
    }))
  }
}

/** Who scored what: the number of scores a scorer gave under the current method. */
export function scoresByScorer(priority: ScoringInput, scorer: Pick<Scorer, 'id'>): number {
  return priority.method === 'hanlon'
    ? liveHanlonScores(priority).filter((s) => s.scorerId === scorer.id).length
    : liveGridScores(priority).filter((s) => s.scorerId === scorer.id).length
}
