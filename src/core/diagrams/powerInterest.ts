import type { Stakeholder } from '../model/stakeholders'
import { placeOnGrid, stanceOf, type Quadrant, type Stance } from '../analysis/stakeholders'
import { mermaidLabel } from './text'

/**
 * The power/interest grid (Mendelow) as a mermaid `quadrantChart`: x = interest, y = power, each assessed
 * stakeholder a point named by its abbreviation (or name), coloured by stance and sized by power.
 * Every text is a quoted mermaid string built by `mermaidLabel` (quotes, brackets and angle brackets become
 * entity codes that mermaid shows as plain text; control and bidi-override characters are dropped).
 *
 * Mermaid numbers its quadrants counter-clockwise from the top right: 1 = high power & high interest
 * (manage closely), 2 = high power & low interest (keep satisfied), 3 = low & low (monitor),
 * 4 = low power & high interest (keep informed).
 */

export interface PowerInterestLabels {
  title: string
  interestLow: string
  interestHigh: string
  powerLow: string
  powerHigh: string
  quadrants: Record<Quadrant, string>
}

export interface PowerInterestOptions {
  /** Most points drawn (the most powerful and interested first); the rest are counted in `omitted`. */
  maxPoints?: number
  /** Label of a point: abbreviation when there is one (short labels keep the grid readable). */
  pointLabel?: (s: Stakeholder) => string
}

export interface PowerInterestChart {
  source: string
  placed: number
  /** Assessed but left out to keep the grid readable (over `maxPoints`). */
  omitted: number
  /** Without power or interest: not on the grid. */
  unplaced: number
}

const STANCE_CLASS: Record<Stance | 'unknown', string> = {
  supporter: 'supporter',
  nonMobilised: 'neutral',
  opponent: 'opponent',
  unknown: 'unknown'
}
const POWER_RADIUS = { high: 9, medium: 7, low: 5 } as const
/** Drawing size (px) of the chart; the SVG scales to its container. */
export const CHART_SIZE = { width: 640, height: 520 } as const
/** Longest point label: about the width of a grid column at 11 px. */
const POINT_LABEL_MAX = 24

/** Class definitions: colour by stance (with the position also in the tables: never colour alone). */
const CLASS_DEFS = [
  'classDef supporter color: #1f7a3a, stroke-color: #14532d, stroke-width: 1px',
  'classDef neutral color: #8a8f98, stroke-color: #4b5563, stroke-width: 1px',
  'classDef opponent color: #b42318, stroke-color: #7a1a12, stroke-width: 1px',
  'classDef unknown color: #ffffff, stroke-color: #4b5563, stroke-width: 2px'
]

export const defaultPointLabel = (s: Stakeholder): string => (s.abbreviation.trim() !== '' ? s.abbreviation : s.name)

/** Mermaid accepts point coordinates written as `1` or `0.ddd`. */
const coordinate = (v: number): string => {
  const c = Math.min(0.99, Math.max(0.01, v))
  return c.toFixed(3).replace(/0+$/, '').replace(/\.$/, '')
}

export function powerInterestChart(
  items: readonly Stakeholder[],
  labels: PowerInterestLabels,
  options: PowerInterestOptions = {}
): PowerInterestChart {
  const maxPoints = options.maxPoints ?? 60
  const pointLabel = options.pointLabel ?? defaultPointLabel
  const { points, unplaced } = placeOnGrid(items)
  const rank = (p: (typeof points)[number]) => p.y * 10 + p.x
  const kept = new Set(
    [...points]
      .sort((a, b) => rank(b) - rank(a))
      .slice(0, maxPoints)
      .map((p) => p.stakeholder.id)
  )
  const title = mermaidLabel(labels.title, 100).slice(1, -1)
  const lines = [
    // A larger chart and smaller point labels than mermaid's defaults: names stay apart in crowded cells.
    '---',
    'config:',
    '  quadrantChart:',
    `    chartWidth: ${CHART_SIZE.width}`,
    `    chartHeight: ${CHART_SIZE.height}`,
    '    pointLabelFontSize: 11',
    '    quadrantLabelFontSize: 14',
    '---',
    'quadrantChart',
    ...(title ? [`  title ${title}`] : []),
    `  x-axis ${mermaidLabel(labels.interestLow, 40)} --> ${mermaidLabel(labels.interestHigh, 40)}`,
    `  y-axis ${mermaidLabel(labels.powerLow, 40)} --> ${mermaidLabel(labels.powerHigh, 40)}`,
    `  quadrant-1 ${mermaidLabel(labels.quadrants.manageClosely, 50)}`,
    `  quadrant-2 ${mermaidLabel(labels.quadrants.keepSatisfied, 50)}`,
    `  quadrant-3 ${mermaidLabel(labels.quadrants.monitor, 50)}`,
    `  quadrant-4 ${mermaidLabel(labels.quadrants.keepInformed, 50)}`
  ]
  for (const p of points) {
    if (!kept.has(p.stakeholder.id)) continue
    const s = p.stakeholder
    const stance = s.position === null ? 'unknown' : stanceOf(s.position)
    const label = mermaidLabel(pointLabel(s), POINT_LABEL_MAX)
    const radius = POWER_RADIUS[s.power ?? 'low']
    lines.push(`  ${label === '""' ? '"?"' : label}:::${STANCE_CLASS[stance]}: [${coordinate(p.x)}, ${coordinate(p.y)}] radius: ${radius}`)
  }
  lines.push(...CLASS_DEFS.map((d) => `  ${d}`))
  return { source: lines.join('\n'), placed: kept.size, omitted: points.length - kept.size, unplaced: unplaced.length }
}
