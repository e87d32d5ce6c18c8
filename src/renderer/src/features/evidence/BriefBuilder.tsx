import { memo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Evidence, EvidenceSource, ImplementationItem, PolicyOption } from '../../../../core/model/evidence'
import { OPTION_FACETS, briefCompleteness, referenceOptionSources, type BriefNote, type BriefSection, type SectionStatus } from '../../../../core/analysis/evidenceBrief'
import { newId } from '../../../../core/project/factory'
import { AddByName, Button, CheckboxGroup, EmptyState, FieldGrid, RepeatableRows, Section, TextArea, TextField } from '../../components'
import { useEvidenceActions } from './useEvidence'

function useNoteText(): (note: BriefNote) => string {
  const { t } = useTranslation('evidence')
  return (note) =>
    note.code === 'optionMissing'
      ? t('brief.notes.optionMissing', { option: note.params.option, facets: note.params.facets.map((f) => t(`brief.options.fields.${f}`)).join(', ') })
      : t(`brief.notes.${note.code}`, note.params)
}

/** The status badge of one section ("Complet", "Incomplet 3/10", "Vide"). */
function StatusBadge({ status }: { status: SectionStatus }) {
  const { t } = useTranslation('evidence')
  return (
    <span className={`badge brief-status brief-status--${status.status}`}>
      {t(`brief.status.${status.status}`)}
      {status.status === 'partial' && ` ${status.done}/${status.total}`}
    </span>
  )
}

/** One part of the brief: a heading with its status badge, its notes, then its fields. */
function BriefPart({ status, children }: { status: SectionStatus; children: ReactNode }) {
  const { t } = useTranslation('evidence')
  const noteText = useNoteText()
  return (
    <div className="brief-part" id={`brief-${status.section}`}>
      <div className="brief-part__head">
        <h3 className="brief-part__title">{t(`brief.sections.${status.section}`)}</h3>
        <StatusBadge status={status} />
      </div>
      {status.notes.length > 0 && (
        <ul className="brief-part__notes">
          {status.notes.map((n, i) => (
            <li key={i} dir="auto">
              {noteText(n)}
            </li>
          ))}
        </ul>
      )}
      {children}
    </div>
  )
}

/** Parts are redrawn only when their own data or their status changes (statuses are rebuilt on every edit). */
const sameStatus = <P extends { status: SectionStatus }>(a: P, b: P): boolean =>
  JSON.stringify(a.status) === JSON.stringify(b.status) && Object.keys(a).every((k) => k === 'status' || Object.is(a[k as keyof P], b[k as keyof P]))

