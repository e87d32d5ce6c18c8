import { EVALUATION_FEATURES, type EvaluationFeature } from '../model/evaluation'
import type { EvaluationResults } from '../evaluation/stats'
import { plainLabelText } from './text'

/**
 * The evaluation results as a mermaid horizontal bar chart (xychart): one bar per STP-14 feature with the
 * mean rating on the 1–7 scale, plus intention to act as the last bar. Category names are quoted strings
 * in xychart, so they only lose double quotes (and control characters); unanswered items are left out.
 */

export interface EvaluationChartLabels {
  title: string
  /** Axis title, e.g. "Moyenne (1 à 7)". */
  axis: string
  /** Short label of each feature (the full wording is in the table). */
  feature: Record<EvaluationFeature, string>
  intentionToAct: string
}

/**
 * xychart strings are double-quoted with no escape: quotes and backticks become apostrophes, angle
 * brackets become single guillemets (the lexer reads `<…` inside a label as markup and breaks the line),
 * and the first `%` of `%%` a full-width one (mermaid strips `%%` comments before parsing, quotes or not).
 */
const chartText = (text: string, max = 40): string =>
  plainLabelText(text.replace(/["`]/g, "'").replace(/</g, '‹').replace(/>/g, '›'), max).replace(/%(?=%)/g, '％')

/** Means rounded to 0.1 (what a reader can compare on a 1–7 bar). */
const round1 = (n: number): number => Math.round(n * 10) / 10

export function evaluationChart(results: EvaluationResults, labels: EvaluationChartLabels): string {
  const bars: { label: string; mean: number }[] = []
  for (const f of EVALUATION_FEATURES) {
    const r = results.features.find((x) => x.feature === f)
    if (r && r.mean !== null) bars.push({ label: chartText(labels.feature[f]) || f, mean: round1(r.mean) })
  }
  if (results.intentionToAct.mean !== null) {
    bars.push({ label: chartText(labels.intentionToAct) || 'intention', mean: round1(results.intentionToAct.mean) })
  }
  const lines = [
    // Sized for the screen's main column; bars in the app's primary blue (the neutral theme makes them grey).
    '---',
    'config:',
    '  xyChart:',
    '    width: 720',
    `    height: ${120 + bars.length * 28}`,
    '  themeVariables:',
    '    xyChart:',
    '      plotColorPalette: "#1b4f8f"',
    '---',
    'xychart-beta horizontal',
    // An empty quoted title does not parse: a blank title is left out.
    ...(chartText(labels.title, 120) ? [`  title "${chartText(labels.title, 120)}"`] : []),
    `  x-axis [${bars.map((b) => `"${b.label}"`).join(', ')}]`,
    `  y-axis "${chartText(labels.axis, 60)}" 0 --> 7`,
    `  bar [${bars.map((b) => b.mean.toFixed(1)).join(', ')}]`
  ]
  return lines.join('\n')
}

/** Whether there is anything to chart (at least one answered item). */
export const hasChartData = (results: EvaluationResults): boolean =>
  results.features.some((f) => f.mean !== null) || results.intentionToAct.mean !== null
