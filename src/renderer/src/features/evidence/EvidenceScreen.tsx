import { useTranslation } from 'react-i18next'
import { DEFER_ABOVE, Later, ScreenHeader } from '../../components'
import { useProjectSection } from '../../project/ProjectContext'
import { BriefBuilder } from './BriefBuilder'
import { SourcesSection } from './SourcesSection'
import { useEvidence } from './useEvidence'
import './evidence.css'

/** Stage 2 — evidence: the sources, then the evidence brief built from them. */
export default function EvidenceScreen() {
  const { t } = useTranslation('evidence')
  const evidence = useEvidence()
  const [priority] = useProjectSection('priority')
  const chosen = priority.candidates.find((c) => c.id === priority.chosenProblemId)
  return (
    <div className="stage-screen evidence-screen">
      <ScreenHeader title={t('title')} intro={t('intro')} />
      <p className={chosen ? 'evidence__problem' : 'evidence__problem evidence__problem--none'} dir="auto">
        {chosen ? t('problemReminder', { problem: chosen.title }) : t('noProblem')}
      </p>
      <SourcesSection sources={evidence.sources} />
      {/* Below the sources: drawn just after the switch has been painted. */}
      <Later now={evidence.sources.length + evidence.options.length <= DEFER_ABOVE / 2}>
        <BriefBuilder evidence={evidence} statement={priority.statement} />
      </Later>
    </div>
  )
}
