import { LIMITS } from '../model/common'
import { EVALUATION_FEATURES, type Evaluation, type EvaluationFeature, type EvaluationResponse } from '../model/evaluation'
import type { NewId } from '../project/factory'
import { fail, ok, type Result } from '../result'
import { cleanText } from '../minutes/cleanText'

/**
 * Questionnaires entered one by one. Responses are anonymous: no name, no seat, only the ratings, the
 * intention to act and the comments, with the time they were typed in.
 */
export interface ResponseDraft {
  ratings: Partial<Record<EvaluationFeature, number | null>>
  intentionToAct: number | null
  comments: string
}

export const emptyDraft = (): ResponseDraft => ({
  ratings: Object.fromEntries(EVALUATION_FEATURES.map((f) => [f, null])) as Record<EvaluationFeature, null>,
  intentionToAct: null,
  comments: ''
})

const validRating = (v: number | null | undefined): boolean => v === null || v === undefined || (Number.isInteger(v) && v >= 1 && v <= 7)

/** True when nothing at all was filled in (such a form is not stored). */
export function isBlankDraft(d: ResponseDraft): boolean {
  return EVALUATION_FEATURES.every((f) => d.ratings[f] == null) && d.intentionToAct == null && !d.comments.trim()
}

function checkDraft(draft: ResponseDraft): Result<Omit<EvaluationResponse, 'id' | 'enteredAt'>> {
  for (const f of EVALUATION_FEATURES) {
    if (!validRating(draft.ratings[f])) return fail('invalidInput', { field: f, count: 1, max: 7 })
  }
  if (!validRating(draft.intentionToAct)) return fail('invalidInput', { field: 'intentionToAct', count: 1, max: 7 })
  if (isBlankDraft(draft)) return fail('invalidInput', { field: 'ratings', count: 0, max: 7 })
  const comments = cleanText(draft.comments)
  if (comments.length > LIMITS.longText) return fail('textTooLong', { field: 'comments', max: LIMITS.longText })
  const ratings = Object.fromEntries(EVALUATION_FEATURES.map((f) => [f, draft.ratings[f] ?? null])) as EvaluationResponse['ratings']
  return ok({ ratings, intentionToAct: draft.intentionToAct ?? null, comments })
}

export function addResponse(
  evaluation: Evaluation,
  draft: ResponseDraft,
  ctx: { now: string; newId: NewId }
): Result<{ evaluation: Evaluation; response: EvaluationResponse }> {
  if (evaluation.responses.length >= LIMITS.listItems) {
    return fail('invalidInput', { field: 'responses', count: evaluation.responses.length, max: LIMITS.listItems })
  }
  const checked = checkDraft(draft)
  if (!checked.ok) return checked
  const response: EvaluationResponse = { id: ctx.newId(), enteredAt: ctx.now, ...checked.value }
  return ok({ evaluation: { ...evaluation, responses: [...evaluation.responses, response] }, response })
}

export function updateResponse(evaluation: Evaluation, id: string, draft: ResponseDraft): Result<Evaluation> {
  const current = evaluation.responses.find((r) => r.id === id)
  if (!current) return fail('notFound', { id })
  const checked = checkDraft(draft)
  if (!checked.ok) return checked
  return ok({ ...evaluation, responses: evaluation.responses.map((r) => (r.id === id ? { ...current, ...checked.value } : r)) })
}

export const removeResponse = (evaluation: Evaluation, id: string): Evaluation => ({
  ...evaluation,
  responses: evaluation.responses.filter((r) => r.id !== id)
})

export const draftOf = (r: EvaluationResponse): ResponseDraft => ({
  ratings: { ...r.ratings },
  intentionToAct: r.intentionToAct,
  comments: r.comments
})

/** How many of the 13 scales (12 features + intention) a response answered. */
export const answeredCount = (r: Pick<ResponseDraft, 'ratings' | 'intentionToAct'>): number =>
  EVALUATION_FEATURES.filter((f) => r.ratings[f] != null).length + (r.intentionToAct != null ? 1 : 0)
