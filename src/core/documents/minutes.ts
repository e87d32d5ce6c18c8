import { Paragraph, type Document } from 'docx'
import { findBlockTiming, scheduleAgenda } from '../agenda/schedule'
import { attendanceSummary } from '../minutes/attendance'
import { amendmentTrail } from '../minutes/finalise'
import { visibleSpeaker } from '../minutes/entries'
import type { MinuteEntry } from '../model/minutes'
import { BULLET_LIST, STYLE } from './styles'
import { bullets, heading, note, para, prose, table, textRuns, type Block } from './blocks'
import type { DocContext } from './context'
import { titleBlock } from './cover'
import { assemble } from './frame'
import { sanitizeLine } from './sanitize'
import { dialogueFacts, personLine } from './shared'
import { blockTitle, dayTitle, timeRange } from './programme'
import { halfDayLines } from './attendanceSheet'

/**
 * Minutes (compte rendu): draft or final mark, the facts, attendance, then the typed entries agenda block
 * by agenda block (speakers only when the Chatham House rule is off), the consensus statement if one was
 * agreed, the amendment trail of final minutes, and the list of those present.
 */

/** One entry as a bulleted paragraph: "Décision : text (speaker)". */
export function entryParagraph(ctx: DocContext, entry: MinuteEntry, withSpeaker: boolean): Paragraph {
  const speaker = withSpeaker ? sanitizeLine(visibleSpeaker(entry, ctx.project.design.chathamHouse)) : ''
  return new Paragraph({
    style: STYLE.normal,
    bidirectional: ctx.rtl,
    numbering: { reference: BULLET_LIST, level: 0 },
    children: [
      ...textRuns(`${ctx.t(`documents:entryTypes.${entry.type}`)}${ctx.t('documents:common.colon')}`, { bold: true, rtl: ctx.rtl }),
      ...textRuns(entry.text.trim(), { rtl: ctx.rtl }),
      ...(speaker ? textRuns(` (${speaker})`, { italics: true, rtl: ctx.rtl }) : [])
    ]
  })
}

export function statusMark(ctx: DocContext): Block[] {
  const m = ctx.project.minutes
  const text =
    m.status === 'final'
      ? m.finalisedAt
        ? ctx.t('documents:minutes.finalOn', { date: ctx.date(m.finalisedAt) })
        : ctx.t('documents:minutes.final')
      : ctx.t('documents:minutes.draft')
  return [para(ctx, text, { style: STYLE.mark })]
}

export function attendanceBlocks(ctx: DocContext): Block[] {
  const t = ctx.t
  const p = ctx.project
  if (p.minutes.attendance.length === 0) return [note(ctx, t('documents:empty.attendance'))]
  const s = attendanceSummary(p)
  return [
    para(ctx, t('documents:minutes.attendedSentence', { attended: s.attendedAtLeastOnce, total: s.participants, walkIns: s.walkIns })),
    ...table(ctx, {
      columns: [
        { title: t('documents:minutes.halfDay'), weight: 4 },
        { title: t('documents:attendanceStatuses.present'), weight: 1.6 },
        { title: t('documents:attendanceStatuses.absent'), weight: 1.6 },
        { title: t('documents:attendanceStatuses.excused'), weight: 1.6 }
      ],
      rows: s.halfDays.map((h) => [halfDayLines(ctx, h).join(' \u00b7 '), ctx.num(h.present), ctx.num(h.absent), ctx.num(h.excused)]),
      widthFraction: 0.85
    })
  ]
}

/** The entries grouped by agenda block, in programme order; entries of no (or a deleted) block last. */
export function proceedings(ctx: DocContext, h: number, options: { withSpeaker: boolean }): Block[] {
  const t = ctx.t
  const p = ctx.project
  const entries = p.minutes.entries.filter((e) => e.text.trim() !== '')
  if (entries.length === 0) return [note(ctx, t('documents:empty.minutes'))]
  const days = scheduleAgenda(p.agenda)
  const multiDay = days.length > 1
  const out: Block[] = []
  for (const day of days) {
    for (const b of day.blocks) {
      const own = entries.filter((e) => e.blockId === b.block.id)
      if (own.length === 0) continue
      const when = multiDay ? `${dayTitle(ctx, day)} \u00b7 ${timeRange(b)}` : timeRange(b)
      out.push(heading(ctx, h, `${when} \u2014 ${blockTitle(ctx, b)}`), ...own.map((e) => entryParagraph(ctx, e, options.withSpeaker)))
    }
  }
  const general = entries.filter((e) => e.blockId === null || findBlockTiming(p.agenda, e.blockId) === null)
  if (general.length > 0) out.push(heading(ctx, h, t('documents:minutes.general')), ...general.map((e) => entryParagraph(ctx, e, options.withSpeaker)))
  return out
}

export function amendmentBlocks(ctx: DocContext, h: number): Block[] {
  const t = ctx.t
  const trail = amendmentTrail(ctx.project.minutes)
  if (trail.length === 0) return []
  return [
    heading(ctx, h, t('documents:minutes.amendments')),
    ...table(ctx, {
      columns: [
        { title: t('documents:minutes.amendedOn'), weight: 2 },
        { title: t('documents:minutes.author'), weight: 2.4 },
        { title: t('documents:minutes.reason'), weight: 4 },
        { title: t('documents:minutes.change'), weight: 5 }
      ],
      rows: trail.map((a) => [
        ctx.date(a.at, 'short'),
        a.author,
        a.reason,
        [t(`documents:amendmentKinds.${a.kind}`), a.before.trim() ? `${t('documents:minutes.before')}${t('documents:common.colon')}${a.before.trim()}` : '', a.after.trim() ? `${t('documents:minutes.after')}${t('documents:common.colon')}${a.after.trim()}` : '']
          .filter(Boolean)
          .join('\n')
      ])
    })
  ]
}

/** Everyone marked present at least once (or, without attendance, everyone expected). */
export function presentParticipants(ctx: DocContext) {
  const p = ctx.project
  const present = new Set(p.minutes.attendance.filter((m) => m.status === 'present').map((m) => m.participantId))
  return p.participants.filter((x) => present.has(x.id))
}

export function minutesBody(ctx: DocContext, h: number): Block[] {
  const t = ctx.t
  const m = ctx.project.minutes
  const present = presentParticipants(ctx)
  return [
    ...statusMark(ctx),
    ...dialogueFacts(ctx),
    heading(ctx, h, t('documents:minutes.attendance')),
    ...attendanceBlocks(ctx),
    heading(ctx, h, t('documents:minutes.proceedings')),
    ...proceedings(ctx, h + 1, { withSpeaker: true }),
    ...(m.consensusStatement.trim() ? [heading(ctx, h, t('documents:minutes.consensus')), ...prose(ctx, m.consensusStatement)] : []),
    ...amendmentBlocks(ctx, h),
    ...(present.length > 0 ? [heading(ctx, h, t('documents:minutes.presentList')), ...bullets(ctx, present.map(personLine))] : [])
  ]
}

export function buildMinutes(ctx: DocContext): Document {
  const title = ctx.t('documents:kinds.minutes')
  return assemble(ctx, title, [{ children: [...titleBlock(ctx, title), ...minutesBody(ctx, 1)] }])
}
