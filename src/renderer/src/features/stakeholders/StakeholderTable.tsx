import { Fragment, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { POSITIONS, POWERS, STRATEGIES, type Position, type Power } from '../../../../core/model/stakeholders'
import {
  duplicateNameIds,
  filterStakeholders,
  sortStakeholders,
  suggestStrategy,
  type SortKey,
  type Stance
} from '../../../../core/analysis/stakeholders'
import { AddByName, Button, DEFER_ABOVE, EmptyState, IconButton, Section, useAfterFirstPaint } from '../../components'
import { useNotices } from '../../api/errors'
import { CellSelect } from './CellSelect'
import { CopyDialog } from './CopyDialog'
import { PasteDialog } from './PasteDialog'
import { StakeholderDetails } from './StakeholderDetails'
import { isolate, useCategoryLabel } from './labels'
import { useStakeholders } from './useStakeholders'

const PAGE = 50
/** Rows drawn with the screen; the rest of the first 50 follow just after the first paint. */
const FIRST_ROWS = 15
const INTEREST = ['1', '2', '3', '4', '5'] as const
const STANCES: readonly Stance[] = ['supporter', 'nonMobilised', 'opponent']

type Sort = { key: SortKey; direction: 'asc' | 'desc' }

/** The stakeholder table: add, filter, sort, edit in place (keyboard-friendly), details, paste and copy. */
export function StakeholderTable() {
  const { t } = useTranslation('stakeholders')
  const { reportInfo } = useNotices()
  const { section, patch, add, remove } = useStakeholders()
  const categoryLabel = useCategoryLabel()
  const items = section.items
  const [query, setQuery] = useState('')
  const [categoryId, setCategoryId] = useState('')
  const [positionFilter, setPositionFilter] = useState('')
  const [power, setPower] = useState<Power | ''>('')
  const [sort, setSort] = useState<Sort>({ key: 'table', direction: 'asc' })
  const [limit, setLimit] = useState(PAGE)
  const [expanded, setExpanded] = useState<string | null>(null)
  const [dialog, setDialog] = useState<'paste' | 'copy' | null>(null)

  const duplicates = useMemo(() => duplicateNameIds(items), [items])
  const visible = useMemo(() => {
    const [kind, value] = positionFilter.split(':')
    const filtered = filterStakeholders(items, {
      query,
      categoryId: categoryId || null,
      stance: kind === 'stance' ? (value as Stance) : null,
      position: kind === 'position' ? (value as Position) : null,
      power: power || null
    })
    return sortStakeholders(filtered, sort.key, sort.direction, categoryLabel)
  }, [items, query, categoryId, positionFilter, power, sort, categoryLabel])
  const filtering = query !== '' || categoryId !== '' || positionFilter !== '' || power !== ''
  const painted = useAfterFirstPaint()
  // A long list shows its first rows with the screen and the rest of the page just after (a short one at once).
  const shownRows = visible.slice(0, painted || visible.length <= DEFER_ABOVE ? limit : Math.min(limit, FIRST_ROWS))

  const resetPaging = () => setLimit(PAGE)
  const clearFilters = () => {
    setQuery('')
    setCategoryId('')
    setPositionFilter('')
    setPower('')
    resetPaging()
  }
  const toggleSort = (key: SortKey) =>
    setSort((s) => (s.key !== key ? { key, direction: 'asc' } : s.direction === 'asc' ? { key, direction: 'desc' } : { key: 'table', direction: 'asc' }))

  const onRemove = (id: string, name: string) => {
    remove(id)
    if (expanded === id) setExpanded(null)
    reportInfo(t('table.removed', { name: isolate(name) }))
  }

  const categoryIds = section.categories.map((c) => c.id)
  const ariaSort = (key: SortKey) => (sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined)
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={ariaSort(key)}>
      <button type="button" className="sh-table__sort" onClick={() => toggleSort(key)}>
        {label}
        <span aria-hidden="true" className="sh-table__sort-mark">
          {sort.key === key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  )

  return (
    <Section
      title={t('table.title')}
      actions={
        <>
          <Button size="small" onClick={() => setDialog('paste')}>
            {t('table.paste')}
          </Button>
          <Button size="small" onClick={() => setDialog('copy')} disabled={items.length === 0}>
            {t('table.copy')}
          </Button>
        </>
      }
    >
      <AddByName
        label={t('table.newName')}
        buttonLabel={t('table.add')}
        onAdd={(name) => {
          add(name)
          clearFilters()
        }}
      />
      {items.length === 0 ? (
        <EmptyState compact body={t('table.empty')} />
      ) : (
        <>
          <div className="sh-toolbar">
            <label className="sh-toolbar__field">
              <span className="field__label">{t('table.search')}</span>
              <input
                className="input"
                type="search"
                dir={query === '' ? undefined : 'auto'}
                value={query}
                placeholder={t('table.searchHint')}
                onChange={(e) => {
                  setQuery(e.target.value)
                  resetPaging()
                }}
              />
            </label>
            <label className="sh-toolbar__field">
              <span className="field__label">{t('table.filterCategory')}</span>
              <select className="input input--select" value={categoryId} onChange={(e) => {
                  setCategoryId(e.target.value)
                  resetPaging()
                }}>
                <option value="">{t('table.allCategories')}</option>
                {categoryIds.map((id) => (
                  <option key={id} value={id}>
                    {categoryLabel(id)}
                  </option>
                ))}
              </select>
            </label>
            <label className="sh-toolbar__field">
              <span className="field__label">{t('table.filterPosition')}</span>
              <select className="input input--select" value={positionFilter} onChange={(e) => {
                  setPositionFilter(e.target.value)
                  resetPaging()
                }}>
                <option value="">{t('table.allPositions')}</option>
                <optgroup label={t('table.stanceGroup')}>
                  {STANCES.map((s) => (
                    <option key={s} value={`stance:${s}`}>
                      {t(`stances.${s}`)}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t('table.positionGroup')}>
                  {POSITIONS.map((p) => (
                    <option key={p} value={`position:${p}`}>
                      {t(`positions.${p}`)}
                    </option>
                  ))}
                </optgroup>
              </select>
            </label>
            <label className="sh-toolbar__field sh-toolbar__field--small">
              <span className="field__label">{t('table.filterPower')}</span>
              <select className="input input--select" value={power} onChange={(e) => {
                  setPower(POWERS.find((p) => p === e.target.value) ?? '')
                  resetPaging()
                }}>
                <option value="">{t('table.allPowers')}</option>
                {POWERS.map((p) => (
                  <option key={p} value={p}>
                    {t(`powers.${p}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="sh-table__count" aria-live="polite">
            {t('table.count', { shown: visible.length, total: items.length })}
            {filtering && (
              <Button variant="ghost" size="small" onClick={clearFilters}>
                {t('table.clearFilters')}
              </Button>
            )}
          </p>
          {visible.length === 0 ? (
            <EmptyState compact body={t('table.noMatch')} />
          ) : (
            <div className="sh-table__scroll">
              <table className="sh-table">
                <caption className="visually-hidden">{t('table.caption')}</caption>
                <colgroup>
                  <col className="sh-col--name" />
                  <col className="sh-col--position" />
                  <col className="sh-col--power" />
                  <col className="sh-col--interest" />
                  <col className="sh-col--strategy" />
                  <col className="sh-col--actions" />
                </colgroup>
                <thead>
                  <tr>
                    {header('name', t('fields.name'))}
                    {header('position', t('fields.position'))}
                    {header('power', t('fields.power'))}
                    {header('interest', t('fields.interest'))}
                    <th scope="col">{t('fields.strategy')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('table.details')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shownRows.map((s) => {
                    const suggestion = suggestStrategy(s)
                    const cell = (field: string) => t('table.cell', { field: t(`fields.${field}`), name: s.name })
                    const open = expanded === s.id
                    return (
                      <Fragment key={s.id}>
                        <tr className={open ? 'sh-table__row sh-table__row--open' : 'sh-table__row'}>
                          <td className="sh-table__name">
                            <span className="sh-table__title" dir="auto">
                              {s.name}
                            </span>
                            {duplicates.has(s.id) && (
                              <span className="badge badge--warn" title={t('table.duplicateHint')}>
                                {t('table.duplicate')}
                              </span>
                            )}
                            <span className="sh-table__sub" dir="auto">
                              {[s.abbreviation.trim(), categoryLabel(s.categoryId)].filter(Boolean).join(' · ')}
                            </span>
                          </td>
                          <td>
                            <CellSelect
                              label={cell('position')}
                              value={s.position}
                              options={POSITIONS}
                              optionLabel={(p) => t(`positions.${p}`)}
                              onChange={(position) => patch(s.id, { position })}
                              className={s.position ? `cell-select--${s.position}` : undefined}
                            />
                          </td>
                          <td>
                            <CellSelect label={cell('power')} value={s.power} options={POWERS} optionLabel={(p) => t(`powers.${p}`)} onChange={(power) => patch(s.id, { power })} />
                          </td>
                          <td>
                            <CellSelect
                              label={cell('interest')}
                              value={s.interest === null ? null : (String(s.interest) as (typeof INTEREST)[number])}
                              options={INTEREST}
                              optionLabel={(v) => v}
                              onChange={(v) => patch(s.id, { interest: v === null ? null : Number(v) })}
                            />
                          </td>
                          <td>
                            <CellSelect label={cell('strategy')} value={s.strategy} options={STRATEGIES} optionLabel={(v) => t(`strategies.${v}`)} onChange={(strategy) => patch(s.id, { strategy })} />
                            {suggestion && s.strategy === null && (
                              <span className="sh-table__hint">{t('table.suggested', { strategy: t(`strategies.${suggestion}`) })}</span>
                            )}
                          </td>
                          <td className="sh-table__actions">
                            <IconButton icon={open ? '▴' : '✎'} label={t('table.detailsOf', { name: s.name })} aria-expanded={open} onClick={() => setExpanded(open ? null : s.id)} />
                            <IconButton icon="×" label={t('table.remove', { name: s.name })} className="btn--danger-ghost" onClick={() => onRemove(s.id, s.name)} />
                          </td>
                        </tr>
                        {open && (
                          <tr className="sh-table__details-row">
                            <td colSpan={6}>
                              <StakeholderDetails item={s} onClose={() => setExpanded(null)} />
                            </td>
                          </tr>
                        )}
                      </Fragment>
                    )
                  })}
                </tbody>
              </table>
            </div>
          )}
          {visible.length > limit && (
            <Button onClick={() => setLimit((l) => l + PAGE)}>{t('table.showMore', { count: Math.min(PAGE, visible.length - limit) })}</Button>
          )}
          <p className="field__hint sh-table__keys">{t('table.keyboardHint')}</p>
        </>
      )}
      {dialog === 'paste' && <PasteDialog onClose={() => setDialog(null)} />}
      {dialog === 'copy' && <CopyDialog onClose={() => setDialog(null)} />}
    </Section>
  )
}

