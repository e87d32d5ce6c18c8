import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EVIDENCE_TYPES, type EvidenceSource } from '../../../../core/model/evidence'
import { removeSource } from '../../../../core/analysis/evidenceBrief'
import { newId } from '../../../../core/project/factory'
import { AddByName, DEFER_ABOVE, FieldGrid, Later, NumberField, RepeatableRows, Section, SelectField, TextArea, TextField } from '../../components'
import { useEvidenceActions } from './useEvidence'

const SCOPES = ['local', 'global'] as const
const FILTERS = ['all', 'local', 'global'] as const
type Filter = (typeof FILTERS)[number]

/** A compact table of the sources shown; a title moves the focus to its row's fields below. */
function SourcesOverview({ sources }: { sources: EvidenceSource[] }) {
  const { t } = useTranslation('evidence')
  const focusRow = (id: string) => {
    const row = [...document.querySelectorAll<HTMLElement>('.evidence-sources [data-row-id]')].find((el) => el.dataset.rowId === id)
    row?.scrollIntoView({ block: 'center' })
    row?.querySelector<HTMLInputElement>('input')?.focus()
  }
  return (
    <div className="matrix-scroll sources-overview">
      <table className="sources-table">
        <caption className="visually-hidden">{t('sources.overview')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sources.fields.title')}</th>
            <th scope="col">{t('sources.fields.authors')}</th>
            <th scope="col">{t('sources.fields.year')}</th>
            <th scope="col">{t('sources.fields.type')}</th>
            <th scope="col">{t('sources.fields.scope')}</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <button type="button" className="sources-table__title" dir="auto" onClick={() => focusRow(s.id)}>
                  {s.title}
                </button>
              </th>
              <td dir="auto">{s.authors}</td>
              <td className="sources-table__year">{s.year ?? '—'}</td>
              <td>{t(`types.${s.type}`)}</td>
              <td>
                <span className={`badge sources-table__scope sources-table__scope--${s.scope}`}>{t(`scopes.${s.scope}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/**
 * Evidence sources (title, authors, year, type, local/global, key finding, link kept as text — never a
 * hyperlink, never fetched). Removing a source removes it from the options and the references.
 */
export const SourcesSection = memo(function SourcesSection({ sources }: { sources: EvidenceSource[] }) {
  const { t } = useTranslation('evidence')
  const { apply } = useEvidenceActions()
  const [filter, setFilter] = useState<Filter>('all')
  const local = sources.filter((s) => s.scope === 'local').length
  const shown = filter === 'all' ? sources : sources.filter((s) => s.scope === filter)
  const hidden = sources.length - shown.length

  const onChange = (next: EvidenceSource[], key?: string) =>
    apply((e) => {
      // `next` holds the shown rows only: merge them back among the hidden ones, in the new order.
      const shownIds = new Set(shown.map((s) => s.id))
      const gone = shown.filter((s) => !next.some((n) => n.id === s.id)).map((s) => s.id)
      const cleaned = gone.reduce(removeSource, e)
      const queue = [...next]
      const merged: EvidenceSource[] = []
      for (const s of cleaned.sources) {
        if (!shownIds.has(s.id)) merged.push(s)
        else if (queue.length > 0) merged.push(queue.shift() as EvidenceSource)
      }
      merged.push(...queue)
      return { ...cleaned, sources: merged }
    }, key && `evidence.sources.${key}`)

  return (
    <Section title={t('sources.title')} intro={t('sources.intro')} className="evidence-sources">
      <div className="sources__summary">
        <p>{t('sources.summary', { count: sources.length, local, global: sources.length - local })}</p>
        {sources.length > 0 && local === 0 && (
          <p className="evidence__warning" role="status">
            {t('sources.noLocal')}
          </p>
        )}
        <div className="sources__filter">
          <SelectField<Filter>
            label={t('sources.filter')}
            value={filter}
            options={FILTERS}
            allowNone={false}
            optionLabel={(f) => t(f === 'all' ? 'sources.filterAll' : f === 'local' ? 'sources.filterLocal' : 'sources.filterGlobal')}
            onChange={(f) => setFilter(f ?? 'all')}
          />
        </div>
      </div>
      {sources.length > 0 && <SourcesOverview sources={shown} />}
      {/* The editable rows (eight fields per source) come just after the overview has been painted. */}
      <Later now={shown.length <= DEFER_ABOVE / 2}>
        <RepeatableRows<EvidenceSource>
          legend={t('sources.legend')}
          items={shown}
          onChange={onChange}
          itemLabel={(s, i) => s.title || t('sources.untitled', { index: i + 1 })}
          addLabel={t('sources.add')}
          emptyText={t('sources.empty')}
          renderAdd={(add) => (
            <AddByName
              label={t('sources.newTitle')}
              buttonLabel={t('sources.add')}
              onAdd={(title) =>
                add({ id: newId(), title, authors: '', year: null, type: 'report', scope: filter === 'local' ? 'local' : 'global', keyFinding: '', link: '' })
              }
            />
          )}
          renderRow={(s, row) => (
            <>
              <TextField label={t('sources.fields.title')} value={s.title} required onChange={(title) => row.set({ title })} />
              <FieldGrid columns={2}>
                <TextField label={t('sources.fields.authors')} value={s.authors} onChange={(authors) => row.set({ authors })} />
                <TextField label={t('sources.fields.link')} value={s.link} dir="ltr" onChange={(link) => row.set({ link })} />
              </FieldGrid>
              <FieldGrid columns={3}>
                <NumberField
                  label={t('sources.fields.year')}
                  value={s.year}
                  integer
                  min={1900}
                  max={2100}
                  invalidMessage={t('sources.yearInvalid')}
                  onChange={(year) => {
                    if (year === null || (Number.isInteger(year) && year >= 1900 && year <= 2100)) row.set({ year })
                  }}
                />
                <SelectField
                  label={t('sources.fields.type')}
                  value={s.type}
                  options={EVIDENCE_TYPES}
                  allowNone={false}
                  optionLabel={(k) => t(`types.${k}`)}
                  onChange={(type) => type && row.set({ type })}
                />
                <SelectField
                  label={t('sources.fields.scope')}
                  value={s.scope}
                  options={SCOPES}
                  allowNone={false}
                  optionLabel={(k) => t(`scopes.${k}`)}
                  onChange={(scope) => scope && row.set({ scope })}
                />
              </FieldGrid>
              <TextArea label={t('sources.fields.keyFinding')} value={s.keyFinding} rows={3} onChange={(keyFinding) => row.set({ keyFinding })} />
            </>
          )}
        />
      </Later>
      {hidden > 0 && <p className="sources__hidden">{t('sources.hidden', { count: hidden })}</p>}
    </Section>
  )
})
