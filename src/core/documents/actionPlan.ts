import type { Document } from 'docx'
import { actionPlanSummary } from '../actions/summary'
import { effectiveStatus } from '../actions/status'
import { meetingsInOrder } from '../actions/followUp'
import { linkChoices, resolveOwner } from '../actions/owners'
import { ACTION_STATUSES } from '../model/actions'
import { heading, note, para, prose, table, type Block } from './blocks'
import type { DocContext } from './context'
import { titleBlock } from './cover'
import { actionGanttFigure } from './figures'
import { assemble } from './frame'
import { sanitizeLine } from './sanitize'
import { money } from './shared'

/**
 * Action plan (plan d'action / feuille de route) — landscape: one row per action with owner, partners,
 * dates, resources and funding, indicator (baseline → target), means of verification, status as text
 * (late is derived from the due date on the day of export) and risks; the gantt picture; then the
 * follow-up report, meeting by meeting.
 */

export function statusSentence(ctx: DocContext): string {
  const s = actionPlanSummary(ctx.project.actions.items, ctx.today)
  const parts = ACTION_STATUSES.filter((k) => s.byStatus[k] > 0).map((k) => `${ctx.t(`documents:actionStatuses.${k}`)}${ctx.t('documents:common.colon')}${ctx.num(s.byStatus[k])}`)
  const budget = s.budgetTotal > 0 ? ctx.t('documents:actionPlan.budgetTotal', { amount: money(ctx, s.budgetTotal, ctx.project.actions.currency) }) : ''
  return [ctx.t('documents:actionPlan.count', { count: s.total }), parts.join(ctx.t('documents:common.listSeparator')), budget].filter(Boolean).join(' \u2014 ')
}

export function actionTable(ctx: DocContext): Block[] {
  const t = ctx.t
  const p = ctx.project
  const items = p.actions.items
  if (items.length === 0) return [note(ctx, t('documents:empty.actions'))]
  const colon = t('documents:common.colon')
  // The options and objectives an action can be linked to, listed once (not once per action).
  const links = new Map<string, string>()
  for (const c of linkChoices(p)) if (!links.has(`${c.kind}\u0000${c.refId}`)) links.set(`${c.kind}\u0000${c.refId}`, c.label)
  const linkOf = (link: (typeof items)[number]['linkedTo']) => (link.kind === 'none' || link.refId === null ? undefined : links.get(`${link.kind}\u0000${link.refId}`))
  return table(ctx, {
    orientation: 'landscape',
    columns: [
      { title: t('documents:actionPlan.number'), weight: 1.4 },
      { title: t('documents:actionPlan.action'), weight: 4.2 },
      { title: t('documents:actionPlan.owner'), weight: 2.8 },
      { title: t('documents:actionPlan.dates'), weight: 2.9 },
      { title: t('documents:actionPlan.resources'), weight: 3 },
      { title: t('documents:actionPlan.indicator'), weight: 3.4 },
      { title: t('documents:actionPlan.verification'), weight: 2.4 },
      { title: t('documents:actionPlan.status'), weight: 2 },
      { title: t('documents:actionPlan.risks'), weight: 2.6 }
    ],
    rows: items.map((a, i) => {
      const link = linkOf(a.linkedTo)
      const owner = resolveOwner(a.owner, p).name
      const partners = sanitizeLine(a.partners)
      return [
        String(i + 1),
        [sanitizeLine(a.title), link !== undefined ? `${t('documents:actionPlan.linkedTo')}${colon}${sanitizeLine(link)}` : '', a.comments.trim()].filter(Boolean).join('\n'),
        [sanitizeLine(owner), partners ? `${t('documents:actionPlan.partners')}${colon}${partners}` : ''].filter(Boolean).join('\n'),
        [a.startDate ? `${t('documents:actionPlan.start')}${colon}${ctx.date(a.startDate, 'short')}` : '', a.dueDate ? `${t('documents:actionPlan.due')}${colon}${ctx.date(a.dueDate, 'short')}` : '']
          .filter(Boolean)
          .join('\n'),
        [a.resources.trim(), money(ctx, a.budget, p.actions.currency), sanitizeLine(a.fundingSource) ? `${t('documents:actionPlan.funding')}${colon}${sanitizeLine(a.fundingSource)}` : '']
          .filter(Boolean)
          .join('\n'),
        [
          sanitizeLine(a.indicator),
          sanitizeLine(a.baseline) ? `${t('documents:actionPlan.baseline')}${colon}${sanitizeLine(a.baseline)}` : '',
          sanitizeLine(a.target) ? `${t('documents:actionPlan.target')}${colon}${sanitizeLine(a.target)}` : ''
        ]
          .filter(Boolean)
          .join('\n'),
        a.verification,
        { text: t(`documents:actionStatuses.${effectiveStatus(a, ctx.today)}`), bold: true },
        a.risks
      ]
    })
  })
}

export function followUpBlocks(ctx: DocContext, h: number): Block[] {
  const t = ctx.t
  const p = ctx.project
  const meetings = meetingsInOrder(p.actions)
  if (meetings.length === 0) return [note(ctx, t('documents:empty.followUp'))]
  const indexOf = new Map(p.actions.items.map((a, i) => [a.id, i]))
  const titleOf = (id: string) => {
    const i = indexOf.get(id) ?? -1
    return i < 0 ? t('documents:actionPlan.removedAction') : `${i + 1}. ${sanitizeLine(p.actions.items[i]?.title)}`
  }
  return meetings.flatMap((m) => [
    heading(ctx, h, t('documents:actionPlan.meetingOf', { date: ctx.date(m.date) })),
    ...prose(ctx, m.notes),
    ...(m.progress.length > 0
      ? table(ctx, {
          orientation: 'landscape',
          columns: [
            { title: t('documents:actionPlan.action'), weight: 5 },
            { title: t('documents:actionPlan.status'), weight: 2 },
            { title: t('documents:actionPlan.progress'), weight: 1.5 },
            { title: t('documents:actionPlan.comment'), weight: 6 }
          ],
          rows: m.progress.map((pr) => [titleOf(pr.actionId), t(`documents:actionStatuses.${pr.status}`), pr.percent === null ? '' : `${ctx.num(pr.percent)} %`, pr.note])
        })
      : [note(ctx, t('documents:actionPlan.noProgress'))])
  ])
}

export function actionPlanBody(ctx: DocContext, h: number): Block[] {
  const t = ctx.t
  return [
    ...(ctx.project.actions.items.length > 0 ? [para(ctx, statusSentence(ctx)), para(ctx, t('documents:actionPlan.statusDate', { date: ctx.date(ctx.today) }))] : []),
    ...actionTable(ctx),
    ...actionGanttFigure(ctx, 'landscape'),
    heading(ctx, h, t('documents:actionPlan.followUp')),
    ...followUpBlocks(ctx, h + 1)
  ]
}

export function buildActionPlan(ctx: DocContext): Document {
  const title = ctx.t('documents:kinds.actionPlan')
  return assemble(ctx, title, [{ children: [...titleBlock(ctx, title, [], 'landscape'), ...actionPlanBody(ctx, 1)], orientation: 'landscape' }])
}
