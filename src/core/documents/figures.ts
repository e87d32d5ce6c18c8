import type { TreeNode } from '../model/priority'
import { QUADRANTS, placeOnGrid } from '../analysis/stakeholders'
import { evaluationResults } from '../evaluation/stats'
import { ganttTasks } from '../diagrams/actionGantt'
import { problemTreeHiddenCount } from '../diagrams/problemTree'
import { hasChartData } from '../diagrams/evaluationChart'
import { actionLabels } from './diagramSources'
import { bullets, figure, heading, table, type Block, type Orientation } from './blocks'
import type { DocContext } from './context'
import { sanitizeLine } from './sanitize'

/**
 * The figure blocks of the documents: the pictures the caller rendered from `diagramSources`, with a
 * text rendition when no picture was given. A stage without data has no figure.
 */

// ------------------------------------------------------------------------------------- figure blocks

function treeLines(nodes: readonly TreeNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'\u2003'.repeat(depth)}${sanitizeLine(n.text) || '\u2014'}`, ...treeLines(n.children, depth + 1)])
}

/** The problem tree picture, or its causes and effects as lists. */
export function problemTreeFigure(ctx: DocContext, h: number): Block[] {
  const tree = ctx.project.priority.tree
  if (tree.causes.length === 0 && tree.effects.length === 0) return []
  const t = ctx.t
  const fallback: Block[] = [
    ...(tree.causes.length > 0 ? [heading(ctx, h + 1, t('documents:priority.causes')), ...bullets(ctx, treeLines(tree.causes))] : []),
    ...(tree.effects.length > 0 ? [heading(ctx, h + 1, t('documents:priority.effects')), ...bullets(ctx, treeLines(tree.effects))] : [])
  ]
  const pictured = figure(ctx, 'problemTree', t('documents:figures.problemTree'), fallback)
  // A large tree's picture shows its main branches only (see TREE_CAPS): the whole tree follows as text.
  const withPicture = !pictured.includes(fallback[0] as Block)
  return withPicture && problemTreeHiddenCount(tree) > 0 ? [...pictured, ...fallback] : pictured
}

/** The power/interest grid picture, or a table of who sits in which quadrant. */
export function stakeholderGridFigure(ctx: DocContext): Block[] {
  const t = ctx.t
  const { points } = placeOnGrid(ctx.project.stakeholders.items)
  if (points.length === 0) return []
  const fallback = table(ctx, {
    columns: [
      { title: t('documents:stakeholders.quadrant'), weight: 3 },
      { title: t('documents:stakeholders.actors'), weight: 7 }
    ],
    rows: QUADRANTS.map((q) => [
      t(`documents:quadrants.${q}`),
      points
        .filter((p) => p.quadrant === q)
        .map((p) => sanitizeLine(p.stakeholder.abbreviation) || sanitizeLine(p.stakeholder.name))
        .join(', ')
    ])
  })
  return figure(ctx, 'stakeholderGrid', t('documents:figures.stakeholderGrid'), fallback)
}

/** The agenda as a timeline (the tables carry the same content, so no text rendition is added). */
export function agendaFigure(ctx: DocContext, _h: number, orientation: Orientation = 'portrait'): Block[] {
  if (!ctx.project.agenda.days.some((d) => d.blocks.length > 0)) return []
  return figure(ctx, 'agendaGantt', ctx.t('documents:figures.agendaGantt'), [], orientation)
}

export function actionGanttFigure(ctx: DocContext, orientation: Orientation = 'landscape'): Block[] {
  if (ganttTasks(ctx.project, actionLabels(ctx.t), ctx.today).length === 0) return []
  return figure(ctx, 'actionGantt', ctx.t('documents:figures.actionGantt'), [], orientation)
}

export function evaluationFigure(ctx: DocContext): Block[] {
  if (!hasChartData(evaluationResults(ctx.project.evaluation.responses))) return []
  return figure(ctx, 'evaluationChart', ctx.t('documents:figures.evaluationChart'))
}
