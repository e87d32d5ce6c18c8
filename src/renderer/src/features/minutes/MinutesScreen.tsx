import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { listTimedBlocks } from '../../../../core/agenda'
import { formatDate, formatTime } from '../../../../core/i18n/languages'
import { ScreenHeader } from '../../components'
import { useNotices } from '../../api/errors'
import { useLang } from '../../i18n/language'
import { useProject } from '../../project/ProjectContext'
import { AmendDialog, type AmendRequest, type BlockOption } from './AmendDialog'
import { AttendancePanel } from './AttendancePanel'
import { FinalisationPanel } from './FinalisationPanel'
import { NotesPanel } from './NotesPanel'
import './minutes.css'

const TABS = ['notes', 'attendance', 'finalisation'] as const
type Tab = (typeof TABS)[number]

/** Stage 6 — minutes and attendance (déroulement et compte rendu). */
export default function MinutesScreen() {
  const { t } = useTranslation('minutes')
  const { t: ta } = useTranslation('agenda')
  const lang = useLang()
  const { project } = useProject()
  const { reportInfo } = useNotices()
  const [tab, setTab] = useState<Tab>('notes')
  const [amending, setAmending] = useState<AmendRequest | null>(null)
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ notes: null, attendance: null, finalisation: null })
  const m = project.minutes

  const blockOptions = useMemo<BlockOption[]>(
    () => [
      ...listTimedBlocks(project.agenda).map((b) => ({
        id: b.block.id,
        label: `${t('blocks.day', { n: b.dayIndex + 1 })} · ${b.start} · ${b.block.title || ta(`blockTypes.${b.block.type}`)}`
      })),
      { id: null, label: t('blocks.general') }
    ],
    [project.agenda, t, ta]
  )

  const onTabKey = (e: React.KeyboardEvent, current: Tab) => {
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl'
    const i = TABS.indexOf(current)
    const step = e.key === 'ArrowRight' ? (rtl ? -1 : 1) : e.key === 'ArrowLeft' ? (rtl ? 1 : -1) : 0
    let next: Tab | undefined
    if (step !== 0) next = TABS[(i + step + TABS.length) % TABS.length]
    else if (e.key === 'Home') next = TABS[0]
    else if (e.key === 'End') next = TABS[TABS.length - 1]
    if (!next) return
    e.preventDefault()
    setTab(next)
    tabRefs.current[next]?.focus()
  }

  return (
    <div className="stage-screen minutes-screen">
      <ScreenHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <span className={`minutes-status minutes-status--${m.status}`} role="status" title={m.finalisedAt ? t('status.finalSince', { date: formatDate(m.finalisedAt, lang), time: formatTime(m.finalisedAt, lang) }) : undefined}>
            {t(`status.${m.status}`)}
          </span>
        }
      />
      <div className="minutes-tabs" role="tablist" aria-label={t('tabs.label')}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`minutes-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`minutes-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="minutes-tabs__tab"
            ref={(el) => {
              tabRefs.current[id] = el
            }}
            onClick={() => setTab(id)}
            onKeyDown={(e) => onTabKey(e, id)}
          >
            {t(`tabs.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`minutes-panel-${tab}`} aria-labelledby={`minutes-tab-${tab}`} className="minutes-panel">
        {tab === 'notes' && <NotesPanel onAmend={setAmending} />}
        {tab === 'attendance' && <AttendancePanel onAmend={setAmending} />}
        {tab === 'finalisation' && <FinalisationPanel onAmend={setAmending} />}
      </div>
      {amending && (
        <AmendDialog
          request={amending}
          blocks={blockOptions}
          onClose={() => setAmending(null)}
          onSaved={() => {
            setAmending(null)
            reportInfo(t('amend.saved'))
          }}
        />
      )}
    </div>
  )
}
