import { Fragment, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ACTION_STATUSES, type ActionItem, type ActionStatus } from '../../../../core/model/actions'
import { createAction, moveAction, removeAction } from '../../../../core/actions/items'
import { filterActions, isFiltering, NO_FILTER, type ActionFilter } from '../../../../core/actions/filter'
import { ownersInPlan, resolveOwner, resolveLink } from '../../../../core/actions/owners'
import { actionPlanSummary } from '../../../../core/actions/summary'
import { actionIssues } from '../../../../core/actions/validate'
import { pendingRaisedActions, raiseAction } from '../../../../core/minutes/raiseAction'
import { actionGantt, ganttTasks } from '../../../../core/diagrams/actionGantt'
import { listTimedBlocks } from '../../../../core/agenda'
import { formatDate, formatNumber } from '../../../../core/i18n/languages'
import { newId } from '../../../../core/project/factory'
import { AddByName, Button, CheckboxField, ConfirmDialog, EmptyState, DEFER_ABOVE, IconButton, Later, Pager, ScreenHeader, Section, useAfterFirstPaint, usePaged, useShowRow } from '../../components'
import { Diagram } from '../../diagrams'
import { useNotices } from '../../api/errors'
import { useLang } from '../../i18n/language'
import { useProject } from '../../project/ProjectContext'
import { useApply } from '../minutes/useApply'
import { isolate } from '../minutes/isolate'
import { ActionEditor } from './ActionEditor'
import { FollowUps } from './FollowUps'
import { StatusText } from './StatusText'
import { useToday } from './useToday'
import './actions.css'

/** Rows laid out with a switch to this stage in a long plan (about a screenful); the rest of the page follows. */
const FIRST_ROWS = 15

function PendingRaised() {
  const { t } = useTranslation('actions')
  const { project } = useProject()
  const { reportInfo } = useNotices()
  const apply = useApply()
  const pending = pendingRaisedActions(project)
  if (pending.length === 0) return null
  const blockTitle = (id: string | null) => listTimedBlocks(project.agenda).find((b) => b.block.id === id)?.block.title
  return (
    <Section title={t('pending.title')} className="pending-raised">
      <ul className="pending-raised__list">
        {pending.map((e) => {
          const block = blockTitle(e.blockId)
          return (
            <li key={e.id} className="pending-raised__item">
              <span className="pending-raised__text" dir="auto">
                {e.text}
              </span>
              {block && (
                <span className="pending-raised__block">
                  {t('pending.from', { block: isolate(block) })}
                </span>
              )}
              <Button
                size="small"
                variant="primary"
                onClick={() => {
                  let title = ''
                  const error = apply((p) => {
                    const r = raiseAction(p, e.id, newId)
                    if (!r.ok) return r
                    title = r.value.action.title
                    return { ok: true, value: r.value.project }
                  })
                  if (!error) reportInfo(t('pending.added', { title: isolate(title) }))
                }}
              >
                {t('pending.add')}
              </Button>
            </li>
          )
        })}
      </ul>
    </Section>
  )
}

