import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate, formatTime } from '../../../../core/i18n/languages'
import type { Amendment } from '../../../../core/model/minutes'
import { attendanceSummary } from '../../../../core/minutes/attendance'
import { setConsensusStatement } from '../../../../core/minutes/entries'
import { amendmentTrail, finaliseMinutes } from '../../../../core/minutes/finalise'
import { Button, ConfirmDialog, EmptyState, Section, TextArea } from '../../components'
import { useNotices } from '../../api/errors'
import { useLang } from '../../i18n/language'
import { useProject } from '../../project/ProjectContext'
import type { AmendRequest } from './AmendDialog'
import { useSlotLabel } from './AttendancePanel'
import { useApply } from './useApply'
import { isolate } from './isolate'

function TrailItem({ a }: { a: Amendment }) {
  const { t } = useTranslation('minutes')
  const lang = useLang()
  const { project } = useProject()
  const slotLabel = useSlotLabel()
  const value = (v: string) => (v === '' ? t('trail.empty_value') : v)
  const status = (v: string) => (v === '' ? t('attendance.statuses.unmarked') : t(`attendance.statuses.${v}`))
  const mark = a.mark
  const who = mark ? (project.participants.find((p) => p.id === mark.participantId)?.name ?? t('trail.deletedParticipant')) : ''
  const dayIndex = mark ? project.agenda.days.findIndex((d) => d.id === mark.dayId) : -1
  return (
    <li className="trail__item">
      <p className="trail__head">
        <strong>{t(`trail.kinds.${a.kind}`)}</strong>
        {' · '}
        <span>{t('trail.item', { date: formatDate(a.at, lang), time: formatTime(a.at, lang), author: a.author ? isolate(a.author) : t('trail.noAuthor') })}</span>
      </p>
      <p className="trail__reason">
        {t('trail.reason', { reason: isolate(a.reason) })}
      </p>
      {mark && (
        <p>{t('trail.attendanceOf', { name: isolate(who), slot: dayIndex >= 0 ? slotLabel({ dayIndex, half: mark.half }) : mark.half })}</p>
      )}
      {a.typeChange && (
        <p>{t('trail.typeChange', { before: t(`entryTypes.${a.typeChange.before}`), after: t(`entryTypes.${a.typeChange.after}`) })}</p>
      )}
      <dl className="trail__diff">
        {(a.kind !== 'addEntry') && (
          <>
            <dt>{t('amend.before')}</dt>
            <dd dir="auto">{a.kind === 'attendance' ? status(a.before) : value(a.before)}</dd>
          </>
        )}
        {a.kind !== 'removeEntry' && (
          <>
            <dt>{t('amend.after')}</dt>
            <dd dir="auto">{a.kind === 'attendance' ? status(a.after) : value(a.after)}</dd>
          </>
        )}
      </dl>
    </li>
  )
}

/** Consensus statement, draft → final with confirmation, and the visible amendment trail. */
export function FinalisationPanel({ onAmend }: { onAmend: (request: AmendRequest) => void }) {
  const { t } = useTranslation('minutes')
  const lang = useLang()
  const { project } = useProject()
  const { reportInfo } = useNotices()
  const apply = useApply()
  const [confirming, setConfirming] = useState(false)
  const m = project.minutes
  const locked = m.status === 'final'
  const unmarked = attendanceSummary(project).halfDays.reduce((n, s) => n + s.unmarked, 0)
  const trail = amendmentTrail(m)

  return (
    <div className="minutes-finalisation">
      <Section title={t('consensus.title')} intro={t('consensus.hint')}>
        {locked ? (
          <>
            <p className="minutes-consensus__text" dir="auto">
              {m.consensusStatement || t('trail.empty_value')}
            </p>
            <Button onClick={() => onAmend({ kind: 'consensus' })}>{t('amend.amendConsensus')}</Button>
          </>
        ) : (
          <TextArea
            label={t('consensus.label')}
            value={m.consensusStatement}
            rows={4}
            onChange={(v) =>
              apply(
                (p) => {
                  const r = setConsensusStatement(p.minutes, v)
                  return r.ok ? { ok: true, value: { ...p, minutes: r.value } } : r
                },
                { coalesce: 'minutes.consensusStatement' }
              )
            }
          />
        )}
      </Section>

      <Section title={t('finalise.title')} intro={locked ? undefined : t('finalise.intro')}>
        {locked ? (
          <div className="minutes-finalise__row">
            <p className="minutes-status minutes-status--final">
              {t('status.finalSince', { date: formatDate(m.finalisedAt, lang), time: m.finalisedAt ? formatTime(m.finalisedAt, lang) : '' })}
            </p>
            <Button onClick={() => onAmend({ kind: 'addEntry', blockId: null })}>{t('amend.addEntry')}</Button>
          </div>
        ) : (
          <>
            {unmarked > 0 && <p className="minutes-finalise__warning">{t('finalise.unmarked', { count: unmarked })}</p>}
            <Button variant="primary" onClick={() => setConfirming(true)}>
              {t('finalise.button')}
            </Button>
          </>
        )}
      </Section>

      <Section title={t('trail.title')}>
        {trail.length === 0 ? (
          <EmptyState compact body={t('trail.empty')} />
        ) : (
          <ol className="trail">
            {trail.map((a) => (
              <TrailItem key={a.id} a={a} />
            ))}
          </ol>
        )}
      </Section>

      {confirming && (
        <ConfirmDialog
          title={t('finalise.confirmTitle')}
          message={t('finalise.confirm', { entries: m.entries.length })}
          confirmLabel={t('finalise.confirmButton')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false)
            const error = apply((p) => {
              const r = finaliseMinutes(p.minutes, new Date().toISOString())
              return r.ok ? { ok: true, value: { ...p, minutes: r.value } } : r
            })
            if (!error) reportInfo(t('finalise.done'))
          }}
        />
      )}
    </div>
  )
}
