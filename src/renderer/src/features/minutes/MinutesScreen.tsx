import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { listTimedBlocks } from '../../../../core/agenda'
import { formatDate, formatTime } from '../../../../core/i18n/languages'
import { ScreenHeader, Tabs } from '../../components'
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
      <Tabs tabs={TABS} value={tab} onChange={setTab} label={t('tabs.label')} labelOf={(id) => t(`tabs.${id}`)} idPrefix="minutes" panelClassName="minutes-panel">
        {tab === 'notes' && <NotesPanel onAmend={setAmending} />}
        {tab === 'attendance' && <AttendancePanel onAmend={setAmending} />}
        {tab === 'finalisation' && <FinalisationPanel onAmend={setAmending} />}
      </Tabs>
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