function Filters({ filter, onChange, items }: { filter: ActionFilter; onChange: (f: ActionFilter) => void; items: readonly ActionItem[] }) {
  const { t } = useTranslation('actions')
  const { project } = useProject()
  // Computed again only when the plan changes (not for each filter change nor in each switch's render).
  const owners = useMemo(() => ownersInPlan(items, project), [items, project])
  return (
    <div className="action-filters" role="group" aria-label={t('filters.label')}>
      <div className="field">
        <label className="field__label" htmlFor="filter-owner">
          {t('filters.owner')}
        </label>
        <select id="filter-owner" className="input input--select" value={filter.owner ?? ''} onChange={(e) => onChange({ ...filter, owner: e.target.value || null })}>
          <option value="">{t('filters.allOwners')}</option>
          {owners.map((o) => (
            <option key={o.key} value={o.key}>
              {o.state === 'none' ? t('filters.noOwner') : o.state === 'deleted' ? t('fields.ownerDeleted', { name: isolate(o.name) }) : o.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="filter-status">
          {t('filters.status')}
        </label>
        <select id="filter-status" className="input input--select" value={filter.status ?? ''} onChange={(e) => onChange({ ...filter, status: (e.target.value || null) as ActionStatus | null })}>
          <option value="">{t('filters.allStatuses')}</option>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <CheckboxField label={t('filters.overdue')} checked={filter.overdueOnly} onChange={(overdueOnly) => onChange({ ...filter, overdueOnly })} className="checkbox--aligned" />
      {isFiltering(filter) && (
        <Button size="small" variant="ghost" onClick={() => onChange(NO_FILTER)}>
          {t('filters.clear')}
        </Button>
      )}
    </div>
  )
}

/** The action gantt: its source is built here, inside the part drawn after the first paint (not in the switch). */
function GanttSection({ today }: { today: string }) {
  const { t } = useTranslation('actions')
  const { project } = useProject()
  const gantt = useMemo(() => {
    const ganttLabels = {
      title: t('gantt.title'),
      otherSection: t('gantt.otherSection'),
      untitled: t('gantt.untitled'),
      group: (label: string, count: number) => t('gantt.group', { label, count })
    }
    return ganttTasks(project, ganttLabels, today).length > 0 ? actionGantt(project, ganttLabels, today) : ''
  }, [project, today, t])
  return (
    <Section title={t('gantt.title')}>
      {gantt !== '' ? (
        <>
          <Diagram source={gantt} label={t('gantt.label')} className="action-gantt" />
          <p className="action-gantt__legend">{t('gantt.legend')}</p>
        </>
      ) : (
        <EmptyState compact body={t('gantt.empty')} />
      )}
    </Section>
  )
}

/** Stage 7 — action plan (plan d'action / feuille de route). */
export default function ActionsScreen() {
  const { t } = useTranslation('actions')
  const { t: tu } = useTranslation('ui')
  const lang = useLang()
  const today = useToday()
  const { project } = useProject()
  const apply = useApply()
  const [filter, setFilter] = useState<ActionFilter>(NO_FILTER)
  const [open, setOpen] = useState<string | null>(null)
  const [removing, setRemoving] = useState<ActionItem | null>(null)
  const items = project.actions.items
  const currency = project.actions.currency
  const shown = useMemo(() => filterActions(items, filter, today), [items, filter, today])
  const summary = useMemo(() => actionPlanSummary(items, today), [items, today])
  // 500 actions are 10 pages of 50 rows: a visit lays out one page. Filters search every action; a new
  // filter goes back to page 1; the action just added or opened is shown on its page.
  const paged = usePaged(shown, filter)
  useShowRow(open === null ? -1 : shown.findIndex((i) => i.id === open), paged.page, paged.setPage)
  const numbers = useMemo(() => new Map(items.map((item, i) => [item.id, i + 1])), [items])
  // A long plan lays out its first rows with the switch, the rest of the page just after the first paint.
  const painted = useAfterFirstPaint()
  const rows = painted || items.length <= DEFER_ABOVE ? paged.rows : paged.rows.slice(0, FIRST_ROWS)
  const money = (n: number) => `${formatNumber(n, lang, { maximumFractionDigits: 2 })} ${currency}`

  return (
    <div className="stage-screen actions-screen">
      <ScreenHeader title={t('title')} intro={t('intro')} actions={<span className="actions-as-of">{t('asOf', { date: formatDate(today, lang) })}</span>} />

      {items.length > 0 && (
        <p className="actions-summary" aria-label={t('summary.label')}>
          <strong>{t('summary.total', { count: summary.total })}</strong>
          {ACTION_STATUSES.filter((s) => summary.byStatus[s] > 0).map((s) => (
            <span key={s} className={`actions-summary__item action-status--${s}`}>
              {t('summary.byStatus', { status: t(`statuses.${s}`), count: summary.byStatus[s] })}
            </span>
          ))}
          <span className="actions-summary__item">{summary.budgetTotal > 0 ? t('summary.budget', { amount: money(summary.budgetTotal) }) : t('summary.noBudget')}</span>
        </p>
      )}

      <PendingRaised />

      <Section title={t('table.caption')}>
        <AddByName
          label={t('add.label')}
          buttonLabel={t('add.button')}
          onAdd={(title) => {
            let createdId = ''
            apply((p) => {
              const r = createAction(p.actions, title, newId)
              if (!r.ok) return r
              createdId = r.value.item.id
              return { ok: true, value: { ...p, actions: r.value.actions } }
            })
            if (createdId) setOpen(createdId)
          }}
        />
        {items.length === 0 ? (
          <EmptyState compact body={t('add.empty')} />
        ) : (
          <>
            <Filters filter={filter} onChange={setFilter} items={items} />
            {isFiltering(filter) && <p className="action-filters__count">{t('filters.showing', { shown: shown.length, total: items.length })}</p>}
            {shown.length === 0 ? (
              <EmptyState compact body={t('filters.noMatch')} />
            ) : (
              <>
                <Pager page={paged.page} pageCount={paged.pageCount} total={shown.length} onPage={paged.setPage} label={t('table.pages')} className="action-pager" />
                <div className="action-table__scroll">
                  <table className="action-table">
                    <caption className="visually-hidden">{t('table.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('table.number')}</th>
                        <th scope="col">{t('table.action')}</th>
                        <th scope="col">{t('table.owner')}</th>
                        <th scope="col">{t('table.due')}</th>
                        <th scope="col">{t('table.status')}</th>
                        <th scope="col" className="action-table__num">
                          {t('table.budget')}
                        </th>
                        <th scope="col">
                          <span className="visually-hidden">{t('table.edit')}</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((item) => {
                        const n = numbers.get(item.id) ?? 0
                        const owner = resolveOwner(item.owner, project)
                        const link = resolveLink(item.linkedTo, project)
                        const issues = actionIssues(item, project)
                        const isOpen = open === item.id
                        return (
                          <Fragment key={item.id}>
                            <tr className={isOpen ? 'action-table__row action-table__row--open' : 'action-table__row'}>
                              <td className="action-table__n">{n}</td>
                              <th scope="row" className="action-table__title">
                                <span dir="auto">{item.title}</span>
                                {link.state === 'linked' && (
                                  <span className="action-table__link" dir="auto">
                                    {link.label}
                                  </span>
                                )}
                                {issues.length > 0 && (
                                  <span className={`action-table__issues action-table__issues--${issues.some((i) => i.severity === 'error') ? 'error' : 'warning'}`}>
                                    {t('table.issueCount', { count: issues.length })}
                                  </span>
                                )}
                              </th>
                              <td dir="auto">
                                {owner.state === 'deleted' ? (
                                  <span className="action-table__owner--deleted">{t('fields.ownerDeleted', { name: isolate(owner.name) })}</span>
                                ) : (
                                  owner.name || '—'
                                )}
                              </td>
                              <td className="action-table__date">{item.dueDate ? formatDate(item.dueDate, lang, 'short') : '—'}</td>
                              <td>
                                <StatusText item={item} today={today} />
                              </td>
                              <td className="action-table__num">{item.budget !== null ? formatNumber(item.budget, lang) : '—'}</td>
                              <td className="action-table__buttons">
                                <Button size="small" aria-expanded={isOpen} aria-label={t('table.editLabel', { n })} onClick={() => setOpen(isOpen ? null : item.id)}>
                                  {isOpen ? t('table.close') : t('table.edit')}
                                </Button>
                              </td>
                            </tr>
                            {isOpen && (
                              <tr className="action-table__editor-row">
                                <td colSpan={7}>
                                  <ActionEditor item={item} number={n} today={today} />
                                  <div className="action-editor__footer">
                                    <IconButton
                                      label={t('table.moveUp')}
                                      icon="↑"
                                      disabled={n === 1}
                                      onClick={() => apply((p) => ({ ok: true, value: { ...p, actions: moveAction(p.actions, item.id, -1) } }))}
                                    />
                                    <IconButton
                                      label={t('table.moveDown')}
                                      icon="↓"
                                      disabled={n === items.length}
                                      onClick={() => apply((p) => ({ ok: true, value: { ...p, actions: moveAction(p.actions, item.id, 1) } }))}
                                    />
                                    <Button size="small" variant="danger" onClick={() => setRemoving(item)}>
                                      {t('table.remove')}
                                    </Button>
                                    <Button size="small" onClick={() => setOpen(null)}>
                                      {t('table.close')}
                                    </Button>
                                  </div>
                                </td>
                              </tr>
                            )}
                          </Fragment>
                        )
                      })}
                    </tbody>
                  </table>
                </div>
                <Pager
                  page={paged.page}
                  pageCount={paged.pageCount}
                  total={shown.length}
                  onPage={paged.setPage}
                  label={tu('pager.bottom', { label: t('table.pages') })}
                  className="action-pager action-pager--bottom"
                />
              </>
            )}
          </>
        )}
      </Section>

      {/* Below the table: drawn just after the first paint, so a switch to this stage lays out one screenful. */}
      <Later now={items.length <= DEFER_ABOVE}>
        <FollowUps today={today} />

        <GanttSection today={today} />
      </Later>

      {removing && (
        <ConfirmDialog
          title={t('table.confirmRemoveTitle')}
          message={t('table.confirmRemove', { title: isolate(removing.title) })}
          confirmLabel={t('table.remove')}
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const id = removing.id
            setRemoving(null)
            setOpen(null)
            apply((p) => removeAction(p, id))
          }}
        />
      )}
    </div>
  )
}
