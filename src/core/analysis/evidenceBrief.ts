import type { Evidence, EvidenceSource, PolicyOption } from '../model/evidence'

/**
 * The evidence brief (note d'information stratégique) and how complete each of its sections is:
 * key messages, the problem, 2–3 policy options (each with benefits, harms, costs, equity and monitoring),
 * implementation considerations (barrier + strategy) and references chosen from the sources.
 */
export const BRIEF_SECTIONS = ['keyMessages', 'problem', 'options', 'implementation', 'references'] as const
export type BriefSection = (typeof BRIEF_SECTIONS)[number]

/** The facets every policy option must describe. */
export const OPTION_FACETS = ['benefits', 'harms', 'costs', 'equity', 'monitoring'] as const
export type OptionFacet = (typeof OPTION_FACETS)[number]

export const MIN_OPTIONS = 2
export const MAX_OPTIONS = 3

/** Something the screen should point out (`code` is an i18n key under `evidence:brief.notes.`). */
export type BriefNote =
  | { code: 'tooFewOptions'; params: { count: number; min: number } }
  | { code: 'tooManyOptions'; params: { count: number; max: number } }
  | { code: 'optionMissing'; params: { option: string; facets: OptionFacet[] } }
  | { code: 'implementationHalf'; params: { count: number } }
  | { code: 'unknownReferences'; params: { count: number } }
  | { code: 'optionSourcesNotReferenced'; params: { count: number } }

export interface SectionStatus {
  section: BriefSection
  status: 'empty' | 'partial' | 'complete'
  /** Parts filled, out of `total` (e.g. option facets filled over all facets). */
  done: number
  total: number
  notes: BriefNote[]
}

const filled = (s: string): boolean => s.trim().length > 0

const statusOf = (done: number, total: number, ok: boolean): SectionStatus['status'] =>
  done === 0 ? 'empty' : ok && done === total ? 'complete' : 'partial'

const missingFacets = (o: PolicyOption): OptionFacet[] => OPTION_FACETS.filter((f) => !filled(o[f]))

/** Completeness of every section of the brief, in brief order. */
export function briefCompleteness(evidence: Evidence): SectionStatus[] {
  const { brief, options, sources } = evidence
  const sourceIds = new Set(sources.map((s) => s.id))

  const text = (section: BriefSection, value: string): SectionStatus => {
    const done = filled(value) ? 1 : 0
    return { section, status: statusOf(done, 1, true), done, total: 1, notes: [] }
  }

  const optionNotes: BriefNote[] = []
  if (options.length < MIN_OPTIONS) optionNotes.push({ code: 'tooFewOptions', params: { count: options.length, min: MIN_OPTIONS } })
  if (options.length > MAX_OPTIONS) optionNotes.push({ code: 'tooManyOptions', params: { count: options.length, max: MAX_OPTIONS } })
  for (const o of options) {
    const facets = missingFacets(o)
    if (facets.length > 0) optionNotes.push({ code: 'optionMissing', params: { option: o.title, facets } })
  }
  const facetTotal = Math.max(options.length, MIN_OPTIONS) * OPTION_FACETS.length
  const facetDone = options.reduce((n, o) => n + OPTION_FACETS.length - missingFacets(o).length, 0)
  const countOk = options.length >= MIN_OPTIONS && options.length <= MAX_OPTIONS

  const rows = brief.implementation.filter((i) => filled(i.barrier) || filled(i.strategy))
  const halfRows = rows.filter((i) => !(filled(i.barrier) && filled(i.strategy))).length
  const implementationNotes: BriefNote[] = halfRows > 0 ? [{ code: 'implementationHalf', params: { count: halfRows } }] : []

  const known = brief.referenceIds.filter((id) => sourceIds.has(id))
  const unknown = brief.referenceIds.length - known.length
  const referenced = new Set(known)
  const optionSourcesOut = new Set(options.flatMap((o) => o.sourceIds).filter((id) => sourceIds.has(id) && !referenced.has(id))).size
  const referenceNotes: BriefNote[] = [
    ...(unknown > 0 ? [{ code: 'unknownReferences' as const, params: { count: unknown } }] : []),
    ...(optionSourcesOut > 0 ? [{ code: 'optionSourcesNotReferenced' as const, params: { count: optionSourcesOut } }] : [])
  ]

  return [
    text('keyMessages', brief.keyMessages),
    text('problem', brief.problem),
    { section: 'options', status: statusOf(facetDone, facetTotal, countOk), done: facetDone, total: facetTotal, notes: optionNotes },
    {
      section: 'implementation',
      status: rows.length === 0 ? 'empty' : halfRows === 0 ? 'complete' : 'partial',
      done: rows.length - halfRows,
      total: rows.length === 0 ? 1 : rows.length,
      notes: implementationNotes
    },
    {
      section: 'references',
      status: known.length === 0 ? 'empty' : optionSourcesOut === 0 ? 'complete' : 'partial',
      done: known.length,
      total: known.length + optionSourcesOut || 1,
      notes: referenceNotes
    }
  ]
}

/** Share of the brief's sections that are complete, 0–1. */
export function briefProgress(evidence: Evidence): number {
  const sections = briefCompleteness(evidence)
  return sections.filter((s) => s.status === 'complete').length / sections.length
}

/** The references of the brief, in the order of the sources list (unknown ids dropped). */
export function briefReferences(evidence: Evidence): EvidenceSource[] {
  const chosen = new Set(evidence.brief.referenceIds)
  return evidence.sources.filter((s) => chosen.has(s.id))
}

/** Removes a source everywhere it is cited (options and references). */
export function removeSource(evidence: Evidence, sourceId: string): Evidence {
  return {
    ...evidence,
    sources: evidence.sources.filter((s) => s.id !== sourceId),
    options: evidence.options.map((o) => (o.sourceIds.includes(sourceId) ? { ...o, sourceIds: o.sourceIds.filter((id) => id !== sourceId) } : o)),
    brief: { ...evidence.brief, referenceIds: evidence.brief.referenceIds.filter((id) => id !== sourceId) }
  }
}

/** Adds every source cited by an option to the references (keeping the existing order, then sources order). */
export function referenceOptionSources(evidence: Evidence): Evidence {
  const cited = new Set(evidence.options.flatMap((o) => o.sourceIds))
  const current = new Set(evidence.brief.referenceIds)
  const added = evidence.sources.filter((s) => cited.has(s.id) && !current.has(s.id)).map((s) => s.id)
  return added.length === 0 ? evidence : { ...evidence, brief: { ...evidence.brief, referenceIds: [...evidence.brief.referenceIds, ...added] } }
}

/** Toggles one id in a list (reference chosen / option source). */
export const toggleId = (ids: readonly string[], id: string, on: boolean): string[] =>
  on ? (ids.includes(id) ? [...ids] : [...ids, id]) : ids.filter((x) => x !== id)
