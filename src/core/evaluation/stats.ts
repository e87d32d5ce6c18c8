import { EVALUATION_FEATURES, type EvaluationFeature, type EvaluationResponse } from '../model/evaluation'

/** The 1–7 scale of SUPPORT tool 14. */
export const SCALE = [1, 2, 3, 4, 5, 6, 7] as const
/** A rating at or above this counts as favourable in the results ("share rating ≥ 5"). */
export const FAVOURABLE_FROM = 5

export interface RatingStats {
  /** How many responses rated this item (blank answers are not counted). */
  n: number
  /** Mean of the ratings, null when nobody answered. */
  mean: number | null
  median: number | null
  /** Counts of 1, 2 … 7 (index 0 is the count of 1). */
  distribution: number[]
  /** Share of the answers at 5 or above, 0–1; null when nobody answered. */
  shareFavourable: number | null
}

/** Statistics of one item over the answers given (nulls are "no answer"). */
export function ratingStats(values: readonly (number | null)[]): RatingStats {
  const answered = values.filter((v): v is number => v !== null && Number.isInteger(v) && v >= 1 && v <= 7)
  const distribution = SCALE.map((s) => answered.filter((v) => v === s).length)
  const n = answered.length
  if (n === 0) return { n, mean: null, median: null, distribution, shareFavourable: null }
  const sorted = [...answered].sort((a, b) => a - b)
  const mid = Math.floor(n / 2)
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return {
    n,
    mean: answered.reduce((s, v) => s + v, 0) / n,
    median,
    distribution,
    shareFavourable: answered.filter((v) => v >= FAVOURABLE_FROM).length / n
  }
}

export interface FeatureResult extends RatingStats {
  feature: EvaluationFeature
}

export interface EvaluationResults {
  responses: number
  features: FeatureResult[]
  intentionToAct: RatingStats
  /** Non-empty comments, in the order entered. */
  comments: string[]
}

export function evaluationResults(responses: readonly EvaluationResponse[]): EvaluationResults {
  return {
    responses: responses.length,
    features: EVALUATION_FEATURES.map((feature) => ({ feature, ...ratingStats(responses.map((r) => r.ratings[feature])) })),
    intentionToAct: ratingStats(responses.map((r) => r.intentionToAct)),
    comments: responses.map((r) => r.comments.trim()).filter((c) => c.length > 0)
  }
}

/** Features ranked from the best mean to the weakest (unanswered last): what worked, what to improve. */
export function rankedFeatures(results: EvaluationResults): FeatureResult[] {
  return [...results.features].sort((a, b) => (b.mean ?? -1) - (a.mean ?? -1))
}
