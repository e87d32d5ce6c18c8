import type { ActionItem } from '../model/actions'
import type { Project } from '../model/project'
import { daysBetween, effectiveStatus } from '../actions/status'
import { resolveLink } from '../actions/owners'
import { plainLabelText } from './text'
import { ganttTaskName } from './agendaGantt'

/**
 * The action plan as a mermaid gantt: one bar per dated action (start → due date), grouped in sections by
 * the policy option or objective it serves, numbered like the table ("3. …"). Done bars are `done`,
 * in-progress ones `active`, late ones `crit` (derived from `today`, never stored); dropped actions are
 * left out. Gantt task names end at ':' and treat '#', ';' and '%' specially, and a line starting with a
 * keyword ("section …", a date) would change meaning: names are made plain, stripped of those characters,
 * and always start with the action's number.
 *
 * A plan with more than MAX_BARS dated actions is drawn as one bar per option or objective instead,
 * spanning its actions, named with their count ("Option 2 … (37)"): a few hundred bars are neither
 * readable on a screen or a page nor quick to draw, and every action stays in the table beside the chart.
 */

export interface ActionGanttLabels {
  /** Title of the chart, e.g. "Plan d'action — calendrier". */
  title: string
  /** Section of actions not linked to an option or objective. */
  otherSection: string
  /** An action without a title (should not happen: titles are required). */
  untitled: string
  /** Name of a group's bar when the plan is summarised, e.g. "Option 2 (37 actions)"; default "Option 2 (37)". */
  group?: (label: string, count: number) => string
}

/** Most bars drawn: beyond, one bar per option or objective (see above). */
export const MAX_BARS = 40

const NAME_MAX = 36
const SECTION_MAX = 22
/** Longest group name in a summarised plan (the bar is long: its name fits inside). */
const GROUP_MAX = 48

/**
 * Layout for a readable chart at the width of the screen's main column (and of an A4 landscape page):
 * a wider left margin for the section names, taller bars, text that is not scaled down to nothing.
 */
const FRONT_MATTER = (width: number, leftPadding: number) => [
  '---',
  'config:',
  '  gantt:',
  `    useWidth: ${width}`,
  `    leftPadding: ${leftPadding}`,
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

/** The dated actions of one option or objective, as one bar. */
export interface GanttGroup {
  section: string
  start: string
  /** Exclusive end in days from the start (≥ 1). */
  days: number
  count: number
  tags: GanttTask['tags']
}

/** Tasks by section, in the order sections first appear. */
function groupBySection(tasks: readonly GanttTask[]): Map<string, GanttTask[]> {
  const bySection = new Map<string, GanttTask[]>()
  for (const t of tasks) {
    const list = bySection.get(t.section)
    if (list) list.push(t)
    else bySection.set(t.section, [t])
  }
  return bySection
}

const endOf = (t: { start: string; days: number }): string =>
  new Date(Date.parse(`${t.start}T00:00:00Z`) + t.days * 86_400_000).toISOString().slice(0, 10)

/**
 * One bar per option or objective spanning its actions: `done` when all are done, `active` when one is in
 * progress, `crit` when one is late. Sorted by start; over MAX_BARS groups, the smallest ones are merged
 * into the "other actions" bar.
 */
export function ganttGroups(tasks: readonly GanttTask[], otherSection: string, maxBars = MAX_BARS): GanttGroup[] {
  const bySection = groupBySection(tasks)
  let lists = [...bySection.entries()]
  if (lists.length > maxBars) {
    const ranked = lists.filter(([section]) => section !== otherSection).sort((a, b) => b[1].length - a[1].length)
    const merged = [...(bySection.get(otherSection) ?? []), ...ranked.slice(maxBars - 1).flatMap(([, l]) => l)]
    lists = [...ranked.slice(0, maxBars - 1), [otherSection, merged]]
  }
  const groups = lists.map(([section, list]): GanttGroup => {
    const start = list.reduce((m, t) => (t.start < m ? t.start : m), list[0]?.start ?? '')
    const end = list.reduce((m, t) => (endOf(t) > m ? endOf(t) : m), '')
    const tags: GanttTask['tags'] = []
    if (list.every((t) => t.tags.includes('done'))) tags.push('done')
    if (list.some((t) => t.tags.includes('active'))) tags.push('active')
    if (list.some((t) => t.tags.includes('crit'))) tags.push('crit')
    return { section, start, days: Math.max(1, daysBetween(start, end)), count: list.length, tags }
  })
  return groups.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.section.localeCompare(b.section)))
}

export function actionGantt(
  project: Pick<Project, 'actions' | 'evidence' | 'priority'>,
  labels: ActionGanttLabels,
  today: string,
  options: { width?: number; maxBars?: number } = {}
): string {
  const tasks = ganttTasks(project, labels, today)
  const maxBars = options.maxBars ?? MAX_BARS
  const summary = tasks.length > maxBars
  const lines = [...FRONT_MATTER(options.width ?? 900, summary ? 16 : 160), 'gantt', `  title ${ganttText(labels.title, 120) || 'gantt'}`, '  dateFormat YYYY-MM-DD']
  const first = tasks.reduce<string | null>((m, t) => (m === null || t.start < m ? t.start : m), null)
  const last = tasks.reduce<string | null>((m, t) => (m === null || endOf(t) > m ? endOf(t) : m), null)
  const long = first !== null && last !== null && daysBetween(first, last) > 120
  lines.push(`  axisFormat ${long ? '%m/%Y' : '%d/%m'}`)
  lines.push('  todayMarker off')
  if (summary) {
    const name = labels.group ?? ((label: string, count: number) => `${label} (${count})`)
    ganttGroups(tasks, labels.otherSection, maxBars).forEach((g, i) => {
      const section = plainLabelText(g.section, GROUP_MAX) || plainLabelText(labels.otherSection, GROUP_MAX)
      const meta = [...g.tags, `g${i + 1}`, g.start, `${g.days}d`].join(', ')
      // No space before ':' (mermaid would keep it at the end of the drawn name).
      lines.push(`    ${ganttTaskName(name(section, g.count), String(g.count))}:${meta}`)
    })
    return lines.join('\n')
  }
  for (const [section, list] of groupBySection(tasks)) {
    lines.push(`  section ${ganttText(section, SECTION_MAX) || ganttText(labels.otherSection, SECTION_MAX) || '-'}`)
    for (const t of list) {
      const name = `${t.number}. ${ganttText(t.item.title) || ganttText(labels.untitled)}`
      const meta = [...t.tags, `a${t.number}`, t.start, `${t.days}d`].join(', ')
      lines.push(`    ${name} :${meta}`)
    }
  }
  return lines.join('\n')
}
