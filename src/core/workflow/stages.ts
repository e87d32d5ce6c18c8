import type { Project } from '../model/project'
import { validateAgenda } from '../agenda/validate'
import { rankCandidates } from '../analysis/prioritisation'
import { briefReferences } from '../analysis/evidenceBrief'

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
      // A ranking exists under the chosen method (not merely some score: all-zero weights rank nothing).
      { key: 'scored', done: rankCandidates(pr).state === 'ok' },
      { key: 'chosen', done: pr.candidates.some((c) => c.id === pr.chosenProblemId) && filled(pr.choiceRationale) },
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
      { key: 'implementation', done: e.brief.implementation.some((i) => filled(i.barrier) && filled(i.strategy)) },
      { key: 'references', done: briefReferences(e).length > 0 }
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
      // Blocks whose times hold: no negative or absurd duration, no day running past midnight.
      { key: 'blocks', done: blocks.length > 0 && validateAgenda(p.agenda).every((i) => i.severity !== 'error') },
      { key: 'deliberation', done: blocks.some((b) => b.type === 'plenary' || b.type === 'groupWork') },
      { key: 'evaluationBlock', done: blocks.some((b) => b.type === 'evaluation') }
    ]
  },
  minutes: (p) => {
    const m = p.minutes
    const days = new Set(p.agenda.days.map((d) => d.id))
    const marked = new Set(m.attendance.filter((a) => days.has(a.dayId)).map((a) => a.participantId))
    return [
      { key: 'entries', done: m.entries.some((e) => filled(e.text)) },
      // Every participant has at least one attendance mark on a day of the agenda.
      { key: 'attendance', done: p.participants.length > 0 && p.participants.every((x) => marked.has(x.id)) },
      { key: 'final', done: m.status === 'final' }
    ]
  },
  actions: (p) => {
    const a = p.actions.items
    return [
      { key: 'actions', done: a.length > 0 },
      { key: 'owners', done: a.length > 0 && a.every((x) => filled(x.owner.name)) },
      // A due date on every action, never before its start.
      { key: 'dueDates', done: a.length > 0 && a.every((x) => x.dueDate !== null && (x.startDate === null || x.startDate <= x.dueDate)) },
      { key: 'followUp', done: p.actions.followUps.length > 0 }
    ]
  },
  evaluation: (p) => {
    const lessons = p.evaluation.debrief.filter((l) => filled(l.lesson))
    return [
      { key: 'responses', done: p.evaluation.responses.length > 0 },
      // Lessons learnt, each assigned to a person.
      { key: 'debrief', done: lessons.length > 0 && lessons.every((l) => filled(l.owner)) }
    ]
  }
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
