import { z } from 'zod'
import { Id, ShortText, list, longText, text } from './common'

export const EVIDENCE_TYPES = ['systematicReview', 'localData', 'report', 'keyInformant', 'other'] as const

export const EvidenceSource = z.object({
  id: Id,
  title: ShortText.min(1),
  authors: text(),
  year: z.number().int().min(1900).max(2100).nullable().default(null),
  type: z.enum(EVIDENCE_TYPES).default('report'),
  scope: z.enum(['local', 'global']).default('global'),
  keyFinding: longText(),
  /** URL or file reference, kept as text (never fetched). */
  link: text()
})
export type EvidenceSource = z.infer<typeof EvidenceSource>

export const PolicyOption = z.object({
  id: Id,
  title: ShortText.min(1),
  description: longText(),
  benefits: longText(),
  harms: longText(),
  costs: longText(),
  equity: longText(),
  monitoring: longText(),
  sourceIds: list(Id)
})
export type PolicyOption = z.infer<typeof PolicyOption>

export const ImplementationItem = z.object({
  id: Id,
  barrier: longText(),
  strategy: longText()
})
export type ImplementationItem = z.infer<typeof ImplementationItem>

/** Stage 2 — evidence (données probantes) and the evidence brief. */
export const Evidence = z.object({
  sources: list(EvidenceSource),
  options: list(PolicyOption),
  brief: z
    .object({
      title: text(),
      keyMessages: longText(),
      problem: longText(),
      implementation: list(ImplementationItem),
      referenceIds: list(Id)
    })
    .prefault({})
})
export type Evidence = z.infer<typeof Evidence>
