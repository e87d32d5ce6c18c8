import type { Project } from '../model/project'
import { participantBalance, type Balance } from './balance'

/**
 * SUPPORT tool 14's six questions ("Organising and using policy dialogues", Lavis et al. 2009) as a
 * readiness view computed from the project. Each question is answered by concrete checks; the last one
 * can only be met after the dialogue.
 *   1. Does the dialogue address a high-priority issue?
 *   2. Will the problem, the options and their implementation all be discussed?
 *   3. Is an evidence brief circulated beforehand?
 *   4. Are the people who will be affected or involved fairly represented?
 *   5. Is there a facilitator, a non-attribution rule, and no forced consensus?
 *   6. Are outputs produced and followed up?
 */

export const READINESS_QUESTIONS = [
  'priorityIssue',
  'deliberation',
  'preCirculatedBrief',
  'fairRepresentation',
  'groundRules',
  'outputsFollowUp'
] as const
export type ReadinessQuestionKey = (typeof READINESS_QUESTIONS)[number]

export interface ReadinessCheck {
  /** i18n key under `design:readiness.checks.` */
  key: string
  done: boolean
  params: Record<string, string | number>
}

export interface ReadinessQuestion {
  key: ReadinessQuestionKey
  /** Whether it is answered before the dialogue or only after it. */
  phase: 'before' | 'after'
  status: 'met' | 'partial' | 'notMet'
  checks: ReadinessCheck[]
}

export interface Readiness {
  questions: ReadinessQuestion[]
  /** Questions to be met before the dialogue that are met. */
  readyBefore: number
  totalBefore: number
  balance: Balance
}

const filled = (s: string | null | undefined): boolean => (s ?? '').trim().length > 0
const check = (key: string, done: boolean, params: Record<string, string | number> = {}): ReadinessCheck => ({ key, done, params })

/** Minimum number of deliberation blocks: one each for the problem, the options and implementation. */
export const MIN_DELIBERATION_BLOCKS = 3

export function readiness(p: Project): Readiness {
  const balance = participantBalance({
    participants: p.participants,
    stakeholders: p.stakeholders.items,
    categories: p.stakeholders.categories,
    design: p.design
  })
  const blocks = p.agenda.days.flatMap((d) => d.blocks)
  const deliberationBlocks = blocks.filter((b) => b.type === 'plenary' || b.type === 'groupWork').length
  const active = p.participants.filter((x) => x.invitationStatus !== 'declined')
  const briefSentToAll = active.length > 0 && active.every((x) => x.preReadingSentOn !== null)
  const warnings = (key: string) => balance.issues.some((i) => i.key === key)
  const actions = p.actions.items

  const raw: { key: ReadinessQuestionKey; phase: 'before' | 'after'; checks: ReadinessCheck[] }[] = [
    {
      key: 'priorityIssue',
      phase: 'before',
      checks: [
        check('problemChosen', p.priority.chosenProblemId !== null),
        check('choiceJustified', filled(p.priority.choiceRationale)),
        check('policyProcess', p.framing.policyProcess !== null)
      ]
    },
    {
      key: 'deliberation',
      phase: 'before',
      checks: [
        check('problemDescribed', filled(p.evidence.brief.problem) || filled(p.priority.statement)),
        check('options', p.evidence.options.length >= 2, { count: p.evidence.options.length }),
        check('implementation', p.evidence.brief.implementation.length > 0),
        check('deliberationTime', deliberationBlocks >= MIN_DELIBERATION_BLOCKS, { count: deliberationBlocks, min: MIN_DELIBERATION_BLOCKS })
      ]
    },
    {
      key: 'preCirculatedBrief',
      phase: 'before',
      checks: [
        check('keyMessages', filled(p.evidence.brief.keyMessages)),
        check('packSent', p.design.preReadingPackSentOn !== null || briefSentToAll)
      ]
    },
    {
      key: 'fairRepresentation',
      phase: 'before',
      checks: [
        check('participantsChosen', balance.counted > 0, { count: balance.counted }),
        check('rolesMixed', balance.counted > 0 && !warnings('missingRole') && !warnings('dominantRole') && !warnings('fewRole')),
        check('categoriesCovered', balance.counted > 0 && balance.missingCategories.length === 0),
        check('dissentIncluded', balance.counted > 0 && !warnings('noOpponents')),
        check('sizeWithinTarget', balance.size.status === 'within', { count: balance.size.count, min: balance.size.min, max: balance.size.max })
      ]
    },
    {
      key: 'groundRules',
      phase: 'before',
      checks: [
        check('facilitator', filled(p.design.facilitator)),
        check('chathamHouse', p.design.chathamHouse),
        check('consensusNotSought', p.design.consensusNotSought)
      ]
    },
    {
      key: 'outputsFollowUp',
      phase: 'after',
      checks: [
        check('minutesFinal', p.minutes.status === 'final'),
        check('actionPlan', actions.length > 0 && actions.every((a) => filled(a.owner.name) && a.dueDate !== null), { count: actions.length }),
        check('followUp', p.actions.followUps.length > 0)
      ]
    }
  ]
  const questions: ReadinessQuestion[] = raw.map((q) => {
    const done = q.checks.filter((c) => c.done).length
    return { ...q, status: done === q.checks.length ? 'met' : done === 0 ? 'notMet' : 'partial' }
  })
  const before = questions.filter((q) => q.phase === 'before')
  return { questions, readyBefore: before.filter((q) => q.status === 'met').length, totalBefore: before.length, balance }
}
