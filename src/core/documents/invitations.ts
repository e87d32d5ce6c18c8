import type { Document } from 'docx'
import type { Participant } from '../model/design'
import { bullets, linesOf, note, para, paraOf, textRuns, type Block } from './blocks'
import type { DocContext } from './context'
import { letterhead, titleBlock } from './cover'
import { assemble, type SectionSpec } from './frame'
import { sanitizeLine } from './sanitize'
import { invitees, organiserName, problemTitle, whenAndWhere } from './shared'
import { STYLE } from './styles'

/**
 * Invitation letters — one per invitee (name and function), all in one file, each letter its own
 * section: it starts on a new page, carries the letterhead, and counts its own pages ("Page 1 / 1").
 */

function contactOf(ctx: DocContext): string {
  const person = ctx.project.framing.organisingTeam.find((p) => sanitizeLine(p.email) || sanitizeLine(p.phone))
  if (!person) return ''
  const means = [sanitizeLine(person.email), sanitizeLine(person.phone)].filter(Boolean).join(', ')
  return ctx.t('documents:invitation.contact', { name: sanitizeLine(person.name), means })
}

export function letter(ctx: DocContext, invitee: Participant): Block[] {
  const t = ctx.t
  const p = ctx.project
  const organiser = organiserName(ctx)
  const where = [sanitizeLine(p.design.venue), sanitizeLine(p.design.city)].filter(Boolean).join(t('documents:common.placeDateSeparator'))
  const details = whenAndWhere(ctx, where)
  const problem = problemTitle(ctx)
  const objectives = linesOf(p.design.objectives)
  const city = sanitizeLine(p.design.city)
  const today = ctx.date(ctx.today)
  const recipient = [sanitizeLine(invitee.function), sanitizeLine(invitee.institution)].filter(Boolean)
  const body: Block[] = [
    para(ctx, city ? t('documents:invitation.placeDate', { city, date: today }) : t('documents:invitation.dateOnly', { date: today }), { align: 'end' }),
    paraOf(ctx, [...textRuns(t('documents:invitation.to'), { bold: true, rtl: ctx.rtl })]),
    paraOf(ctx, [...textRuns(sanitizeLine(invitee.name), { bold: true, rtl: ctx.rtl }), ...(recipient.length > 0 ? textRuns(`\n${recipient.join('\n')}`, { rtl: ctx.rtl }) : [])]),
    paraOf(ctx, [
      ...textRuns(`${t('documents:invitation.subjectLabel')}${t('documents:common.colon')}`, { bold: true, rtl: ctx.rtl }),
      ...textRuns(t('documents:invitation.subject', { dialogue: sanitizeLine(p.name) }), { rtl: ctx.rtl })
    ]),
    para(ctx, t('documents:invitation.salutation')),
    para(
      ctx,
      organiser
        ? t('documents:invitation.invite', { dialogue: sanitizeLine(p.name), organiser, details })
        : t('documents:invitation.inviteNoOrganiser', { dialogue: sanitizeLine(p.name), details })
    )
  ]
  if (problem) body.push(para(ctx, t('documents:invitation.problem', { problem })))
  if (objectives.length > 0) body.push(para(ctx, t('documents:invitation.objectives'), { keepNext: true }), ...bullets(ctx, objectives))
  body.push(para(ctx, t(`documents:invitation.capacity.${invitee.capacity}`)))
  if (p.design.chathamHouse) body.push(para(ctx, t('documents:rules.chathamHouse')))
  body.push(para(ctx, t('documents:invitation.attachments')))
  const contact = contactOf(ctx)
  body.push(para(ctx, contact ? t('documents:invitation.rsvpContact', { contact }) : t('documents:invitation.rsvp')))
  body.push(para(ctx, t('documents:invitation.closing')))
  body.push(para(ctx, organiser || t('documents:invitation.signatureFallback'), { style: STYLE.signature, align: 'end', bold: true }))
  return [...letterhead(ctx), ...body]
}

export function buildInvitations(ctx: DocContext): Document {
  const title = ctx.t('documents:kinds.invitations')
  const people = invitees(ctx)
  const sections: SectionSpec[] =
    people.length > 0
      ? people.map((person) => ({ children: letter(ctx, person), noHeader: true, ownPageCount: true }))
      : [{ children: [...titleBlock(ctx, title), note(ctx, ctx.t('documents:empty.invitees'))] }]
  return assemble(ctx, title, sections)
}