/** Completeness per section, as a list with a meter. */
function Completeness({ statuses }: { statuses: SectionStatus[] }) {
  const { t } = useTranslation('evidence')
  const done = statuses.filter((s) => s.status === 'complete').length
  return (
    <div className="brief-completeness" aria-labelledby="brief-completeness-title">
      <div className="brief-completeness__head">
        <h3 className="brief-part__title" id="brief-completeness-title">
          {t('brief.completenessTitle')}
        </h3>
        <span className="meter" aria-hidden="true">
          <span className="meter__bar" style={{ inlineSize: `${(done / statuses.length) * 100}%` }} />
        </span>
        <span className="brief-completeness__count">{t('brief.progress', { done, total: statuses.length })}</span>
      </div>
      <ul className="brief-completeness__list">
        {statuses.map((s) => (
          <li key={s.section} className={`brief-completeness__item brief-completeness__item--${s.status}`}>
            <span aria-hidden="true" className="brief-completeness__mark">
              {s.status === 'complete' ? '✓' : s.status === 'partial' ? '◐' : '○'}
            </span>
            <a
              href={`#brief-${s.section}`}
              className="brief-completeness__link"
              onClick={(e) => {
                e.preventDefault()
                document.getElementById(`brief-${s.section}`)?.scrollIntoView({ block: 'start' })
              }}
            >
              {t('brief.statusLine', { section: t(`brief.sections.${s.section}`), status: t(`brief.status.${s.status}`), done: s.done, total: s.total })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

const KeyMessagesPart = memo(function KeyMessagesPart({ status, keyMessages }: { status: SectionStatus; keyMessages: string }) {
  const { t } = useTranslation('evidence')
  const { patchBrief } = useEvidenceActions()
  return (
    <BriefPart status={status}>
      <TextArea
        label={t('brief.keyMessagesLabel')}
        hint={t('brief.keyMessagesHint')}
        value={keyMessages}
        rows={5}
        onChange={(value) => patchBrief({ keyMessages: value }, 'evidence.brief.keyMessages')}
      />
    </BriefPart>
  )
}, sameStatus)

const ProblemPart = memo(function ProblemPart({ status, problem, statement }: { status: SectionStatus; problem: string; statement: string }) {
  const { t } = useTranslation('evidence')
  const { patchBrief } = useEvidenceActions()
  return (
    <BriefPart status={status}>
      <TextArea label={t('brief.problemLabel')} hint={t('brief.problemHint')} value={problem} rows={6} onChange={(value) => patchBrief({ problem: value }, 'evidence.brief.problem')} />
      {statement.trim() !== '' && problem.trim() === '' && (
        <Button size="small" className="brief-part__action" onClick={() => patchBrief({ problem: statement })}>
          {t('brief.copyStatement')}
        </Button>
      )}
    </BriefPart>
  )
}, sameStatus)

const OptionsPart = memo(function OptionsPart({ status, options, sources }: { status: SectionStatus; options: PolicyOption[]; sources: EvidenceSource[] }) {
  const { t } = useTranslation('evidence')
  const { patch } = useEvidenceActions()
  const sourceIds = sources.map((s) => s.id)
  const sourceTitle = (id: string) => sources.find((s) => s.id === id)?.title ?? id
  return (
    <BriefPart status={status}>
      <RepeatableRows<PolicyOption>
        legend={t('brief.options.legend')}
        hint={t('brief.options.hint')}
        items={options}
        onChange={(next, key) => patch({ options: next }, key && `evidence.options.${key}`)}
        itemLabel={(o, i) => o.title || t('brief.options.untitled', { index: i + 1 })}
        addLabel={t('brief.options.add')}
        emptyText={t('brief.options.empty')}
        renderAdd={(add) => (
          <AddByName
            label={t('brief.options.newTitle')}
            buttonLabel={t('brief.options.add')}
            onAdd={(title) => add({ id: newId(), title, description: '', benefits: '', harms: '', costs: '', equity: '', monitoring: '', sourceIds: [] })}
          />
        )}
        renderRow={(o, row) => (
          <>
            <TextField label={t('brief.options.fields.title')} value={o.title} required onChange={(title) => row.set({ title })} />
            <TextArea label={t('brief.options.fields.description')} value={o.description} rows={3} onChange={(description) => row.set({ description })} />
            <FieldGrid columns={2}>
              {OPTION_FACETS.map((facet) => (
                <TextArea key={facet} label={t(`brief.options.fields.${facet}`)} value={o[facet]} rows={3} onChange={(value) => row.set({ [facet]: value })} />
              ))}
            </FieldGrid>
            {sourceIds.length === 0 ? (
              <p className="field__hint">{t('brief.options.noSources')}</p>
            ) : (
              <CheckboxGroup
                legend={t('brief.options.sources')}
                options={sourceIds}
                optionLabel={sourceTitle}
                value={o.sourceIds.filter((id) => sourceIds.includes(id))}
                onChange={(ids) => row.set({ sourceIds: ids })}
              />
            )}
          </>
        )}
      />
    </BriefPart>
  )
}, sameStatus)

const ImplementationPart = memo(function ImplementationPart({ status, implementation }: { status: SectionStatus; implementation: ImplementationItem[] }) {
  const { t } = useTranslation('evidence')
  const { patchBrief } = useEvidenceActions()
  return (
    <BriefPart status={status}>
      <RepeatableRows<ImplementationItem>
        legend={t('brief.implementation.legend')}
        items={implementation}
        onChange={(next, key) => patchBrief({ implementation: next }, key && `evidence.brief.implementation.${key}`)}
        itemLabel={(item, i) => item.barrier.trim().slice(0, 60) || t('brief.implementation.untitled', { index: i + 1 })}
        createItem={() => ({ id: newId(), barrier: '', strategy: '' })}
        addLabel={t('brief.implementation.add')}
        emptyText={t('brief.implementation.empty')}
        renderRow={(item, row) => (
          <FieldGrid columns={2}>
            <TextArea label={t('brief.implementation.barrier')} value={item.barrier} rows={3} onChange={(barrier) => row.set({ barrier })} />
            <TextArea label={t('brief.implementation.strategy')} value={item.strategy} rows={3} onChange={(strategy) => row.set({ strategy })} />
          </FieldGrid>
        )}
      />
    </BriefPart>
  )
}, sameStatus)

const ReferencesPart = memo(function ReferencesPart({
  status,
  referenceIds,
  sources,
  options
}: {
  status: SectionStatus
  referenceIds: string[]
  sources: EvidenceSource[]
  options: PolicyOption[]
}) {
  const { t } = useTranslation('evidence')
  const { apply } = useEvidenceActions()
  const sourceIds = sources.map((s) => s.id)
  const chosen = referenceIds.filter((id) => sourceIds.includes(id))
  const optionSourcesOut = options.some((o) => o.sourceIds.some((id) => sourceIds.includes(id) && !referenceIds.includes(id)))
  return (
    <BriefPart status={status}>
      {sourceIds.length === 0 ? (
        <EmptyState body={t('brief.references.none')} compact />
      ) : (
        <>
          <CheckboxGroup
            legend={t('brief.references.legend')}
            hint={t('brief.references.hint')}
            options={sourceIds}
            optionLabel={(id) => sources.find((s) => s.id === id)?.title ?? id}
            value={chosen}
            onChange={(ids) =>
              apply((e) => {
                // References to deleted sources drop out; the order in which they were chosen is kept.
                const kept = e.brief.referenceIds.filter((id) => ids.includes(id))
                const added = ids.filter((id) => !kept.includes(id))
                return { ...e, brief: { ...e.brief, referenceIds: [...kept, ...added] } }
              })
            }
          />
          <p className="brief-part__count">{t('brief.references.count', { count: chosen.length })}</p>
          {optionSourcesOut && (
            <Button size="small" onClick={() => apply(referenceOptionSources)}>
              {t('brief.references.addFromOptions')}
            </Button>
          )}
        </>
      )}
    </BriefPart>
  )
}, sameStatus)

/**
 * The evidence brief builder: key messages, the problem, 2–3 policy options (benefits, harms, costs, equity,
 * monitoring, supporting sources), implementation barriers and strategies, references chosen from the sources.
 * Completeness is shown per section.
 */
export function BriefBuilder({ evidence, statement }: { evidence: Evidence; statement: string }) {
  const { t } = useTranslation('evidence')
  const { patchBrief } = useEvidenceActions()
  const statuses = briefCompleteness(evidence)
  const status = Object.fromEntries(statuses.map((s) => [s.section, s])) as Record<BriefSection, SectionStatus>
  const { brief, options, sources } = evidence

  return (
    <Section title={t('brief.title')} intro={t('brief.intro')} className="evidence-brief">
      <Completeness statuses={statuses} />
      <TextField label={t('brief.briefTitle')} value={brief.title} onChange={(title) => patchBrief({ title }, 'evidence.brief.title')} />
      <KeyMessagesPart status={status.keyMessages} keyMessages={brief.keyMessages} />
      <ProblemPart status={status.problem} problem={brief.problem} statement={statement} />
      <OptionsPart status={status.options} options={options} sources={sources} />
      <ImplementationPart status={status.implementation} implementation={brief.implementation} />
      <ReferencesPart status={status.references} referenceIds={brief.referenceIds} sources={sources} options={options} />
    </Section>
  )
}
