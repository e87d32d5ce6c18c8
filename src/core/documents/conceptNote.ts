import type { Document } from 'docx'
import { bullets, heading, note, numbered, para, prose, type Block } from './blocks'
import type { DocContext } from './context'
import { titleBlock } from './cover'
import { assemble } from './frame'
import { sanitizeLine } from './sanitize'
import { dialogueFacts, organiserName, personLine, policyProcessName, problemTitle, ruleSentences, whenAndWhere } from './shared'

/**
 * Concept note (note conceptuelle) — written like the ministry's "note de présentation" (Marrakech,
 * December 2015): an opening sentence saying who organises what, when and where; the context; the
 * problem; the objectives; the themes on the programme, numbered; who takes part; practical details.
 */

/** "La Direction régionale … organise, les 6 et 7 juillet 2017 à Rabat, un dialogue politique …". */
export function openingParagraphs(ctx: DocContext): Block[] {
  const t = ctx.t
  const organiser = organiserName(ctx)
  const details = whenAndWhere(ctx, ctx.project.design.city)
  const process = policyProcessName(ctx)
  const problem = problemTitle(ctx)
  const sentences = [
    process ? t('documents:conceptNote.withinProcess', { process }) : '',
    organiser ? t('documents:conceptNote.organises', { organiser, details }) : t('documents:conceptNote.organised', { details }),
    problem ? t('documents:conceptNote.onProblem', { problem }) : ''
  ].filter(Boolean)
  return [para(ctx, sentences.join(' '))]
}

/** The themes on the programme: the substantive agenda blocks (not breaks or meals), numbered. */
export function programmeThemes(ctx: DocContext): string[] {
  return ctx.project.agenda.days
    .flatMap((d) => d.blocks)
    .filter((b) => b.type !== 'break' && b.type !== 'meal')
    .map((b) => sanitizeLine(b.title) || ctx.t(`documents:blockTypes.${b.type}`))
}

export function participantsParagraphs(ctx: DocContext): Block[] {
  const t = ctx.t
  const d = ctx.project.design
  const out: Block[] = [para(ctx, t(`documents:conceptNote.participants.${d.openness}`, { min: d.targetSizeMin, max: d.targetSizeMax }))]
  const people = ctx.project.participants.filter((p) => p.invitationStatus !== 'declined')
  if (people.length > 0) {
    const count = (role: string) => people.filter((p) => p.role === role).length
    out.push(
      para(
        ctx,
        t('documents:conceptNote.participants.composition', {
          total: people.length,
          policymakers: count('policymaker'),
          stakeholders: count('stakeholder'),
          researchers: count('researcher')
        })
      )
    )
  }
  return out
}

export function governance(ctx: DocContext, h: number): Block[] {
  const f = ctx.project.framing
  const out: Block[] = []
  if (f.steeringCommittee.length > 0) {
    out.push(heading(ctx, h + 1, ctx.t('documents:conceptNote.steeringCommittee')), ...bullets(ctx, f.steeringCommittee.map(personLine)))
  }
  if (f.organisingTeam.length > 0) {
    out.push(heading(ctx, h + 1, ctx.t('documents:conceptNote.organisingTeam')), ...bullets(ctx, f.organisingTeam.map(personLine)))
  }
  return out.length > 0 ? out : [note(ctx, ctx.t('documents:empty.governance'))]
}

export function conceptNoteBody(ctx: DocContext, h: number): Block[] {
  const t = ctx.t
  const p = ctx.project
  const themes = programmeThemes(ctx)
  const rules = ruleSentences(ctx)
  return [
    ...openingParagraphs(ctx),
    heading(ctx, h, t('documents:conceptNote.context')),
    ...prose(ctx, p.framing.context, t('documents:empty.context')),
    heading(ctx, h, t('documents:conceptNote.problem')),
    ...prose(ctx, p.priority.statement, t('documents:empty.problem')),
    ...(sanitizeLine(p.priority.affectedGroups) ? [para(ctx, t('documents:conceptNote.affectedGroups', { groups: sanitizeLine(p.priority.affectedGroups) }))] : []),
    heading(ctx, h, t('documents:conceptNote.objectives')),
    ...prose(ctx, p.design.objectives, t('documents:empty.objectives')),
    ...(p.design.expectedResults.trim()
      ? [heading(ctx, h, t('documents:conceptNote.expectedResults')), ...prose(ctx, p.design.expectedResults)]
      : []),
    heading(ctx, h, t('documents:conceptNote.themes')),
    ...(themes.length > 0 ? [para(ctx, t('documents:conceptNote.themesIntro')), ...numbered(ctx, themes)] : [note(ctx, t('documents:empty.agenda'))]),
    heading(ctx, h, t('documents:conceptNote.participantsTitle')),
    ...participantsParagraphs(ctx),
    ...(rules.length > 0 ? [heading(ctx, h, t('documents:conceptNote.rules')), ...rules.map((r) => para(ctx, r))] : []),
    heading(ctx, h, t('documents:conceptNote.practical')),
    ...dialogueFacts(ctx, { rules: false }),
    heading(ctx, h, t('documents:conceptNote.governance')),
    ...governance(ctx, h)
  ]
}

export function buildConceptNote(ctx: DocContext): Document {
  const title = ctx.t('documents:kinds.conceptNote')
  return assemble(ctx, title, [{ children: [...titleBlock(ctx, title), ...conceptNoteBody(ctx, 1)] }])
}
