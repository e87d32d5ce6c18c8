import type { Lang } from '../model/common'
import { createI18n } from '../i18n/create'
import type { DiagramKey } from './diagramKeys'
import { safeFileStem } from './fileNames'

/**
 * The Word deliverables of a dialogue, in the order of the method, with the diagrams each one embeds.
 * This module has no docx dependency: the renderer imports it to list the documents and decide which
 * diagrams to render before asking main to export.
 */
export const DOCUMENT_KINDS = [
  'conceptNote',
  'termsOfReference',
  'invitations',
  'programme',
  'runSheet',
  'attendanceSheet',
  'evidenceBrief',
  'stakeholderAnalysis',
  'minutes',
  'summary',
  'actionPlan',
  'evaluationReport',
  'fullReport'
] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export const DOCUMENT_DIAGRAMS: Record<DocumentKind, readonly DiagramKey[]> = {
  conceptNote: [],
  termsOfReference: [],
  invitations: [],
  programme: [],
  runSheet: ['agendaGantt'],
  attendanceSheet: [],
  evidenceBrief: ['problemTree'],
  stakeholderAnalysis: ['stakeholderGrid'],
  minutes: [],
  summary: [],
  actionPlan: ['actionGantt'],
  evaluationReport: ['evaluationChart'],
  fullReport: ['problemTree', 'stakeholderGrid', 'agendaGantt', 'actionGantt', 'evaluationChart']
}

/** The diagrams a set of documents needs (each once). */
export function diagramsFor(kinds: readonly DocumentKind[]): DiagramKey[] {
  return [...new Set(kinds.flatMap((k) => DOCUMENT_DIAGRAMS[k]))]
}

/** The document's title in a language ("Note conceptuelle", "مذكرة مفاهيمية", "Concept note"). */
export function documentTitle(kind: DocumentKind, lang: Lang): string {
  return createI18n(lang).getFixedT(lang)(`documents:kinds.${kind}`)
}

/** "Note conceptuelle - Atelier Rabat 2017.docx": translated title and project name, made safe as a file name. */
export function documentFileName(kind: DocumentKind, lang: Lang, projectName: string): string {
  return `${safeFileStem(`${documentTitle(kind, lang)} - ${projectName}`)}.docx`
}
