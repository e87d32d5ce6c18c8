import { lazy, type ComponentType, type LazyExoticComponent } from 'react'
import type { StageId } from '../../../core/workflow/stages'

/**
 * The screen of each stage, loaded on demand. A stage helper adds ONE line here pointing at its
 * screen's default export; a stage without a line shows the honest "coming soon" state.
 */
export const STAGE_SCREENS: Partial<Record<StageId, LazyExoticComponent<ComponentType>>> = {
  framing: lazy(() => import('./framing/FramingScreen')),
  priority: lazy(() => import('./priority/PriorityScreen')),
  evidence: lazy(() => import('./evidence/EvidenceScreen')),
  stakeholders: lazy(() => import('./stakeholders/StakeholdersScreen')),
  design: lazy(() => import('./design/DesignScreen')),
  agenda: lazy(() => import('./agenda/AgendaScreen')),
  minutes: lazy(() => import('./minutes/MinutesScreen')),
  actions: lazy(() => import('./actions/ActionsScreen')),
  evaluation: lazy(() => import('./evaluation/EvaluationScreen'))
}
