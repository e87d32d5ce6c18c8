import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ATTENDANCE_STATUSES, ENTRY_TYPES, type EntryType, type MinuteEntry } from '../../../../core/model/minutes'
import type { MarkKey } from '../../../../core/minutes/attendance'
import { attendanceOf } from '../../../../core/minutes/attendance'
import { amendAddEntry, amendAttendance, amendConsensus, amendEntry, amendRemoveEntry, type AmendmentMeta } from '../../../../core/minutes/finalise'
import { newId } from '../../../../core/project/factory'
import type { AppError } from '../../../../core/result'
import { Button, Dialog, TextArea, TextField } from '../../components'
import { useErrorMessage } from '../../api/errors'
import { useProject } from '../../project/ProjectContext'
import { useApply } from './useApply'
import { isolate } from './isolate'

export type AmendRequest =
  | { kind: 'editEntry'; entry: MinuteEntry }
  | { kind: 'removeEntry'; entry: MinuteEntry }
  | { kind: 'addEntry'; blockId: string | null }
  | { kind: 'consensus' }
  | { kind: 'attendance'; key: MarkKey; participantName: string; slotLabel: string }

type Status = (typeof ATTENDANCE_STATUSES)[number]

export interface BlockOption {
  id: string | null
  label: string
}

const TITLES: Record<AmendRequest['kind'], string> = {
  editEntry: 'amend.editTitle',
  removeEntry: 'amend.removeTitle',
  addEntry: 'amend.addTitle',
  consensus: 'amend.consensusTitle',
  attendance: 'amend.attendanceTitle'
}

/**
 * Every change to final minutes: the change itself, a required reason and an author (the rapporteur by
 * default). Saved as an amendment in the trail; the entry, statement or mark changes with it.
 */
