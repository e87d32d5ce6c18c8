import type { Document } from 'docx'
import type { BudgetLine } from '../model/common'
import { bullets, heading, note, para, prose, table, type Block } from './blocks'
import { governance, participantsParagraphs } from './conceptNote'
import type { DocContext } from './context'
import { titleBlock } from './cover'
import { assemble } from './frame'
import { sanitizeLine } from './sanitize'
import { dialogueFacts, money, organiserName, policyProcessName, ruleSentences } from './shared'

/**
 * Terms of reference (termes de référence) of the dialogue: context and justification, objectives,
 * expected results, method, participants, organisation, deliverables, timeline, budget, roles.
 */

export function levelSentence(ctx: DocContext): string {
  const f = ctx.project.framing
  const parts: string[] = []
  if (f.level) parts.push(ctx.t(`framing:levels.${f.level}`))
  if (f.region && f.level !== 'national') parts.push(ctx.t(`common:regions.${f.region}`))
  if (sanitizeLine(f.province)) parts.push(sanitizeLine(f.province))
  return parts.join(' \u2014 ')
}

export function timelineTable(ctx: DocContext): Block[] {
  const t = ctx.t
  const items = [...ctx.project.framing.timeline].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'))
  if (items.length === 0) return [note(ctx, t('documents:empty.timeline'))]
  return table(ctx, {
    columns: [
      { title: t('documents:tor.milestone'), weight: 6 },
      { title: t('documents:tor.date'), weight: 3 },
      { title: t('documents:tor.milestoneStatus'), weight: 2 }
    ],
    rows: items.map((m) => [m.label, ctx.date(m.date), t(m.done ? 'documents:tor.milestoneDone' : 'documents:tor.milestonePlanned')])
  })
}

export function budgetTable(ctx: DocContext, lines: readonly BudgetLine[], currency: string, caption: string): Block[] {
  const t = ctx.t
  const total = lines.reduce((s, l) => s + (l.amount ?? 0), 0)
  return table(ctx, {
    columns: [
      { title: t('documents:tor.budgetItem'), weight: 6 },
      { title: t('documents:tor.amount'), weight: 3 },
      { title: t('documents:tor.fundingSource'), weight: 4 }
    ],
    rows: [
      ...lines.map((l) => [l.label, money(ctx, l.amount, currency), l.source]),
      [{ text: t('documents:tor.total'), bold: true }, { text: money(ctx, total, currency), bold: true }, '']
    ],
    caption
  })
}

export function budgets(ctx: DocContext): Block[] {
  const p = ctx.project
  const out: Block[] = []
  if (p.framing.budget.length > 0) out.push(...budgetTable(ctx, p.framing.budget, p.framing.budgetCurrency, ctx.t('documents:tor.processBudget')))
  if (p.design.budget.length > 0) out.push(...budgetTable(ctx, p.design.budget, p.framing.budgetCurrency, ctx.t('documents:tor.dialogueBudget')))
  return out.length > 0 ? out : [note(ctx, ctx.t('documents:empty.budget'))]
}

export function logisticsList(ctx: DocContext): Block[] {
  const items = ctx.project.design.logistics
  if (items.length === 0) return []
  return bullets(
    ctx,
    items.map((i) => `${sanitizeLine(i.label)} \u2014 ${ctx.t(i.done ? 'documents:tor.logisticsDone' : 'documents:tor.logisticsPending')}`)
  )
}

/** Context: who commissions the dialogue, at what level, for which policy process, and why now. */
export function contextBlocks(ctx: DocContext, h: number): Block[] {
  const t = ctx.t
  const process = policyProcessName(ctx)
  const level = levelSentence(ctx)
  const organiser = organiserName(ctx)
  const facts = [
    organiser ? t('documents:tor.sponsor', { organiser }) : '',
    level ? t('documents:tor.level', { level }) : '',
    process ? t('documents:tor.process', { process }) : ''
  ].filter(Boolean)
  return [heading(ctx, h, t('documents:tor.context')), ...facts.map((s) => para(ctx, s)), ...prose(ctx, ctx.project.framing.context, t('documents:empty.context'))]
}

export function justificationBlocks(ctx: DocContext, h: number): Block[] {
  const t = ctx.t
  const pr = ctx.project.priority
  return [
    heading(ctx, h, t('documents:tor.justification')),
    ...prose(ctx, pr.statement, t('documents:empty.problem')),
    ...prose(ctx, pr.choiceRationale),
    ...(pr.policyWindow.trim() ? [para(ctx, t('documents:tor.policyWindow'), { bold: true, keepNext: true }), ...prose(ctx, pr.policyWindow)] : [])
  ]
}

/** Objectives, expected results, method and ground rules, participants, organisation and logistics. */
export function designBlocks(ctx: DocContext, h: number): Block[] {
  const t = ctx.t
  const d = ctx.project.design
  return [
    heading(ctx, h, t('documents:tor.objectives')),
    ...prose(ctx, d.objectives, t('documents:empty.objectives')),
    heading(ctx, h, t('documents:tor.expectedResults')),
    ...prose(ctx, d.expectedResults, t('documents:empty.expectedResults')),
    heading(ctx, h, t('documents:tor.method')),
    para(ctx, t('documents:tor.methodText')),
    ...bullets(ctx, [t('documents:tor.methodBrief'), t('documents:tor.methodDeliberation'), t('documents:tor.methodFacilitator'), ...ruleSentences(ctx)]),
    heading(ctx, h, t('documents:tor.participants')),
    ...participantsParagraphs(ctx),
    heading(ctx, h, t('documents:tor.organisation')),
    ...dialogueFacts(ctx),
    ...logisticsList(ctx)
  ]
}

export function deliverablesBlocks(ctx: DocContext, h: number): Block[] {
  const t = ctx.t
  return [
    heading(ctx, h, t('documents:tor.deliverables')),
    ...bullets(ctx, [
      t('documents:kinds.evidenceBrief'),
      t('documents:kinds.programme'),
      t('documents:kinds.minutes'),
      t('documents:kinds.summary'),
      t('documents:kinds.actionPlan'),
      t('documents:kinds.evaluationReport')
    ])
  ]
}

export function planningBlocks(ctx: DocContext, h: number): Block[] {
  const t = ctx.t
  return [
    heading(ctx, h, t('documents:tor.timeline')),
    ...timelineTable(ctx),
    heading(ctx, h, t('documents:tor.budget')),
    ...budgets(ctx),
    heading(ctx, h, t('documents:tor.roles')),
    ...governance(ctx, h)
  ]
}

export function termsOfReferenceBody(ctx: DocContext, h: number): Block[] {
  return [...contextBlocks(ctx, h), ...justificationBlocks(ctx, h), ...designBlocks(ctx, h), ...deliverablesBlocks(ctx, h), ...planningBlocks(ctx, h)]
}

export function buildTermsOfReference(ctx: DocContext): Document {
  const title = ctx.t('documents:kinds.termsOfReference')
  return assemble(ctx, title, [{ children: [...titleBlock(ctx, title), ...termsOfReferenceBody(ctx, 1)] }])
}
