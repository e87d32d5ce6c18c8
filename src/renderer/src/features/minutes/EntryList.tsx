import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatTime } from '../../../../core/i18n/languages'
import { ENTRY_TYPES, type EntryType, type MinuteEntry } from '../../../../core/model/minutes'
import { removeEntry, updateEntry, visibleSpeaker } from '../../../../core/minutes/entries'
import { amendmentsOfEntry } from '../../../../core/minutes/finalise'
import { raiseAction } from '../../../../core/minutes/raiseAction'
import { newId } from '../../../../core/project/factory'
import { Button, ConfirmDialog } from '../../components'
import { routeHref } from '../../app/routes'
import { useLang } from '../../i18n/language'
import { useProject } from '../../project/ProjectContext'
import { useApply } from './useApply'
import { isolate } from './isolate'
import type { AmendRequest } from './AmendDialog'

/** The type of an entry, as a text label (colour only reinforces it). */
export function EntryTypeLabel({ type }: { type: EntryType }) {
  const { t } = useTranslation('minutes')
  return <span className={`entry-type entry-type--${type}`}>{t(`entryTypes.${type}`)}</span>
}

function EntryEditor({ entry, chathamHouse, onDone }: { entry: MinuteEntry; chathamHouse: boolean; onDone: () => void }) {
  const { t } = useTranslation('minutes')
  const apply = useApply()
  const [text, setText] = useState(entry.text)
  const [type, setType] = useState<EntryType>(entry.type)
  const save = () => {
    const error = apply((p) => {
      const r = updateEntry(p.minutes, entry.id, { text, type }, { chathamHouse })
      return r.ok ? { ok: true, value: { ...p, minutes: r.value.minutes } } : r
    })
    if (!error) onDone()
  }
  return (
    <div className="entry-editor" role="group" aria-label={t('entries.editTitle')}>
      <label className="field__label" htmlFor={`edit-type-${entry.id}`}>
        {t('composer.type')}
      </label>
      <select id={`edit-type-${entry.id}`} className="input input--select" value={type} onChange={(e) => setType(e.target.value as EntryType)}>
        {ENTRY_TYPES.map((et) => (
          <option key={et} value={et}>
            {t(`entryTypes.${et}`)}
          </option>
        ))}
      </select>
      <label className="field__label" htmlFor={`edit-text-${entry.id}`}>
        {t('composer.text')}
      </label>
      <textarea
        id={`edit-text-${entry.id}`}
        className="input input--area"
        dir="auto"
        rows={3}
        value={text}
        autoFocus
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault()
            save()
          } else if (e.key === 'Escape') {
            e.preventDefault()
            onDone()
          }
        }}
      />
      <div className="entry-editor__buttons">
        <Button variant="primary" size="small" onClick={save}>
          {t('entries.save')}
        </Button>
        <Button size="small" onClick={onDone}>
          {t('entries.cancel')}
        </Button>
      </div>
    </div>
  )
}

export interface EntryListProps {
  entries: readonly MinuteEntry[]
  blockTitle: string
  chathamHouse: boolean
  locked: boolean
  onAmend: (request: AmendRequest) => void
}

/**
 * The entries of one block, oldest first, each with its type as text and what can be done with it.
 * Memoised: typing in the composer (a draft, not the project) never re-renders a long list.
 */
export const EntryList = memo(function EntryList({ entries, blockTitle, chathamHouse, locked, onAmend }: EntryListProps) {
  const { t } = useTranslation('minutes')
  const lang = useLang()
  const { project } = useProject()
  const apply = useApply()
  const [editing, setEditing] = useState<string | null>(null)
  const [removing, setRemoving] = useState<MinuteEntry | null>(null)
  const [notice, setNotice] = useState('')

  if (entries.length === 0) return <p className="minutes-entries__empty">{t('entries.empty')}</p>

  const actionTitle = (id: string | null) => (id ? project.actions.items.find((a) => a.id === id)?.title : undefined)
  const toAction = (entry: MinuteEntry) => {
    const error = apply((p) => {
      const r = raiseAction(p, entry.id, newId)
      return r.ok ? { ok: true, value: r.value.project } : r
    })
    if (!error) setNotice(t('entries.toActionDone'))
  }

  return (
    <>
      <ol className="minutes-entries" aria-label={t('entries.label', { block: blockTitle })}>
        {entries.map((entry, i) => {
          const speaker = visibleSpeaker(entry, chathamHouse)
          const amended = amendmentsOfEntry(project.minutes, entry.id).length
          const linked = actionTitle(entry.actionId)
          return (
            <li key={entry.id} className={`minutes-entry minutes-entry--${entry.type}`} data-entry-id={entry.id}>
              {editing === entry.id ? (
                <EntryEditor entry={entry} chathamHouse={chathamHouse} onDone={() => setEditing(null)} />
              ) : (
                <>
                  <div className="minutes-entry__meta">
                    <EntryTypeLabel type={entry.type} />
                    <span className="minutes-entry__num">{t('entries.number', { n: i + 1 })}</span>
                    <span className="minutes-entry__time">{t('entries.at', { time: formatTime(entry.createdAt, lang) })}</span>
                    {speaker && (
                      <span className="minutes-entry__speaker">
                        {t('entries.speaker', { name: isolate(speaker) })}
                      </span>
                    )}
                    {amended > 0 && <span className="badge minutes-entry__amended">{t('entries.amended', { count: amended })}</span>}
                  </div>
                  <p className="minutes-entry__text" dir="auto">
                    {entry.text}
                  </p>
                  {entry.type === 'actionRaised' && linked !== undefined && (
                    <p className="minutes-entry__linked">
                      <span>{t('entries.linkedAction', { title: isolate(linked) })}</span>{' '}
                      <a href={routeHref({ kind: 'project', id: project.id, stage: 'actions' })}>{t('entries.openAction')}</a>
                    </p>
                  )}
                  <div className="minutes-entry__buttons">
                    {entry.type === 'actionRaised' && linked === undefined && (
                      <Button size="small" variant="primary" onClick={() => toAction(entry)}>
                        {t('entries.toAction')}
                      </Button>
                    )}
                    {locked ? (
                      <>
                        <Button size="small" onClick={() => onAmend({ kind: 'editEntry', entry })}>
                          {t('entries.amend')}
                        </Button>
                        <Button size="small" variant="ghost" onClick={() => onAmend({ kind: 'removeEntry', entry })}>
                          {t('amend.removeTitle')}
                        </Button>
                      </>
                    ) : (
                      <>
                        <Button size="small" onClick={() => setEditing(entry.id)}>
                          {t('entries.edit')}
                        </Button>
                        <Button size="small" variant="ghost" onClick={() => setRemoving(entry)}>
                          {t('entries.remove')}
                        </Button>
                      </>
                    )}
                  </div>
                </>
              )}
            </li>
          )
        })}
      </ol>
      <p className="visually-hidden" role="status">
        {notice}
      </p>
      {removing && (
        <ConfirmDialog
          title={t('entries.remove')}
          message={t('entries.confirmRemove', { text: isolate(removing.text.slice(0, 140)) })}
          confirmLabel={t('entries.remove')}
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            apply((p) => {
              const r = removeEntry(p.minutes, removing.id)
              return r.ok ? { ok: true, value: { ...p, minutes: r.value } } : r
            })
            setRemoving(null)
          }}
        />
      )}
    </>
  )
})
