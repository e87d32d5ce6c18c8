import { z } from 'zod'
import { Id, IsoDateTime, list, longText, optionalDate, text } from './common'

/** The 12 design features of SUPPORT tool 14, rated 1–7 (labels under `evaluationFeatures.<key>`). */
export const EVALUATION_FEATURES = [
  'priorityIssue',
  'problemDiscussed',
  'optionsDiscussed',
  'implementationDiscussed',
  'whoMightDoWhat',
  'preCirculatedBrief',
  'fullRangeOfFactors',
  'rightPeople',
  'fairRepresentation',
  'facilitator',
  'chathamHouse',
  'consensusNotSought'
] as const
export type EvaluationFeature = (typeof EVALUATION_FEATURES)[number]

const Rating = z.number().int().min(1).max(7).nullable().default(null)

export const EvaluationResponse = z.object({
  id: Id,
  ratings: z.object(Object.fromEntries(EVALUATION_FEATURES.map((k) => [k, Rating])) as Record<EvaluationFeature, typeof Rating>).prefault({}),
  intentionToAct: Rating,
  comments: longText(),
  enteredAt: IsoDateTime
})
export type EvaluationResponse = z.infer<typeof EvaluationResponse>

export const Lesson = z.object({
  id: Id,
  lesson: longText(),
  owner: text(),
  dueDate: optionalDate()
})
export type Lesson = z.infer<typeof Lesson>

/** Stage 8 — evaluation (évaluation) and the organisers' debrief. */
export const Evaluation = z.object({
  responses: list(EvaluationResponse),
  debrief: list(Lesson)
})
export type Evaluation = z.infer<typeof Evaluation>