export function AmendDialog({ request, blocks, onClose, onSaved }: { request: AmendRequest; blocks: BlockOption[]; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('minutes')
  const { project } = useProject()
  const apply = useApply()
  const errorMessage = useErrorMessage()
  const chathamHouse = project.design.chathamHouse
  const [reason, setReason] = useState('')
  const [author, setAuthor] = useState(project.design.rapporteur)
  const [text, setText] = useState(request.kind === 'editEntry' ? request.entry.text : request.kind === 'consensus' ? project.minutes.consensusStatement : '')
  const [type, setType] = useState<EntryType>(request.kind === 'editEntry' ? request.entry.type : 'keyPoint')
  const [blockIndex, setBlockIndex] = useState(() => Math.max(0, request.kind === 'addEntry' ? blocks.findIndex((b) => b.id === request.blockId) : 0))
  const currentStatus = request.kind === 'attendance' ? attendanceOf(project.minutes, request.key) : null
  const [status, setStatus] = useState<Status | ''>(currentStatus ?? '')
  const [problem, setProblem] = useState<{ field: 'reason' | 'change' | 'other'; text: string } | null>(null)

  const explain = (error: AppError) => {
    if (error.params.field === 'reason') setProblem({ field: 'reason', text: t('amend.reasonRequired') })
    else if (error.params.field === 'after') setProblem({ field: 'change', text: t('amend.noChange') })
    else if (error.params.field === 'text') setProblem({ field: 'other', text: t('errors.emptyText') })
    else setProblem({ field: 'other', text: errorMessage(error) })
  }

  const submit = () => {
    if (reason.trim() === '') {
      setProblem({ field: 'reason', text: t('amend.reasonRequired') })
      return
    }
    const meta: AmendmentMeta = { reason, author, now: new Date().toISOString(), newId }
    const error = apply(
      (p) => {
        const m = p.minutes
        const r =
          request.kind === 'editEntry'
            ? amendEntry(m, request.entry.id, { text, type }, meta)
            : request.kind === 'removeEntry'
              ? amendRemoveEntry(m, request.entry.id, meta)
              : request.kind === 'consensus'
                ? amendConsensus(m, text, meta)
                : request.kind === 'attendance'
                  ? amendAttendance(m, request.key, status === '' ? null : status, meta)
                  : (() => {
                      const added = amendAddEntry(m, { blockId: blocks[blockIndex]?.id ?? null, type, text }, { chathamHouse }, meta)
                      return added.ok ? { ok: true as const, value: added.value.minutes } : added
                    })()
        return r.ok ? { ok: true, value: { ...p, minutes: r.value } } : r
      },
      undefined,
      false
    )
    if (error) explain(error)
    else onSaved()
  }

  const typeSelect = (
    <div className="field">
      <label className="field__label" htmlFor="amend-type">
        {t('amend.newType')}
      </label>
      <select id="amend-type" className="input input--select" value={type} onChange={(e) => setType(e.target.value as EntryType)}>
        {ENTRY_TYPES.map((et) => (
          <option key={et} value={et}>
            {t(`entryTypes.${et}`)}
          </option>
        ))}
      </select>
    </div>
  )
  const before = (value: string) => (
    <div className="amend-before">
      <p className="field__label">{t('amend.before')}</p>
      <p className="amend-before__text" dir="auto">
        {value || t('trail.empty_value')}
      </p>
    </div>
  )

  return (
    <Dialog
      title={t(TITLES[request.kind])}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('amend.cancel')}</Button>
          <Button variant="primary" onClick={submit}>
            {t('amend.submit')}
          </Button>
        </>
      }
    >
      <div className="amend-dialog">
        {request.kind === 'editEntry' && (
          <>
            {before(request.entry.text)}
            {typeSelect}
            <TextArea label={t('amend.newText')} value={text} rows={4} onChange={setText} error={problem?.field === 'change' ? problem.text : null} />
          </>
        )}
        {request.kind === 'removeEntry' && (
          <>
            {before(request.entry.text)}
            <p className="amend-dialog__warning">{t('amend.removeWarning')}</p>
          </>
        )}
        {request.kind === 'addEntry' && (
          <>
            <div className="field">
              <label className="field__label" htmlFor="amend-block">
                {t('amend.block')}
              </label>
              <select id="amend-block" className="input input--select" value={blockIndex} onChange={(e) => setBlockIndex(Number(e.target.value))}>
                {blocks.map((b, i) => (
                  <option key={b.id ?? ''} value={i}>
                    {b.label}
                  </option>
                ))}
              </select>
            </div>
            {typeSelect}
            <TextArea label={t('amend.newText')} value={text} rows={4} onChange={setText} />
          </>
        )}
        {request.kind === 'consensus' && (
          <>
            {before(project.minutes.consensusStatement)}
            <TextArea label={t('amend.newText')} value={text} rows={5} onChange={setText} error={problem?.field === 'change' ? problem.text : null} />
          </>
        )}
        {request.kind === 'attendance' && (
          <>
            <p className="amend-dialog__subject">
              {t('trail.attendanceOf', { name: isolate(request.participantName), slot: request.slotLabel })}
            </p>
            {before(t(`attendance.statuses.${currentStatus ?? 'unmarked'}`))}
            <div className="field">
              <label className="field__label" htmlFor="amend-status">
                {t('amend.status')}
              </label>
              <select id="amend-status" className="input input--select" value={status} onChange={(e) => setStatus(e.target.value as Status | '')}>
                <option value="">{t('attendance.statuses.unmarked')}</option>
                {ATTENDANCE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`attendance.statuses.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        <TextField label={t('amend.reason')} hint={t('amend.reasonHint')} value={reason} onChange={setReason} error={problem?.field === 'reason' ? problem.text : null} />
        <TextField label={t('amend.author')} value={author} onChange={setAuthor} />
        {problem && problem.field !== 'reason' && problem.field !== 'change' && (
          <p className="field__error" role="alert">
            {problem.text}
          </p>
        )}
        {problem?.field === 'change' && request.kind === 'attendance' && (
          <p className="field__error" role="alert">
            {problem.text}
          </p>
        )}
      </div>
    </Dialog>
  )
}
