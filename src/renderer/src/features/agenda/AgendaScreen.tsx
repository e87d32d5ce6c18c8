import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ScreenHeader, Tabs } from '../../components'
import { useProjectSection } from '../../project/ProjectContext'
import { AgendaEditor } from './AgendaEditor'
import { AgendaGanttView } from './AgendaGanttView'
import { AgendaTables } from './AgendaTables'
import { LiveMode } from './LiveMode'
import './agenda.css'

export const AGENDA_VIEWS = ['edit', 'programme', 'runSheet', 'gantt', 'live'] as const
export type AgendaView = (typeof AGENDA_VIEWS)[number]

/**
 * The view is kept as a fourth segment of the hash (`#/project/<id>/agenda/live`), which the app's router
 * ignores: a reload during the workshop comes back to live mode. `replaceState` keeps it out of history.
 */
function viewFromHash(): AgendaView {
  const last = window.location.hash.split('?')[0]?.split('/')[4]
  return (AGENDA_VIEWS as readonly string[]).includes(last ?? '') ? (last as AgendaView) : 'edit'
}

function writeViewToHash(view: AgendaView): void {
  const [path = '', query] = window.location.hash.split('?')
  const parts = path.split('/').slice(0, 4)
  if (parts.length < 4) return
  const hash = `${[...parts, ...(view === 'edit' ? [] : [view])].join('/')}${query ? `?${query}` : ''}`
  window.history.replaceState(window.history.state, '', hash)
}

/** Stage 5 — agenda: editor, participant programme, facilitator run-sheet, gantt, live mode. */
export default function AgendaScreen() {
  const { t } = useTranslation('agenda')
  const [agenda] = useProjectSection('agenda')
  const [view, setView] = useState<AgendaView>(viewFromHash)

  const choose = (next: AgendaView) => {
    setView(next)
    writeViewToHash(next)
  }

  return (
    <div className="stage-screen agenda-screen">
      <ScreenHeader title={t('title')} intro={t('intro')} />
      <Tabs tabs={AGENDA_VIEWS} value={view} onChange={choose} label={t('views.label')} labelOf={(v) => t(`views.${v}`)} idPrefix="agenda" panelClassName="agenda-panel">
        {view === 'edit' && <AgendaEditor />}
        {view === 'programme' && (
          <>
            <p className="agenda-panel__intro">{t('programme.intro')}</p>
            <AgendaTables agenda={agenda} variant="programme" />
          </>
        )}
        {view === 'runSheet' && (
          <>
            <p className="agenda-panel__intro">{t('runSheet.intro')}</p>
            <AgendaTables agenda={agenda} variant="runSheet" />
          </>
        )}
        {view === 'gantt' && <AgendaGanttView agenda={agenda} />}
        {view === 'live' && <LiveMode />}
      </Tabs>
    </div>
  )
}
