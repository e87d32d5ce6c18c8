import type { Document } from 'docx'
import { scheduleAgenda } from '../agenda/schedule'
import { heading, note, para, table, type Block } from './blocks'
import type { DocContext } from './context'
import { titleBlock } from './cover'
import { agendaFigure } from './figures'
import { assemble } from './frame'
import { blockCell, dayTitle, timeRange } from './programme'
import { dialogueFacts, ruleSentences } from './shared'
import { STYLE } from './styles'

/**
 * Facilitator run-sheet (déroulé de l'animateur): every block with its timing, duration, objective,
 * speaker, the facilitator's private notes and the materials — landscape, marked as an internal document.
 */

export function runSheetBody(ctx: DocContext, h: number): Block[] {
  const t = ctx.t
  const days = scheduleAgenda(ctx.project.agenda).filter((d) => d.blocks.length > 0)
  if (days.length === 0) return [note(ctx, t('documents:empty.agenda'))]
  return days.flatMap((day) => [
    heading(ctx, h, `${dayTitle(ctx, day)} \u00b7 ${day.start} \u2013 ${day.end}`),
    ...table(ctx, {
      orientation: 'landscape',
      columns: [
        { title: t('documents:agenda.time'), weight: 2 },
        { title: t('documents:agenda.duration'), weight: 1.5 },
        { title: t('documents:agenda.session'), weight: 4.5 },
        { title: t('documents:agenda.objective'), weight: 4 },
        { title: t('documents:agenda.speaker'), weight: 2.6 },
        { title: t('documents:agenda.notes'), weight: 5 },
        { title: t('documents:agenda.materials'), weight: 2.6 }
      ],
      rows: day.blocks.map((b) => [
        timeRange(b),
        t('documents:agenda.minutes', { count: b.block.durationMin }),
        blockCell(ctx, b, [t(`documents:blockTypes.${b.block.type}`)]),
        b.block.objective,
        b.block.speaker,
        b.block.notes,
        b.block.materials
      ])
    })
  ])
}

export function buildRunSheet(ctx: DocContext): Document {
  const t = ctx.t
  const title = ctx.t('documents:kinds.runSheet')
  const rules = ruleSentences(ctx)
  const children: Block[] = [
    ...titleBlock(ctx, title, [para(ctx, t('documents:runSheet.internal'), { style: STYLE.mark })], 'landscape'),
    ...dialogueFacts(ctx),
    ...(rules.length > 0 ? [heading(ctx, 1, t('documents:runSheet.reminders')), ...rules.map((r) => para(ctx, r))] : []),
    ...runSheetBody(ctx, 1),
    ...agendaFigure(ctx, 1, 'landscape')
  ]
  return assemble(ctx, title, [{ children, orientation: 'landscape' }])
}
