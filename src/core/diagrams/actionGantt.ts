import type { ActionItem } from '../model/actions'
import type { Project } from '../model/project'
import { daysBetween, effectiveStatus } from '../actions/status'
import { resolveLink } from '../actions/owners'
import { plainLabelText } from './text'

/**
 * The action plan as a mermaid gantt: one bar per dated action (start → due date), grouped in sections by
 * the policy option or objective it serves, numbered like the table ("3. …"). Done bars are `done`,
 * in-progress ones `active`, late ones `crit` (derived from `today`, never stored); dropped actions are
 * left out. Gantt task names end at ':' and treat '#', ';' and '%' specially, and a line starting with a
 * keyword ("section …", a date) would change meaning: names are made plain, stripped of those characters,
 * and always start with the action's number.
 */

export interface ActionGanttLabels {
  /** Title of the chart, e.g. "Plan d'action — calendrier". */
  title: string
  /** Section of actions not linked to an option or objective. */
  otherSection: string
  /** An action without a title (should not happen: titles are required). */
  untitled: string
}

const NAME_MAX = 36
const SECTION_MAX = 22

/**
 * Layout for a readable chart at the width of the screen's main column (and of an A4 landscape page):
 * a wider left margin for the section names, taller bars, text that is not scaled down to nothing.
 */
const FRONT_MATTER = (width: number) => [
  '---',
  'config:',
  '  gantt:',
  `    useWidth: ${width}`,
  '    leftPadding: 160',
  '    barHeight: 22',
  '    barGap: 6',
  '    fontSize: 12',
  '    sectionFontSize: 12',
  '---'
]

/** A gantt-safe task or section name: plain one-line text without ':' '#' ';' '%' and quotes. */
export function ganttText(text: string, max = NAME_MAX): string {
  return plainLabelText(text.replace(/[:#;%"`]/g, ' '), max).replace(/\s+/g, ' ').trim()
}

export interface GanttTask {
  number: number
  item: ActionItem
  section: string
  start: string
  /** Exclusive end in days from the start (≥ 1). */
  days: number
  tags: ('done' | 'active' | 'crit')[]
}

/** The dated, not-dropped actions with their bars (an action with only one date gets a one-day bar). */
export function ganttTasks(project: Pick<Project, 'actions' | 'evidence' | 'priority'>, labels: ActionGanttLabels, today: string): GanttTask[] {
  const tasks: GanttTask[] = []
  project.actions.items.forEach((item, i) => {
    if (item.status === 'dropped') return
    const start = item.startDate ?? item.dueDate
    const end = item.dueDate ?? item.startDate
    if (start === null || end === null) return
    const span = daysBetween(start, end)
    const status = effectiveStatus(item, today)
    const tags: GanttTask['tags'] = []
    if (item.status === 'done') tags.push('done')
    if (item.status === 'inProgress') tags.push('active')
    if (status === 'late') tags.push('crit')
    const link = resolveLink(item.linkedTo, project)
    tasks.push({
      number: i + 1,
      item,
      section: link.state === 'linked' ? link.label : labels.otherSection,
      start,
      days: Math.max(1, span + 1),
      tags
    })
  })
  return tasks
}

export function actionGantt(
  project: Pick<Project, 'actions' | 'evidence' | 'priority'>,
  labels: ActionGanttLabels,
  today: string,
  options: { width?: number } = {}
): string {
  const tasks = ganttTasks(project, labels, today)
  const lines = [...FRONT_MATTER(options.width ?? 900), 'gantt', `  title ${ganttText(labels.title, 120) || 'gantt'}`, '  dateFormat YYYY-MM-DD']
  const first = tasks.reduce<string | null>((m, t) => (m === null || t.start < m ? t.start : m), null)
  const last = tasks.reduce<string | null>((m, t) => {
    const end = new Date(Date.parse(`${t.start}T00:00:00Z`) + t.days * 86_400_000).toISOString().slice(0, 10)
    return m === null || end > m ? end : m
  }, null)
  const long = first !== null && last !== null && daysBetween(first, last) > 120
  lines.push(`  axisFormat ${long ? '%m/%Y' : '%d/%m'}`)
  lines.push('  todayMarker off')
  const sections = new Map<string, GanttTask[]>()
  for (const t of tasks) sections.set(t.section, [...(sections.get(t.section) ?? []), t])
  for (const [section, list] of sections) {
    lines.push(`  section ${ganttText(section, SECTION_MAX) || ganttText(labels.otherSection, SECTION_MAX) || '-'}`)
    for (const t of list) {
      const name = `${t.number}. ${ganttText(t.item.title) || ganttText(labels.untitled)}`
      const meta = [...t.tags, `a${t.number}`, t.start, `${t.days}d`].join(', ')
      lines.push(`    ${name} :${meta}`)
    }
  }
  return lines.join('\n')
}
