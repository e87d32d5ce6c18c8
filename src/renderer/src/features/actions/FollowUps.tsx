import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { STORED_ACTION_STATUSES, type FollowUpMeeting } from '../../../../core/model/actions'
import { addFollowUpMeeting, latestMeeting, meetingSummary, meetingsInOrder, recordProgress, removeMeeting, updateMeeting } from '../../../../core/actions/followUp'
import { formatDate } from '../../../../core/i18n/languages'
import { newId } from '../../../../core/project/factory'
import { Button, ConfirmDialog, DateField, EmptyState, NumberField, Pager, Section, TextArea, usePaged } from '../../components'
import { useNotices } from '../../api/errors'
import { useLang } from '../../i18n/language'
import { useProject } from '../../project/ProjectContext'
import { useApply } from '../minutes/useApply'

function Meeting({ meeting, isLatest }: { meeting: FollowUpMeeting; isLatest: boolean }) {
  const { t } = useTranslation('actions')
  const lang = useLang()
  const { project } = useProject()
  const apply = useApply()
  const [adding, setAdding] = useState('')
  const [removing, setRemoving] = useState(false)
  // Earlier meetings are history: their progress table opens on demand (the latest one is open).
  const [expanded, setExpanded] = useState(isLatest)
  const rowsId = `meeting-rows-${meeting.id}`
  const items = project.actions.items
  const { t: tu } = useTranslation('ui')
  // Number (1-based) and item of each action, looked up per row (hundreds of rows in a long plan).
  const byId = useMemo(() => new Map(items.map((a, i) => [a.id, { action: a, n: i + 1 }])), [items])
  const number = (id: string) => byId.get(id)?.n ?? 0
  const notCarried = useMemo(() => {
    const carried = new Set(meeting.progress.map((p) => p.actionId))
    return items.filter((a) => !carried.has(a.id))
  }, [items, meeting.progress])
  // A meeting carrying 400 open actions shows them 50 at a time.
  const paged = usePaged(meeting.progress)
  const pagesLabel = t('followUp.pages', { date: formatDate(meeting.date, lang) })
  const summary = meetingSummary(meeting)
  const record = (actionId: string, patch: Parameters<typeof recordProgress>[3], field?: string) =>
    apply(
      (p) => {
        const r = recordProgress(p.actions, meeting.id, actionId, patch)
        return r.ok ? { ok: true, value: { ...p, actions: r.value } } : r
      },
      field ? { coalesce: `followUp.${meeting.id}.${actionId}.${field}` } : undefined
    )
  const titleId = `meeting-${meeting.id}`
  return (
    <article className="meeting" aria-labelledby={titleId}>
      <header className="meeting__head">
        <h3 className="meeting__title" id={titleId}>
          {t('followUp.meeting', { date: formatDate(meeting.date, lang) })}
          {isLatest && <span className="badge meeting__latest">{t('followUp.latest')}</span>}
        </h3>
        <p className="meeting__summary">{t('followUp.summary', summary)}</p>
        {meeting.progress.length > 0 && (
          <Button size="small" className="meeting__toggle" aria-expanded={expanded} aria-controls={expanded ? rowsId : undefined} onClick={() => setExpanded((e) => !e)}>
            {t(expanded ? 'followUp.hideRows' : 'followUp.showRows', { count: meeting.progress.length })}
          </Button>
        )}
      </header>
      <div className="meeting__fields">
        <DateField
          label={t('followUp.date')}
          value={meeting.date}
          invalidMessage={t('fields.dateInvalid')}
          onChange={(date) =>
            date &&
            apply((p) => {
              const r = updateMeeting(p.actions, meeting.id, { date })
              return r.ok ? { ok: true, value: { ...p, actions: r.value } } : r
            })
          }
        />
        <TextArea
          label={t('followUp.notes')}
          value={meeting.notes}
          rows={2}
          onChange={(notes) =>
            apply(
              (p) => {
                const r = updateMeeting(p.actions, meeting.id, { notes })
                return r.ok ? { ok: true, value: { ...p, actions: r.value } } : r
              },
              { coalesce: `followUp.${meeting.id}.notes` }
            )
          }
        />
      </div>
      {meeting.progress.length === 0 ? (
        <EmptyState compact body={t('followUp.noRows')} />
      ) : !expanded ? null : (
        <div id={rowsId}>
          <Pager page={paged.page} pageCount={paged.pageCount} total={meeting.progress.length} onPage={paged.setPage} label={pagesLabel} />
          <div className="action-table__scroll">
            <table className="meeting__table">
              <thead>
                <tr>
                  <th scope="col">{t('table.number')}</th>
                  <th scope="col">{t('followUp.action')}</th>
                  <th scope="col">{t('followUp.status')}</th>
                  <th scope="col">{t('followUp.percent')}</th>
                  <th scope="col">{t('followUp.note')}</th>
                </tr>
              </thead>
              <tbody>
                {paged.rows.map((row) => {
                  const action = byId.get(row.actionId)?.action
                  const n = number(row.actionId)
                  const title = action?.title ?? t('followUp.deletedAction')
                  return (
                    <tr key={row.actionId}>
                      <td>{n > 0 ? n : '—'}</td>
                      <th scope="row" dir="auto" className="meeting__action">
                        {title}
                      </th>
                      <td>
                        <select
                          className="input input--select"
                          aria-label={`${t('followUp.status')} — ${title}`}
                          value={row.status}
                          disabled={!action}
                          onChange={(e) => record(row.actionId, { status: e.target.value as (typeof STORED_ACTION_STATUSES)[number] })}
                        >
                          {STORED_ACTION_STATUSES.map((s) => (
                            <option key={s} value={s}>
                              {t(`statuses.${s}`)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="meeting__percent">
                        <NumberField
                          label={`${t('followUp.percent')} — ${title}`}
                          className="field--bare"
                          value={row.percent}
                          integer
                          min={0}
                          max={100}
                          onChange={(percent) => action && percent !== null && percent >= 0 && percent <= 100 && record(row.actionId, { percent }, 'percent')}
                        />
                      </td>
                      <td>
                        <input
                          className="input"
                          dir="auto"
                          aria-label={`${t('followUp.note')} — ${title}`}
                          value={row.note}
                          disabled={!action}
                          onChange={(e) => record(row.actionId, { note: e.target.value }, 'note')}
                        />
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
          <Pager
            page={paged.page}
            pageCount={paged.pageCount}
            total={meeting.progress.length}
            onPage={paged.setPage}
            label={tu('pager.bottom', { label: pagesLabel })}
          />
        </div>
      )}
      <div className="meeting__footer">
        {(expanded || meeting.progress.length === 0) && notCarried.length > 0 && (
          <div className="meeting__add">
            <label className="field__label" htmlFor={`add-${meeting.id}`}>
              {t('followUp.addAction')}
            </label>
            <select id={`add-${meeting.id}`} className="input input--select" value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">{'—'}</option>
              {notCarried.map((a) => (
                <option key={a.id} value={a.id}>
                  {`${number(a.id)}. ${a.title}`}
                </option>
              ))}
            </select>
            <Button
              size="small"
              disabled={adding === ''}
              onClick={() => {
                record(adding, {})
                setAdding('')
              }}
            >
              {t('followUp.addActionButton')}
            </Button>
          </div>
        )}
        <Button size="small" variant="ghost" onClick={() => setRemoving(true)}>
          {t('followUp.remove')}
        </Button>
      </div>
      {removing && (
        <ConfirmDialog
          title={t('followUp.confirmRemoveTitle')}
          message={t('followUp.confirmRemove', { date: formatDate(meeting.date, lang) })}
          confirmLabel={t('followUp.remove')}
          danger
          onCancel={() => setRemoving(false)}
          onConfirm={() => {
            setRemoving(false)
            apply((p) => ({ ok: true, value: { ...p, actions: removeMeeting(p.actions, meeting.id) } }))
          }}
        />
      )}
    </article>
  )
}

/** Follow-up meetings: a new one carries every open action forward; progress at the latest sets the status. */
export function FollowUps({ today }: { today: string }) {
  const { t } = useTranslation('actions')
  const { project } = useProject()
  const { reportInfo } = useNotices()
  const apply = useApply()
  const [date, setDate] = useState<string | null>(today)
  const meetings = meetingsInOrder(project.actions).reverse()
  const latest = latestMeeting(project.actions)
  const add = () => {
    if (!date) return
    let carried = 0
    const error = apply((p) => {
      const r = addFollowUpMeeting(p.actions, date, newId)
      if (!r.ok) return r
      carried = r.value.meeting.progress.length
      return { ok: true, value: { ...p, actions: r.value.actions } }
    })
    if (!error) reportInfo(t('followUp.added', { count: carried }))
  }
  return (
    <Section title={t('followUp.title')} intro={t('followUp.intro')}>
      <div className="follow-up__new">
        <DateField label={t('followUp.date')} value={date} invalidMessage={t('fields.dateInvalid')} onChange={setDate} />
        <Button variant="primary" onClick={add} disabled={!date}>
          {t('followUp.add')}
        </Button>
      </div>
      {meetings.length === 0 ? (
        <EmptyState compact body={t('followUp.empty')} />
      ) : (
        meetings.map((m) => <Meeting key={m.id} meeting={m} isLatest={latest?.id === m.id} />)
      )}
    </Section>
  )
}
