import type { TFunction } from 'i18next'
import type { Project } from '../model/project'
import type { Lang } from '../model/common'
import { createI18n } from '../i18n/create'
import { formatDate } from '../i18n/languages'
import { coreProblemOf } from '../analysis/problemTree'
import { QUADRANTS } from '../analysis/stakeholders'
import { evaluationResults } from '../evaluation/stats'
import { problemTreeMermaid } from '../diagrams/problemTree'
import { powerInterestChart } from '../diagrams/powerInterest'
import { agendaGantt } from '../diagrams/agendaGantt'
import { actionGantt, ganttTasks, type ActionGanttLabels } from '../diagrams/actionGantt'
import { evaluationChart, hasChartData } from '../diagrams/evaluationChart'
import { EVALUATION_FEATURES, type EvaluationFeature } from '../model/evaluation'
import { todayOf } from './todayOf'
import type { DiagramKey } from './diagramKeys'

/**
 * The mermaid sources of the documents' diagrams, drawn by the stage diagram modules and labelled in the
 * document's language. No docx here: the renderer imports this to render the pictures (PNG) it sends
 * with an export, and the export command does the same in Chromium. A stage without data has no diagram.
 */

/** Width each picture is rendered at (CSS px): the gantts sit on landscape pages. */
export const DIAGRAM_WIDTH_PX: Record<DiagramKey, number> = {
  problemTree: 640,
  stakeholderGrid: 500,
  agendaGantt: 900,
  actionGantt: 900,
  evaluationChart: 640
}

export const actionLabels = (t: TFunction): ActionGanttLabels => ({
  title: t('documents:figures.actionGantt'),
  otherSection: t('documents:figures.actionGanttOther'),
  untitled: t('documents:figures.untitled'),
  group: (label, count) => t('documents:figures.actionGanttGroup', { label, count })
})

/** The mermaid source of each diagram the project has data for, labelled in `lang`. */
export function diagramSources(project: Project, lang: Lang, now: string): Partial<Record<DiagramKey, string>> {
  const t = createI18n(lang).getFixedT(lang)
  const today = todayOf(now)
  const out: Partial<Record<DiagramKey, string>> = {}
  const tree = project.priority.tree
  if (tree.causes.length > 0 || tree.effects.length > 0) {
    out.problemTree = problemTreeMermaid(tree, coreProblemOf(project.priority), {
      title: t('documents:figures.problemTree'),
      coreMissing: t('documents:figures.coreMissing'),
      emptyNode: t('documents:figures.untitled')
    })
  }
  const grid = powerInterestChart(project.stakeholders.items, {
    title: t('documents:figures.stakeholderGrid'),
    interestLow: t('documents:stakeholders.interestLow'),
    interestHigh: t('documents:stakeholders.interestHigh'),
    powerLow: t('documents:stakeholders.powerLow'),
    powerHigh: t('documents:stakeholders.powerHigh'),
    quadrants: Object.fromEntries(QUADRANTS.map((q) => [q, t(`documents:quadrants.${q}`)])) as Record<(typeof QUADRANTS)[number], string>
  })
  if (grid.placed > 0) out.stakeholderGrid = grid.source
  if (project.agenda.days.some((d) => d.blocks.length > 0)) {
    out.agendaGantt = agendaGantt(project.agenda, {
      title: t('documents:figures.agendaGantt'),
      day: (i, date) => (date ? t('documents:agenda.dayWithDate', { n: i + 1, date: formatDate(date, lang, 'short') }) : t('documents:agenda.day', { n: i + 1 })),
      untitled: (type) => t(`documents:blockTypes.${type}`)
    })
  }
  if (ganttTasks(project, actionLabels(t), today).length > 0) out.actionGantt = actionGantt(project, actionLabels(t), today)
  const results = evaluationResults(project.evaluation.responses)
  if (hasChartData(results)) {
    out.evaluationChart = evaluationChart(results, {
      title: t('documents:figures.evaluationChart'),
      axis: t('documents:evaluation.axis'),
      feature: Object.fromEntries(EVALUATION_FEATURES.map((f) => [f, t(`documents:evaluationFeaturesShort.${f}`)])) as Record<EvaluationFeature, string>,
      intentionToAct: t('documents:evaluation.intentionToActShort')
    })
  }
  return out
}

