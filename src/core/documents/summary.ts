import type { Document } from 'docx'
import { visibleSpeaker } from '../minutes/entries'
import { effectiveStatus } from '../actions/status'
import { resolveOwner } from '../actions/owners'
import type { EntryType } from '../model/minutes'
import { bullets, heading, note, para, prose, type Block } from './blocks'
import type { DocContext } from './context'
import { titleBlock } from './cover'
import { assemble } from './frame'
import { sanitizeLine, sanitizeText } from './sanitize'
import { organiserName, personLine, problemTitle } from './shared'
import { presentParticipants } from './minutes'

/**
 * Dialogue summary (synthèse du dialogue) — the document that leaves the room, so it obeys the rules:
 * under the Chatham House rule no comment carries a name; the participant list shows only those who
 * agreed to be listed (the others are counted, not named); a consensus statement appears only if one was
 * agreed and recorded.
 */

const SUMMARY_TYPES: readonly EntryType[] = ['keyPoint', 'agreement', 'disagreement', 'proposal', 'decision']

/** The entries of one type as sentences; a name only when the Chatham House rule is off. */
export function summaryPoints(ctx: DocContext, type: EntryType): string[] {
  const chatham = ctx.project.design.chathamHouse
  return ctx.project.minutes.entries
    .filter((e) => e.type === type && e.text.trim() !== '')
    .map((e) => {
      const speaker = sanitizeLine(visibleSpeaker(e, chatham))
      const text = sanitizeText(e.text).trim()
      return speaker ? `${text} (${speaker})` : text
    })
}

export function summaryParticipants(ctx: DocContext): { listed: string[]; unlisted: number } {
  const present = presentParticipants(ctx)
  const pool = present.length > 0 ? present : ctx.project.participants.filter((p) => p.invitationStatus === 'confirmed')
  const listed = pool.filter((p) => p.consentToList)
  return { listed: listed.map(personLine), unlisted: pool.length - listed.length }
}

export function summaryBody(ctx: DocContext, h: number): Block[] {
  const t = ctx.t
  const p = ctx.project
  const problem = problemTitle(ctx)
  const organiser = organiserName(ctx)
  const intro = [
    t('documents:summary.intro', { dialogue: sanitizeLine(p.name) }),
    organiser ? t('documents:summary.organisedBy', { organiser }) : '',
    p.design.chathamHouse ? t('documents:summary.chathamHouse') : '',
    p.design.consensusNotSought ? t('documents:summary.noConsensusSought') : ''
  ].filter(Boolean)
  const out: Block[] = [para(ctx, intro.join(' '))]
  out.push(heading(ctx, h, t('documents:summary.problem')))
  if (problem) out.push(para(ctx, problem, { bold: true, dir: 'auto' }))
  out.push(...prose(ctx, p.priority.statement, problem ? undefined : t('documents:empty.problem')))
  if (p.evidence.options.length > 0) {
    out.push(heading(ctx, h, t('documents:summary.options')), ...bullets(ctx, p.evidence.options.map((o) => o.title)))
  }
  out.push(heading(ctx, h, t('documents:summary.discussion')))
  const anyPoints = SUMMARY_TYPES.some((type) => summaryPoints(ctx, type).length > 0)
  if (!anyPoints) out.push(note(ctx, t('documents:empty.minutes')))
  for (const type of SUMMARY_TYPES) {
    const points = summaryPoints(ctx, type)
    if (points.length > 0) out.push(heading(ctx, h + 1, t(`documents:entryTypesPlural.${type}`)), ...bullets(ctx, points))
  }
  if (p.minutes.consensusStatement.trim()) out.push(heading(ctx, h, t('documents:summary.consensus')), ...prose(ctx, p.minutes.consensusStatement))
  out.push(heading(ctx, h, t('documents:summary.nextSteps')))
  const actions = p.actions.items.filter((a) => a.status !== 'dropped')
  if (actions.length === 0) out.push(note(ctx, t('documents:empty.actions')))
  else
    out.push(
      ...bullets(
        ctx,
        actions.map((a) => {
          const owner = resolveOwner(a.owner, p).name
          const due = ctx.date(a.dueDate)
          const details = [owner ? t('documents:summary.owner', { owner: sanitizeLine(owner) }) : '', due ? t('documents:summary.due', { date: due }) : '', t(`documents:actionStatuses.${effectiveStatus(a, ctx.today)}`)]
            .filter(Boolean)
            .join(', ')
          return `${sanitizeLine(a.title)} (${details})`
        })
      )
    )
  out.push(heading(ctx, h, t('documents:summary.participants')))
  const { listed, unlisted } = summaryParticipants(ctx)
  if (listed.length === 0 && unlisted === 0) out.push(note(ctx, t('documents:empty.participants')))
  if (listed.length > 0) out.push(...bullets(ctx, listed))
  if (unlisted > 0) out.push(para(ctx, t(listed.length > 0 ? 'documents:summary.othersUnlisted' : 'documents:summary.allUnlisted', { count: unlisted })))
  return out
}

export function buildSummary(ctx: DocContext): Document {
  const title = ctx.t('documents:kinds.summary')
  return assemble(ctx, title, [{ children: [...titleBlock(ctx, title), ...summaryBody(ctx, 1)] }])
}
