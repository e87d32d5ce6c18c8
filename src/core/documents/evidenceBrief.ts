import type { Document } from 'docx'
import { briefReferences } from '../analysis/evidenceBrief'
import type { EvidenceSource, PolicyOption } from '../model/evidence'
import { bullets, factsTable, heading, linesOf, note, numbered, para, prose, table, type Block, type Cell } from './blocks'
import type { DocContext } from './context'
import { titleBlock } from './cover'
import { problemTreeFigure } from './figures'
import { assemble } from './frame'
import { sanitizeLine } from './sanitize'
import { problemTitle } from './shared'

/**
 * Evidence brief (note d'information stratégique): key messages, the problem, the policy options (each
 * with benefits, harms, costs, equity and monitoring), implementation considerations, references.
 */

/** The references listed at the end: those chosen for the brief, else every source recorded. */
export function referenceList(ctx: DocContext): { sources: EvidenceSource[]; chosen: boolean } {
  const chosen = briefReferences(ctx.project.evidence)
  return chosen.length > 0 ? { sources: chosen, chosen: true } : { sources: ctx.project.evidence.sources, chosen: false }
}

/** "Authors (year). Title. Key finding." — one reference line. */
export function referenceLine(ctx: DocContext, s: EvidenceSource): string {
  const head = [sanitizeLine(s.authors), s.year !== null ? `(${s.year})` : ''].filter(Boolean).join(' ')
  const parts = [head, sanitizeLine(s.title), `${ctx.t(`documents:evidenceTypes.${s.type}`)}, ${ctx.t(`documents:evidenceScopes.${s.scope}`)}`, sanitizeLine(s.link)]
  return parts.filter(Boolean).join('. ')
}

function optionBlocks(ctx: DocContext, option: PolicyOption, index: number, h: number, refs: EvidenceSource[]): Block[] {
  const t = ctx.t
  const cited = option.sourceIds.map((id) => refs.findIndex((r) => r.id === id)).filter((i) => i >= 0).map((i) => `[${i + 1}]`)
  const facts: [string, Cell][] = [
    [t('documents:brief.benefits'), option.benefits],
    [t('documents:brief.harms'), option.harms],
    [t('documents:brief.costs'), option.costs],
    [t('documents:brief.equity'), option.equity],
    [t('documents:brief.monitoring'), option.monitoring],
    [t('documents:brief.sources'), cited.join(', ')]
  ]
  return [
    heading(ctx, h + 1, t('documents:brief.optionTitle', { n: index + 1, title: sanitizeLine(option.title) })),
    ...prose(ctx, option.description),
    ...factsTable(ctx, facts)
  ]
}

/** `withTree: false` in the full report, whose priority chapter already shows the problem tree. */
export function evidenceBriefBody(ctx: DocContext, h: number, options: { withTree?: boolean } = {}): Block[] {
  const t = ctx.t
  const e = ctx.project.evidence
  const messages = linesOf(e.brief.keyMessages)
  const problemText = e.brief.problem.trim() ? e.brief.problem : ctx.project.priority.statement
  const refs = referenceList(ctx)
  const out: Block[] = [
    heading(ctx, h, t('documents:brief.keyMessages')),
    ...(messages.length > 0 ? bullets(ctx, messages) : [note(ctx, t('documents:empty.keyMessages'))]),
    heading(ctx, h, t('documents:brief.problem')),
    ...prose(ctx, problemText, t('documents:empty.problem')),
    ...(options.withTree === false ? [] : problemTreeFigure(ctx, h)),
    heading(ctx, h, t('documents:brief.options')),
    ...(e.options.length > 0
      ? [para(ctx, t('documents:brief.optionsIntro', { count: e.options.length })), ...e.options.flatMap((o, i) => optionBlocks(ctx, o, i, h, refs.sources))]
      : [note(ctx, t('documents:empty.options'))]),
    heading(ctx, h, t('documents:brief.implementation')),
    ...(e.brief.implementation.length > 0
      ? table(ctx, {
          columns: [
            { title: t('documents:brief.barrier'), weight: 1 },
            { title: t('documents:brief.strategy'), weight: 1 }
          ],
          rows: e.brief.implementation.map((i) => [i.barrier, i.strategy])
        })
      : [note(ctx, t('documents:empty.implementation'))]),
    heading(ctx, h, t(refs.chosen ? 'documents:brief.references' : 'documents:brief.sourcesConsulted')),
    ...(refs.sources.length > 0 ? numbered(ctx, refs.sources.map((s) => referenceLine(ctx, s))) : [note(ctx, t('documents:empty.references'))])
  ]
  return out
}

export function buildEvidenceBrief(ctx: DocContext): Document {
  const kind = ctx.t('documents:kinds.evidenceBrief')
  const briefTitle = sanitizeLine(ctx.project.evidence.brief.title) || problemTitle(ctx)
  const extra = briefTitle ? [para(ctx, briefTitle, { style: 'Subtitle' })] : []
  return assemble(ctx, kind, [{ children: [...titleBlock(ctx, kind, extra), ...evidenceBriefBody(ctx, 1)] }])
}
