import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Position, StakeholderSnapshot } from '../../../../core/model/stakeholders'
import { compareSnapshots, snapshotsNewestFirst, takeSnapshot } from '../../../../core/analysis/stakeholderSnapshots'
import { formatDate, formatTime } from '../../../../core/i18n/languages'
import { LIMITS } from '../../../../core/model/common'
import { newId } from '../../../../core/project/factory'
import { Button, EmptyState, IconButton, Section, TextField } from '../../components'
import { useNotices } from '../../api/errors'
import { useLang } from '../../i18n/language'
import { isolate } from './labels'
import { useStakeholders } from './useStakeholders'

const CURRENT = 'current'

/** Take dated snapshots of the positions, list them, compare any two (or one with the current table). */
export function SnapshotsView() {
  const { t } = useTranslation('stakeholders')
  const lang = useLang()
  const { reportInfo } = useNotices()
  const { section, setSnapshots } = useStakeholders()
  const [label, setLabel] = useState('')
  const snapshots = useMemo(() => snapshotsNewestFirst(section.snapshots), [section.snapshots])
  const [before, setBefore] = useState<string | null>(null)
  const [after, setAfter] = useState<string>(CURRENT)
  const beforeId = before !== null && (before === CURRENT || snapshots.some((s) => s.id === before)) ? before : (snapshots[0]?.id ?? null)
  const afterId = after === CURRENT || snapshots.some((s) => s.id === after) ? after : CURRENT

  const defaultLabel = t('snapshots.defaultLabel', { date: formatDate(new Date().toLocaleDateString('en-CA'), lang) })
  const take = () => {
    const snap = takeSnapshot(section.items, { id: newId(), label: label.trim() || defaultLabel, takenAt: new Date().toISOString() })
    setSnapshots((list) => [...list, snap])
    setLabel('')
    setBefore(snap.id)
    setAfter(CURRENT)
    reportInfo(t('snapshots.taken', { label: snap.label }))
  }

  // The table as it is now, shaped like a snapshot (its date plays no part in a comparison).
  const current = useMemo(() => takeSnapshot(section.items, { id: CURRENT, label: '', takenAt: '1970-01-01T00:00:00.000Z' }), [section.items])
  const resolve = (id: string | null): Pick<StakeholderSnapshot, 'entries'> | null => (id === CURRENT ? current : (snapshots.find((s) => s.id === id) ?? null))
  const a = resolve(beforeId)
  const b = resolve(afterId)
  const comparison = a && b && beforeId !== afterId ? compareSnapshots(a, b) : null
  const positionLabel = (p: Position | null) => (p ? t(`positions.${p}`) : t('snapshots.notAssessed'))
  const optionLabel = (s: StakeholderSnapshot) => `${s.label} — ${formatDate(s.takenAt.slice(0, 10), lang, 'short')}`

  const choice = (value: string | null, onChange: (v: string) => void, text: string) => (
    <label className="field sh-compare__pick">
      <span className="field__label">{text}</span>
      <select className="input input--select" dir="auto" value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {snapshots.map((s) => (
          <option key={s.id} value={s.id}>
            {optionLabel(s)}
          </option>
        ))}
        <option value={CURRENT}>{t('snapshots.current')}</option>
      </select>
    </label>
  )

  return (
    <>
      <Section title={t('snapshots.title')} intro={t('snapshots.intro')}>
        <div className="sh-snap__take">
          <TextField label={t('snapshots.label')} value={label} placeholder={defaultLabel} onChange={setLabel} />
          <Button variant="primary" onClick={take} disabled={label.length > LIMITS.shortText}>
            {t('snapshots.take')}
          </Button>
        </div>
        <h3 className="sh-subtitle">{t('snapshots.list')}</h3>
        {snapshots.length === 0 ? (
          <EmptyState compact body={t('snapshots.empty')} />
        ) : (
          <ul className="sh-snap__list">
            {snapshots.map((s) => (
              <li key={s.id} className="sh-snap__item">
                <div>
                  <strong dir="auto">{s.label}</strong>
                  <span className="sh-snap__meta">
                    {t('snapshots.takenOn', { date: formatDate(s.takenAt.slice(0, 10), lang), time: formatTime(s.takenAt, lang) })}
                    {' · '}
                    {t('snapshots.entries', { count: s.entries.length })}
                  </span>
                </div>
                <IconButton icon="×" label={t('snapshots.remove', { label: s.label })} className="btn--danger-ghost" onClick={() => setSnapshots((list) => list.filter((x) => x.id !== s.id))} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('snapshots.compare')}>
        {snapshots.length === 0 ? (
          <EmptyState compact body={t('snapshots.needTwo')} />
        ) : (
          <>
            <div className="sh-compare__picks">
              {choice(beforeId, setBefore, t('snapshots.before'))}
              <span className="sh-compare__arrow icon-mirror" aria-hidden="true">
                {'→'}
              </span>
              {choice(afterId, setAfter, t('snapshots.after'))}
            </div>
            {!comparison ? (
              <p className="sh-note">{t('snapshots.same')}</p>
            ) : comparison.moved.length + comparison.powerChanged.length + comparison.interestChanged.length + comparison.added.length + comparison.removed.length === 0 ? (
              <p className="sh-note">{t('snapshots.noChange')}</p>
            ) : (
              <div className="sh-compare" aria-live="polite">
                {comparison.moved.length > 0 && (
                  <>
                    <h3 className="sh-subtitle">{t('snapshots.moved')}</h3>
                    <ul className="sh-compare__list">
                      {comparison.moved.map((m) => (
                        <li key={m.stakeholderId} className={`sh-move sh-move--${m.direction ?? 'none'}`}>
                          <span className="sh-move__dir" aria-hidden="true">
                            {m.direction === 'towardSupport' ? '▲' : m.direction === 'towardOpposition' ? '▼' : '•'}
                          </span>
                          <span>{t('snapshots.move', { name: isolate(m.name), from: positionLabel(m.from), to: positionLabel(m.to) })}</span>
                          <span className="sh-move__which">
                            {m.direction ? t(`snapshots.${m.direction}`) : t('snapshots.assessedChange')}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {comparison.powerChanged.length > 0 && (
                  <>
                    <h3 className="sh-subtitle">{t('snapshots.powerChanged')}</h3>
                    <ul className="sh-compare__list">
                      {comparison.powerChanged.map((c) => (
                        <li key={c.stakeholderId}>
                          <span>
                            {t('snapshots.change', {
                              name: isolate(c.name),
                              from: c.from ? t(`powers.${c.from}`) : t('snapshots.notAssessed'),
                              to: c.to ? t(`powers.${c.to}`) : t('snapshots.notAssessed')
                            })}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {comparison.interestChanged.length > 0 && (
                  <>
                    <h3 className="sh-subtitle">{t('snapshots.interestChanged')}</h3>
                    <ul className="sh-compare__list">
                      {comparison.interestChanged.map((c) => (
                        <li key={c.stakeholderId}>
                          {t('snapshots.change', { name: isolate(c.name), from: c.from ?? t('snapshots.notAssessed'), to: c.to ?? t('snapshots.notAssessed') })}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {comparison.added.length > 0 && (
                  <>
                    <h3 className="sh-subtitle">{t('snapshots.added')}</h3>
                    <ul className="sh-compare__list">
                      {comparison.added.map((e) => (
                        <li key={e.stakeholderId} dir="auto">
                          {e.name}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {comparison.removed.length > 0 && (
                  <>
                    <h3 className="sh-subtitle">{t('snapshots.removed')}</h3>
                    <ul className="sh-compare__list">
                      {comparison.removed.map((e) => (
                        <li key={e.stakeholderId} dir="auto">
                          {e.name}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <p className="field__hint">{t('snapshots.unchanged', { count: comparison.unchanged })}</p>
              </div>
            )}
          </>
        )}
      </Section>
    </>
  )
}
