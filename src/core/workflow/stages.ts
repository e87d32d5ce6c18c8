import type { Project } from '../model/project'

/** The nine stages of a dialogue project, in the order of the method (domain.md). */
export const STAGES = [
  'framing',
  'priority',
  'evidence',
  'stakeholders',
  'design',
  'agenda',
  'minutes',
  'actions',
  'evaluation'
] as const
export type StageId = (typeof STAGES)[number]

/** One item of a stage's checklist; `key` is an i18n key under `checks.<stage>.`. */
export interface Check {
  key: string
  done: boolean
}

const filled = (s: string | null | undefined): boolean => (s ?? '').trim().length > 0

/**
 * Each stage's checklist: what a facilitator must have done before moving on. Stage completeness in the
 * navigation is derived from these, never stored.
 */
export const STAGE_CHECKS: Record<StageId, (p: Project) => Check[]> = {
  framing: (p) => {
    const f = p.framing
    return [
      { key: 'sponsor', done: f.sponsor !== null },
      { key: 'level', done: f.level !== null && (f.level === 'national' || f.region !== null) },
      { key: 'policyProcess', done: f.policyProcess !== null },
      { key: 'context', done: filled(f.context) },
      { key: 'steeringCommittee', done: f.steeringCommittee.length > 0 },
      { key: 'organisingTeam', done: f.organisingTeam.length > 0 },
      { key: 'timeline', done: f.timeline.some((m) => m.date !== null) },
      { key: 'budget', done: f.budget.some((b) => b.amount !== null && b.amount > 0) },
      { key: 'languages', done: f.languages.length > 0 }
    ]
  },
  priority: (p) => {
    const pr = p.priority
    return [
      { key: 'candidates', done: pr.candidates.length >= 2 },
      { key: 'scored', done: pr.method === 'grid' ? pr.scores.length > 0 : pr.hanlon.length > 0 },
      { key: 'chosen', done: pr.chosenProblemId !== null && filled(pr.choiceRationale) },
      { key: 'statement', done: filled(pr.statement) },
      { key: 'tree', done: pr.tree.causes.length > 0 && pr.tree.effects.length > 0 },
      { key: 'champion', done: filled(pr.champion) }
    ]
  },
  evidence: (p) => {
    const e = p.evidence
    return [
      { key: 'sources', done: e.sources.length > 0 },
      { key: 'localEvidence', done: e.sources.some((s) => s.scope === 'local') },
      { key: 'keyMessages', done: filled(e.brief.keyMessages) },
      { key: 'options', done: e.options.length >= 2 },
      { key: 'implementation', done: e.brief.implementation.length > 0 },
      { key: 'references', done: e.brief.referenceIds.length > 0 }
    ]
  },
  stakeholders: (p) => {
    const s = p.stakeholders
    return [
      { key: 'listed', done: s.items.length > 0 },
      { key: 'positions', done: s.items.length > 0 && s.items.every((i) => i.position !== null && i.power !== null) },
      { key: 'strategies', done: s.items.length > 0 && s.items.every((i) => i.strategy !== null) },
      { key: 'snapshot', done: s.snapshots.length > 0 }
    ]
  },
  design: (p) => {
    const d = p.design
    return [
      { key: 'objectives', done: filled(d.objectives) },
      { key: 'dates', done: d.dates.length > 0 },
      { key: 'venue', done: filled(d.venue) },
      { key: 'facilitator', done: filled(d.facilitator) && filled(d.rapporteur) },
      { key: 'participants', done: p.participants.length > 0 },
      { key: 'invitations', done: p.participants.length > 0 && p.participants.every((x) => x.invitationStatus !== 'toInvite') }
    ]
  },
  agenda: (p) => {
    const blocks = p.agenda.days.flatMap((d) => d.blocks)
    return [
      { key: 'days', done: p.agenda.days.length > 0 },
      { key: 'blocks', done: blocks.length > 0 },
      { key: 'deliberation', done: blocks.some((b) => b.type === 'plenary' || b.type === 'groupWork') },
      { key: 'evaluationBlock', done: blocks.some((b) => b.type === 'evaluation') }
    ]
  },
  minutes: (p) => {
    const m = p.minutes
    return [
      { key: 'entries', done: m.entries.length > 0 },
      { key: 'attendance', done: m.attendance.length > 0 },
      { key: 'final', done: m.status === 'final' }
    ]
  },
  actions: (p) => {
    const a = p.actions.items
    return [
      { key: 'actions', done: a.length > 0 },
      { key: 'owners', done: a.length > 0 && a.every((x) => filled(x.owner.name)) },
      { key: 'dueDates', done: a.length > 0 && a.every((x) => x.dueDate !== null) },
      { key: 'followUp', done: p.actions.followUps.length > 0 }
    ]
  },
  evaluation: (p) => [
    { key: 'responses', done: p.evaluation.responses.length > 0 },
    { key: 'debrief', done: p.evaluation.debrief.length > 0 }
  ]
}

export const stageChecks = (project: Project, stage: StageId): Check[] => STAGE_CHECKS[stage](project)

/** Share of a stage's checklist that is done, 0–1. */
export function stageCompleteness(project: Project, stage: StageId): number {
  const checks = stageChecks(project, stage)
  return checks.length === 0 ? 0 : checks.filter((c) => c.done).length / checks.length
}

/** Mean completeness over the nine stages, 0–1. */
export function projectCompleteness(project: Project): number {
  return STAGES.reduce((sum, s) => sum + stageCompleteness(project, s), 0) / STAGES.length
}
