import { rankCandidates } from '../analysis/prioritisation'
import { factsTable, heading, note, para, prose, table, type Block } from './blocks'
import type { DocContext } from './context'
import { problemTreeFigure } from './figures'
import { sanitizeLine } from './sanitize'
import { problemTitle } from './shared'

/**
 * The priority-problem chapter of the full report: the method and who scored, the ranking of the
 * candidate problems (from the prioritisation module), the choice and its rationale, the problem
 * statement and tree, the objective and the champion.
 */
export function priorityBody(ctx: DocContext, h: number): Block[] {
  const t = ctx.t
  const pr = ctx.project.priority
  const out: Block[] = []
  out.push(heading(ctx, h, t('documents:priority.ranking')))
  if (pr.candidates.length === 0) out.push(note(ctx, t('documents:empty.candidates')))
  else {
    const ranking = rankCandidates(pr)
    out.push(para(ctx, t(`documents:priority.method.${ranking.method}`)))
    if (pr.scorers.length > 0) out.push(para(ctx, t('documents:priority.scorers', { names: pr.scorers.map((s) => sanitizeLine(s.name)).join(', ') })))
    const score = (n: number | null) => (n === null ? '\u2014' : ctx.num(n, { maximumFractionDigits: 1 }))
    out.push(
      ...table(ctx, {
        columns: [
          { title: t('documents:priority.rank'), weight: 1.2 },
          { title: t('documents:priority.candidate'), weight: 7 },
          { title: t('documents:priority.score'), weight: 1.8 }
        ],
        rows: ranking.lines.map((l) => [
          l.rank === null ? '\u2014' : `${l.rank}${l.tied ? ' =' : ''}`,
          [sanitizeLine(l.problem.title), l.problem.id === pr.chosenProblemId ? t('documents:priority.chosenMark') : '', l.excluded ? t('documents:priority.excluded') : '']
            .filter(Boolean)
            .join(' \u2014 '),
          score(l.score)
        ]),
        caption: t('documents:priority.rankingCaption')
      })
    )
    if (ranking.state !== 'ok') out.push(note(ctx, t(`documents:priority.state.${ranking.state}`)))
  }
  out.push(heading(ctx, h, t('documents:priority.choice')))
  const chosen = problemTitle(ctx)
  if (chosen) out.push(para(ctx, chosen, { bold: true, dir: 'auto' }))
  out.push(...prose(ctx, pr.choiceRationale, chosen ? undefined : t('documents:empty.choice')))
  out.push(heading(ctx, h, t('documents:priority.statement')), ...prose(ctx, pr.statement, t('documents:empty.problem')))
  out.push(
    ...factsTable(ctx, [
      [t('documents:priority.affectedGroups'), pr.affectedGroups],
      [t('documents:priority.champion'), pr.champion],
      [t('documents:priority.objective'), pr.objective],
      [t('documents:priority.policyWindow'), pr.policyWindow]
    ])
  )
  const tree = problemTreeFigure(ctx, h)
  if (tree.length > 0) out.push(heading(ctx, h, t('documents:priority.tree')), ...tree)
  return out
}
