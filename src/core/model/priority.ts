import { z } from 'zod'
import { Id, IsoDate, LongText, ShortText, list, longText, text } from './common'

/** Default grid of domain.md, each scored 1–5 (labels under `criteria.<key>`). */
export const DEFAULT_CRITERIA_KEYS = [
  'magnitude',
  'severity',
  'equity',
  'feasibility',
  'acceptability',
  'resources',
  'evidence',
  'champion'
] as const

export const Criterion = z.object({
  id: Id,
  /** Key of a default criterion (label translated), or null for a user-defined one (label typed). */
  key: z.enum(DEFAULT_CRITERIA_KEYS).nullable().default(null),
  label: text(),
  weight: z.number().finite().min(0).max(100).default(1)
})
export type Criterion = z.infer<typeof Criterion>

export const CandidateProblem = z.object({
  id: Id,
  title: ShortText.min(1),
  description: longText(),
  source: text(),
  affectedGroups: text()
})
export type CandidateProblem = z.infer<typeof CandidateProblem>

export const Scorer = z.object({
  id: Id,
  name: ShortText.min(1),
  role: text(),
  scoredOn: IsoDate.nullable().default(null),
  rationale: longText()
})
export type Scorer = z.infer<typeof Scorer>

/** One scorer's 1–5 score of one candidate on one criterion (weighted grid). */
export const GridScore = z.object({
  scorerId: Id,
  problemId: Id,
  criterionId: Id,
  value: z.number().int().min(1).max(5)
})
export type GridScore = z.infer<typeof GridScore>

export const PEARL_KEYS = ['propriety', 'economics', 'acceptability', 'resources', 'legality'] as const
/** Hanlon: A size 0–10, B seriousness 0–20, C effectiveness 0–10, PEARL factors 0/1. */
export const HanlonScore = z.object({
  scorerId: Id,
  problemId: Id,
  a: z.number().min(0).max(10),
  b: z.number().min(0).max(20),
  c: z.number().min(0).max(10),
  pearl: z
    .object({
      propriety: z.boolean().default(true),
      economics: z.boolean().default(true),
      acceptability: z.boolean().default(true),
      resources: z.boolean().default(true),
      legality: z.boolean().default(true)
    })
    .prefault({})
})
export type HanlonScore = z.infer<typeof HanlonScore>

/** A node of the problem tree (a cause or an effect), nested; `objective` is its positive restatement. */
export const TreeNode = z.object({
  id: Id,
  text: ShortText,
  objective: text(),
  get children(): z.ZodDefault<z.ZodArray<typeof TreeNode>> {
    return z.array(TreeNode).max(500).default([])
  }
})
export type TreeNode = z.infer<typeof TreeNode>

export const ProblemTree = z.object({
  causes: list(TreeNode),
  effects: list(TreeNode)
})

/** Stage 1 — priority problem (choix du problème prioritaire). */
export const Priority = z.object({
  method: z.enum(['grid', 'hanlon']).default('grid'),
  criteria: list(Criterion),
  candidates: list(CandidateProblem),
  scorers: list(Scorer),
  scores: list(GridScore),
  hanlon: list(HanlonScore),
  chosenProblemId: Id.nullable().default(null),
  choiceRationale: longText(),
  statement: LongText.default(''),
  affectedGroups: text(),
  tree: ProblemTree.prefault({}),
  /** The objective tree's core: the action that restates the core problem positively. */
  objective: longText(),
  champion: text(),
  policyWindow: longText()
})
export type Priority = z.infer<typeof Priority>
