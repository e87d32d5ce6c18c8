import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ScreenHeader, Tabs } from '../../components'
import { AnalysisView } from './AnalysisView'
import { CategoriesView } from './CategoriesView'
import { SnapshotsView } from './SnapshotsView'
import { StakeholderTable } from './StakeholderTable'
import { StrategiesView } from './StrategiesView'
import './stakeholders.css'

const VIEWS = ['table', 'analysis', 'strategies', 'snapshots', 'categories'] as const
type View = (typeof VIEWS)[number]

/** Stage 3 — stakeholders: the table, the power/interest grid and feasibility, strategies, snapshots, categories. */
export default function StakeholdersScreen() {
  const { t } = useTranslation('stakeholders')
  const [view, setView] = useState<View>('table')
  return (
    <div className="stage-screen stakeholders-screen">
      <ScreenHeader title={t('title')} intro={t('intro')} />
      <Tabs tabs={VIEWS} value={view} onChange={setView} label={t('tabs.label')} labelOf={(v) => t(`tabs.${v}`)} idPrefix="stakeholders">
        {view === 'table' && <StakeholderTable />}
        {view === 'analysis' && <AnalysisView />}
        {view === 'strategies' && <StrategiesView />}
        {view === 'snapshots' && <SnapshotsView />}
        {view === 'categories' && <CategoriesView />}
      </Tabs>
    </div>
  )
}
