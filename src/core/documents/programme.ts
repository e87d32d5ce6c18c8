import { Paragraph, type Document } from 'docx'
import { scheduleAgenda, type TimedBlock, type TimedDay } from '../agenda/schedule'
import { heading, isRtl, note, table, textRuns, type Block, type Cell } from './blocks'
import type { DocContext } from './context'
import { titleBlock } from './cover'
import { assemble } from './frame'
import { sanitizeLine } from './sanitize'
import { dialogueFacts } from './shared'
import { STYLE } from './styles'

/** Participant programme (programme / ordre du jour): each day's timed blocks, without facilitator notes. */

export function dayTitle(ctx: DocContext, day: TimedDay): string {
  const date = ctx.date(day.day.date)
  return date ? ctx.t('documents:agenda.dayWithDate', { n: day.index + 1, date }) : ctx.t('documents:agenda.day', { n: day.index + 1 })
}

export const timeRange = (b: TimedBlock): string => `${b.start} \u2013 ${b.end}`

/** The block's title, or its type when it has none ("Pause café"). */
export const blockTitle = (ctx: DocContext, b: TimedBlock): string => sanitizeLine(b.block.title) || ctx.t(`documents:blockTypes.${b.block.type}`)

/** A cell with the block's title in bold and, below it, more lines (speaker, objective…). */
export function blockCell(ctx: DocContext, b: TimedBlock, more: string[] = []): Cell {
  const isPause = b.block.type === 'break' || b.block.type === 'meal'
  const lines = more.map((m) => sanitizeLine(m)).filter(Boolean)
  const rtl = isRtl(ctx, blockTitle(ctx, b), 'auto')
  return [
    new Paragraph({
      style: STYLE.tableText,
      bidirectional: rtl,
      children: [...textRuns(blockTitle(ctx, b), isPause ? { italics: true, rtl } : { bold: true, rtl }), ...lines.flatMap((l) => textRuns(`\n${l}`, { rtl }))]
    })
  ]
}

export function programmeBody(ctx: DocContext, h: number): Block[] {
  const t = ctx.t
  const days = scheduleAgenda(ctx.project.agenda).filter((d) => d.blocks.length > 0)
  if (days.length === 0) return [note(ctx, t('documents:empty.agenda'))]
  return days.flatMap((day) => [
    heading(ctx, h, dayTitle(ctx, day)),
    ...table(ctx, {
      columns: [
        { title: t('documents:agenda.time'), weight: 2.2 },
        { title: t('documents:agenda.session'), weight: 6 },
        { title: t('documents:agenda.speaker'), weight: 3.5 }
      ],
      rows: day.blocks.map((b) => [timeRange(b), blockCell(ctx, b), b.block.speaker])
    })
  ])
}

export function buildProgramme(ctx: DocContext): Document {
  const title = ctx.t('documents:kinds.programme')
  const intro: Block[] = [...dialogueFacts(ctx, { rules: false })]
  return assemble(ctx, title, [{ children: [...titleBlock(ctx, title), ...intro, ...programmeBody(ctx, 1)] }])
}

/** "Objective: …" and "Speaker: …" lines for the run-sheet. */
export function labelledLine(ctx: DocContext, key: string, value: string): string {
  const v = sanitizeLine(value)
  return v ? `${ctx.t(key)}${ctx.t('documents:common.colon')}${v}` : ''
}
