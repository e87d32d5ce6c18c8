import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ScreenHeader } from '../../components'
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
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({})

  const choose = (next: AgendaView, focus = false) => {
    setView(next)
    writeViewToHash(next)
    if (focus) tabs.current[next]?.focus()
  }

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = AGENDA_VIEWS.indexOf(view)
    const rtl = document.documentElement.dir === 'rtl'
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight'
    const back = rtl ? 'ArrowRight' : 'ArrowLeft'
    let next: number | null = null
    if (e.key === forward) next = (i + 1) % AGENDA_VIEWS.length
    else if (e.key === back) next = (i - 1 + AGENDA_VIEWS.length) % AGENDA_VIEWS.length
    else if (e.key === 'Home') next = 0
    else if (e.key === 'End') next = AGENDA_VIEWS.length - 1
    if (next === null) return
    e.preventDefault()
    choose(AGENDA_VIEWS[next]!, true)
  }

  return (
    <div className="stage-screen agenda-screen">
      <ScreenHeader title={t('title')} intro={t('intro')} />
      <div className="agenda-tabs" role="tablist" aria-label={t('views.label')} onKeyDown={onTabKey}>
        {AGENDA_VIEWS.map((v) => (
          <button
            key={v}
            ref={(el) => {
              tabs.current[v] = el
            }}
            type="button"
            role="tab"
            id={`agenda-tab-${v}`}
            aria-selected={view === v}
            aria-controls={`agenda-panel-${v}`}
            tabIndex={view === v ? 0 : -1}
            className={['agenda-tabs__tab', view === v ? 'agenda-tabs__tab--active' : ''].filter(Boolean).join(' ')}
            onClick={() => choose(v)}
          >
            {t(`views.${v}`)}
          </button>
        ))}
      </div>
      <div className="agenda-panel" role="tabpanel" id={`agenda-panel-${view}`} aria-labelledby={`agenda-tab-${view}`}>
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
      </div>
    </div>
  )
}
