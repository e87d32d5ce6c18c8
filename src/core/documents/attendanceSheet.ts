import type { Document } from 'docx'
import { halfDays, type HalfDay } from '../minutes/attendance'
import { para, table, type Block, type Cell } from './blocks'
import type { DocContext } from './context'
import { dialogueDates, titleBlock } from './cover'
import { assemble } from './frame'
import { expectedParticipants } from './shared'
import { STYLE } from './styles'

/**
 * Attendance sheet (feuille de présence) — landscape: N°, name, function, institution, phone, e-mail and
 * one signature column per half-day; the expected participants' names are pre-filled (phone and e-mail
 * are left for each person to write or confirm), then blank numbered rows for walk-ins. The header row
 * repeats on every page.
 */

export const BLANK_ROWS = 10
/** About 1 cm: room to sign. */
const ROW_HEIGHT = 560

/** The half-days of the workshop: from the agenda, else from the planned dates, else one day. */
export function sheetHalfDays(ctx: DocContext): HalfDay[] {
  const fromAgenda = halfDays(ctx.project.agenda)
  if (fromAgenda.length > 0) return fromAgenda
  const dates = dialogueDates(ctx)
  const days = dates.length > 0 ? dates : [null]
  return days.flatMap((date, dayIndex) => (['am', 'pm'] as const).map((half) => ({ dayId: `day-${dayIndex}`, dayIndex, date, half })))
}

/** "Jour 1 · 06/07/2017 · Matin" as short lines (the signature columns are narrow). */
export function halfDayLines(ctx: DocContext, slot: HalfDay): string[] {
  const date = slot.date ? ctx.date(slot.date, 'short') : ''
  return [ctx.t('documents:agenda.day', { n: slot.dayIndex + 1 }), date, ctx.t(`documents:halves.${slot.half}`)].filter(Boolean)
}

export function halfDayTitle(ctx: DocContext, slot: HalfDay): string {
  return [ctx.t('documents:attendance.signature'), ...halfDayLines(ctx, slot)].join('\n')
}

export function attendanceSheetTable(ctx: DocContext): Block[] {
  const t = ctx.t
  const slots = sheetHalfDays(ctx)
  const people = expectedParticipants(ctx)
  const signatureWeight = slots.length > 6 ? 2.2 : 2.7
  const rows: Cell[][] = [
    ...people.map((p, i) => [String(i + 1), { text: p.name, bold: true }, p.function, p.institution, '', '', ...slots.map(() => '')]),
    ...Array.from({ length: BLANK_ROWS }, (_, i) => [String(people.length + i + 1), '', '', '', '', '', ...slots.map(() => '')])
  ]
  return table(ctx, {
    orientation: 'landscape',
    rowHeight: ROW_HEIGHT,
    columns: [
      { title: t('documents:attendance.number'), weight: 1.5 },
      { title: t('documents:attendance.name'), weight: 4.6 },
      { title: t('documents:attendance.function'), weight: 4.4 },
      { title: t('documents:attendance.institution'), weight: 4.8 },
      { title: t('documents:attendance.phone'), weight: 2.7 },
      { title: t('documents:attendance.email'), weight: 3.6 },
      ...slots.map((s) => ({ title: halfDayTitle(ctx, s), weight: signatureWeight }))
    ],
    rows
  })
}

export function buildAttendanceSheet(ctx: DocContext): Document {
  const title = ctx.t('documents:kinds.attendanceSheet')
  const children: Block[] = [...titleBlock(ctx, title, [], 'landscape'), ...attendanceSheetTable(ctx)]
  if (expectedParticipants(ctx).length === 0) children.splice(children.length - 2, 0, para(ctx, ctx.t('documents:empty.participants'), { style: STYLE.note }))
  return assemble(ctx, title, [{ children, orientation: 'landscape' }])
}
