import type { Document } from 'docx'
import { evaluationResults, type RatingStats } from '../evaluation/stats'
import { bullets, heading, note, para, table, type Block, type Cell } from './blocks'
import type { DocContext } from './context'
import { titleBlock } from './cover'
import { evaluationFigure } from './figures'
import { assemble } from './frame'

/**
 * Evaluation report: participants' ratings of the 12 design features of SUPPORT tool 14 (1–7) and their
 * intention to act — a results table and the chart picture — their comments (never attributed), and the
 * organisers' debrief, each lesson with the person who takes it forward.
 */

function statCells(ctx: DocContext, s: RatingStats): Cell[] {
  const one = (n: number | null) => (n === null ? '\u2014' : ctx.num(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 }))
  const range = s.n === 0 ? '\u2014' : `${s.distribution.findIndex((c) => c > 0) + 1}\u2013${7 - [...s.distribution].reverse().findIndex((c) => c > 0)}`
  return [ctx.num(s.n), one(s.mean), one(s.median), range, s.shareFavourable === null ? '\u2014' : `${ctx.num(Math.round(s.shareFavourable * 100))} %`]
}

export function resultsTable(ctx: DocContext): Block[] {
  const t = ctx.t
  const r = evaluationResults(ctx.project.evaluation.responses)
  return table(ctx, {
    columns: [
      { title: t('documents:evaluation.feature'), weight: 6 },
      { title: t('documents:evaluation.n'), weight: 1.8 },
      { title: t('documents:evaluation.mean'), weight: 1.8 },
      { title: t('documents:evaluation.median'), weight: 1.8 },
      { title: t('documents:evaluation.range'), weight: 1.8 },
      { title: t('documents:evaluation.favourable'), weight: 1.9 }
    ],
    rows: [
      ...r.features.map((f) => [t(`documents:evaluationFeatures.${f.feature}`), ...statCells(ctx, f)]),
      [{ text: t('documents:evaluation.intentionToAct'), bold: true }, ...statCells(ctx, r.intentionToAct)]
    ],
    caption: t('documents:evaluation.tableCaption')
  })
}

export function evaluationBody(ctx: DocContext, h: number): Block[] {
  const t = ctx.t
  const e = ctx.project.evaluation
  const r = evaluationResults(e.responses)
  const out: Block[] = [heading(ctx, h, t('documents:evaluation.method')), para(ctx, t('documents:evaluation.methodText'))]
  out.push(heading(ctx, h, t('documents:evaluation.results')))
  if (r.responses === 0) out.push(note(ctx, t('documents:empty.evaluation')))
  else out.push(para(ctx, t('documents:evaluation.responses', { count: r.responses })), ...resultsTable(ctx), ...evaluationFigure(ctx))
  if (r.comments.length > 0) out.push(heading(ctx, h, t('documents:evaluation.comments')), ...bullets(ctx, r.comments))
  out.push(heading(ctx, h, t('documents:evaluation.debrief')))
  const lessons = e.debrief.filter((l) => l.lesson.trim() !== '')
  if (lessons.length === 0) out.push(note(ctx, t('documents:empty.debrief')))
  else
    out.push(
      ...table(ctx, {
        columns: [
          { title: t('documents:evaluation.lesson'), weight: 7 },
          { title: t('documents:evaluation.owner'), weight: 2.6 },
          { title: t('documents:evaluation.due'), weight: 2 }
        ],
        rows: lessons.map((l) => [l.lesson, l.owner, ctx.date(l.dueDate, 'short')])
      })
    )
  return out
}

export function buildEvaluationReport(ctx: DocContext): Document {
  const title = ctx.t('documents:kinds.evaluationReport')
  return assemble(ctx, title, [{ children: [...titleBlock(ctx, title), ...evaluationBody(ctx, 1)] }])
}
