import { Paragraph, TableOfContents, type Document } from 'docx'
import { note, pageBreak, para, table, title, heading, type Block } from './blocks'
import type { DocContext } from './context'
import { letterhead, placeAndDates } from './cover'
import { openingParagraphs } from './conceptNote'
import { contextBlocks, designBlocks, planningBlocks } from './termsOfReference'
import { priorityBody } from './priority'
import { evidenceBriefBody } from './evidenceBrief'
import { stakeholderAnalysisBody, stakeholderTableBlocks } from './stakeholderAnalysis'
import { programmeBody } from './programme'
import { agendaFigure } from './figures'
import { minutesBody } from './minutes'
import { summaryBody } from './summary'
import { actionPlanBody } from './actionPlan'
import { evaluationBody } from './evaluationReport'
import { attendanceSheetTable } from './attendanceSheet'
import { assemble, type SectionSpec } from './frame'
import { sanitizeLine } from './sanitize'
import { organiserName, problemTitle } from './shared'
import { STYLE } from './styles'

/**
 * The full report: a cover page, a table of contents with its page numbers already written (worked out
 * when the file is packed, so Word does not ask to update fields), one chapter per stage of the method,
 * then the annexes (participant list, attendance sheet). Wide tables get landscape sections.
 */

function coverPage(ctx: DocContext): Block[] {
  const t = ctx.t
  const where = placeAndDates(ctx)
  const problem = problemTitle(ctx)
  const organiser = organiserName(ctx)
  const spacer = (n: number) => Array.from({ length: n }, () => new Paragraph({ style: STYLE.normal, bidirectional: ctx.rtl }))
  return [
    ...letterhead(ctx),
    ...spacer(5),
    title(ctx, t('documents:report.title')),
    para(ctx, sanitizeLine(ctx.project.name), { style: STYLE.subtitle }),
    ...(problem ? [para(ctx, t('documents:report.problem', { problem }), { style: STYLE.subtitle })] : []),
    ...spacer(2),
    ...(where ? [para(ctx, where, { style: STYLE.subtitle })] : []),
    ...(organiser ? [para(ctx, organiser, { style: STYLE.subtitle })] : []),
    ...spacer(4),
    para(ctx, t('documents:report.version', { date: ctx.date(ctx.today) }), { align: 'center', style: STYLE.caption })
  ]
}

function tableOfContents(ctx: DocContext): Block[] {
  return [
    pageBreak(),
    para(ctx, ctx.t('documents:report.toc'), { style: STYLE.title }),
    new TableOfContents(ctx.t('documents:report.toc'), { hyperlink: true, headingStyleRange: '1-2' })
  ]
}

const chapter = (ctx: DocContext, n: number, key: string): Block => heading(ctx, 1, ctx.t('documents:report.chapter', { n, title: ctx.t(key) }))

export function participantsAnnex(ctx: DocContext): Block[] {
  const t = ctx.t
  const people = ctx.project.participants.filter((p) => p.invitationStatus !== 'declined')
  if (people.length === 0) return [note(ctx, t('documents:empty.participants'))]
  return table(ctx, {
    columns: [
      { title: t('documents:attendance.number'), weight: 0.8 },
      { title: t('documents:attendance.name'), weight: 4 },
      { title: t('documents:attendance.function'), weight: 3.5 },
      { title: t('documents:attendance.institution'), weight: 3.5 },
      { title: t('documents:stakeholders.role'), weight: 2.4 }
    ],
    rows: people.map((p, i) => [String(i + 1), p.name, p.function, p.institution, t(`documents:roles.${p.role}`)])
  })
}

export function buildFullReport(ctx: DocContext): Document {
  const t = ctx.t
  const docTitle = t('documents:report.title')
  const sections: SectionSpec[] = [
    { children: [...coverPage(ctx), ...tableOfContents(ctx)], bareFirstPage: true },
    {
      children: [
        chapter(ctx, 1, 'documents:report.chapters.framing'),
        ...openingParagraphs(ctx),
        ...contextBlocks(ctx, 2),
        ...planningBlocks(ctx, 2),
        chapter(ctx, 2, 'documents:report.chapters.priority'),
        ...priorityBody(ctx, 2),
        chapter(ctx, 3, 'documents:report.chapters.evidence'),
        ...evidenceBriefBody(ctx, 2, { withTree: false }),
        chapter(ctx, 4, 'documents:report.chapters.stakeholders'),
        ...stakeholderAnalysisBody(ctx, 2)
      ]
    }
  ]
  const stakeholderTable = stakeholderTableBlocks(ctx, 2)
  if (stakeholderTable.length > 0) sections.push({ children: stakeholderTable, orientation: 'landscape' })
  sections.push({
    children: [
      chapter(ctx, 5, 'documents:report.chapters.design'),
      ...designBlocks(ctx, 2),
      chapter(ctx, 6, 'documents:report.chapters.agenda'),
      ...programmeBody(ctx, 2),
      ...agendaFigure(ctx, 2),
      chapter(ctx, 7, 'documents:report.chapters.minutes'),
      ...minutesBody(ctx, 2),
      chapter(ctx, 8, 'documents:report.chapters.summary'),
      ...summaryBody(ctx, 2)
    ]
  })
  sections.push({ children: [chapter(ctx, 9, 'documents:report.chapters.actions'), ...actionPlanBody(ctx, 2)], orientation: 'landscape' })
  sections.push({
    children: [
      chapter(ctx, 10, 'documents:report.chapters.evaluation'),
      ...evaluationBody(ctx, 2),
      heading(ctx, 1, t('documents:report.annexA')),
      ...participantsAnnex(ctx)
    ]
  })
  sections.push({ children: [heading(ctx, 1, t('documents:report.annexB')), ...attendanceSheetTable(ctx)], orientation: 'landscape' })
  return assemble(ctx, docTitle, sections, { tableOfContents: true })
}
