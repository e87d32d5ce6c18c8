import type { Agenda, BlockType } from '../model/agenda'
import { scheduleAgenda } from '../agenda/schedule'
import { MINUTES_PER_DAY } from '../agenda/time'
import { mermaidId, plainLabelText } from './text'

/**
 * Mermaid gantt of the agenda: one section per day on a shared 24-hour axis (`dateFormat HH:mm`,
 * `axisFormat %H:%M`), one task per block with its planned start and duration. Breaks and meals are drawn
 * as `done` (grey), deliberations (plenary, group work) as `active`; the running block in live mode can be
 * marked `crit`. A block that starts after midnight is chained with `after <previous>` so it stays after
 * the evening instead of jumping to the morning.
 *
 * Gantt task names are raw text up to the first ':' and some words at their start are keywords, so names go
 * through `ganttTaskName`: plain single-line text (`plainLabelText`), ':' '#' '%' replaced by look-alikes, and
 * an invisible word joiner before a leading keyword or ISO date.
 */

export interface AgendaGanttLabels {
  /** Accessible title, e.g. "Ordre du jour". */
  title: string
  /** Section name of a day, e.g. "Jour 1 · 6 juillet 2017" (already formatted by the caller). */
  day: (dayIndex: number, date: string | null) => string
  /** Name for a block without a title, e.g. the block type's label. */
  untitled: (type: BlockType) => string
}

export interface AgendaGanttOptions {
  /** Only these days (ids), in agenda order; default all. */
  dayIds?: string[]
  /** The block running now (live mode), drawn as `crit`. */
  currentBlockId?: string | null
}

const NAME_MAX = 80
const WORD_JOINER = '\u2060'
const KEYWORD_START =
  /^(gantt|title|section|dateformat|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|inclusiveenddates|topaxis|click|call|href|acc[a-z]*)(?![\p{L}\p{N}])/iu
const DATE_START = /^\d{4}-\d{2}-\d{2}/

const LOOKALIKE: Record<string, string> = { ':': '\u2236', '#': '\uFF03', '%': '\uFF05' }

/** A gantt task name that mermaid reads as exactly this text. */
export function ganttTaskName(text: string, fallback: string): string {
  const clean = (s: string): string => plainLabelText(s, NAME_MAX).replace(/[:#%]/g, (c) => LOOKALIKE[c] ?? c)
  const name = clean(text) || clean(fallback) || '\u2014'
  return KEYWORD_START.test(name) || DATE_START.test(name) ? `${WORD_JOINER}${name}` : name
}

/** A section or title line: one line of plain text ('%' look-alike so it cannot read as a comment). */
const lineText = (text: string, fallback: string): string =>
  (plainLabelText(text, NAME_MAX) || plainLabelText(fallback, NAME_MAX) || '\u2014').replace(/[#%]/g, (c) => LOOKALIKE[c] ?? c)

const TAG: Partial<Record<BlockType, string>> = { break: 'done', meal: 'done', plenary: 'active', groupWork: 'active' }

const hhmm = (min: number): string =>
  `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`

export function agendaGantt(agenda: Agenda, labels: AgendaGanttLabels, options: AgendaGanttOptions = {}): string {
  // The axis is a time of day, not a calendar: no "today" line.
  const lines = ['gantt', `  title ${lineText(labels.title, 'Agenda')}`, '  dateFormat HH:mm', '  axisFormat %H:%M', '  todayMarker off']
  const days = scheduleAgenda(agenda).filter((d) => !options.dayIds || options.dayIds.includes(d.day.id))
  for (const day of days) {
    lines.push(`  section ${lineText(labels.day(day.index, day.day.date), String(day.index + 1))}`)
    let previousId: string | null = null
    for (const tb of day.blocks) {
      const b = tb.block
      const id = mermaidId('blk', b.id)
      const tags = [options.currentBlockId === b.id ? 'crit' : null, TAG[b.type] ?? null].filter((t) => t !== null)
      const start = tb.startMin >= MINUTES_PER_DAY && previousId ? `after ${previousId}` : hhmm(tb.startMin % MINUTES_PER_DAY)
      const name = ganttTaskName(b.title, labels.untitled(b.type))
      // No space before ':' — mermaid would keep it at the end of the drawn name.
      lines.push(`  ${name}:${[...tags, id, start, `${tb.endMin - tb.startMin}m`].join(', ')}`)
      previousId = id
    }
  }
  return `${lines.join('\n')}\n`
}
