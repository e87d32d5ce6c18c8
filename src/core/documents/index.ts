import { Packer, type Document } from 'docx'
import type { Project } from '../model/project'
import { buildActionPlan } from './actionPlan'
import { buildAttendanceSheet } from './attendanceSheet'
import { buildConceptNote } from './conceptNote'
import { createContext, type BuildOptions, type DocContext } from './context'
import { buildEvaluationReport } from './evaluationReport'
import { buildEvidenceBrief } from './evidenceBrief'
import { buildFullReport } from './fullReport'
import { buildInvitations } from './invitations'
import type { DocumentKind } from './kinds'
import { buildMinutes } from './minutes'
import { buildProgramme } from './programme'
import { buildRunSheet } from './runSheet'
import { buildStakeholderAnalysis } from './stakeholderAnalysis'
import { buildSummary } from './summary'
import { buildTermsOfReference } from './termsOfReference'

export { DOCUMENT_KINDS, DOCUMENT_DIAGRAMS, diagramsFor, documentFileName, documentTitle, type DocumentKind } from './kinds'
export { DIAGRAM_KEYS, type DiagramKey } from './diagramKeys'
export { diagramSources, DIAGRAM_WIDTH_PX } from './diagramSources'
export { safeDocxName, safeFileStem } from './fileNames'
export { sanitizeText, sanitizeLine, isXmlSafe } from './sanitize'
export type { BuildOptions, DocImage, DocImages } from './context'

const BUILDERS: Record<DocumentKind, (ctx: DocContext) => Document> = {
  conceptNote: buildConceptNote,
  termsOfReference: buildTermsOfReference,
  invitations: buildInvitations,
  programme: buildProgramme,
  runSheet: buildRunSheet,
  attendanceSheet: buildAttendanceSheet,
  evidenceBrief: buildEvidenceBrief,
  stakeholderAnalysis: buildStakeholderAnalysis,
  minutes: buildMinutes,
  summary: buildSummary,
  actionPlan: buildActionPlan,
  evaluationReport: buildEvaluationReport,
  fullReport: buildFullReport
}

/** The docx `Document` of one deliverable (pure: the same project and options give the same content). */
export function createDocument(kind: DocumentKind, project: Project, options: BuildOptions): Document {
  return BUILDERS[kind](createContext(project, options))
}

/** One deliverable as the bytes of a .docx file. */
export async function buildDocument(kind: DocumentKind, project: Project, options: BuildOptions): Promise<Uint8Array> {
  return Packer.pack(createDocument(kind, project, options), 'uint8array')
}
