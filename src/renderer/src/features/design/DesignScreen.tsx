import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ScreenHeader, Tabs } from '../../components'
import { DesignForm } from './DesignForm'
import { ParticipantsView } from './ParticipantsView'
import { ReadinessView } from './ReadinessView'
import '../stakeholders/stakeholders.css'
import './design.css'

const VIEWS = ['design', 'participants', 'readiness'] as const
type View = (typeof VIEWS)[number]

/** Stage 4 — dialogue design: the design itself, the participants and invitations, the STP-14 readiness view. */
export default function DesignScreen() {
  const { t } = useTranslation('design')
  const [view, setView] = useState<View>('design')
  return (
    <div className="stage-screen design-screen">
      <ScreenHeader title={t('title')} intro={t('intro')} />
      <Tabs tabs={VIEWS} value={view} onChange={setView} label={t('tabs.label')} labelOf={(v) => t(`tabs.${v}`)} idPrefix="design">
        {view === 'design' && <DesignForm />}
        {view === 'participants' && <ParticipantsView />}
        {view === 'readiness' && <ReadinessView />}
      </Tabs>
    </div>
  )
}
