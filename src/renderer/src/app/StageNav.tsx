import { useTranslation } from 'react-i18next'
import { STAGES, type StageId } from '../../../core/workflow/stages'
import { useProject } from '../project/ProjectContext'
import { completenessOf } from './checks'
import { navigate, routeHref } from './routes'

/** The nine stages in order, each with its completeness (derived from the checklist, never stored). */
export function StageNav({ current }: { current: StageId }) {
  const { t } = useTranslation('common')
  const { project } = useProject()
  return (
    <nav className="stage-nav" aria-label={t('stageNav.label')}>
      <ol className="stage-nav__list">
        {STAGES.map((stage, i) => {
          // Kept per project state (checks.ts): a stage switch does not recompute the nine checklists.
          const percent = Math.round(completenessOf(project, stage) * 100)
          const label = t('stageNav.completeness', { percent })
          return (
            <li key={stage}>
              <a
                className="stage-nav__link"
                href={routeHref({ kind: 'project', id: project.id, stage })}
                aria-current={stage === current ? 'step' : undefined}
                data-stage={stage}
                onClick={(e) => {
                  // A plain click switches in this task, without waiting for the hash change event.
                  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
                  e.preventDefault()
                  navigate({ kind: 'project', id: project.id, stage })
                }}
              >
                <span className={`stage-nav__num${percent === 100 ? ' stage-nav__num--done' : ''}`} aria-hidden="true">
                  {percent === 100 ? '✓' : i + 1}
                </span>
                <span className="stage-nav__text">
                  <span className="stage-nav__name">{t(`stages.${stage}`)}</span>
                  <span className="stage-nav__meter" aria-hidden="true">
                    <span className="stage-nav__bar" style={{ inlineSize: `${percent}%` }} />
                  </span>
                  <span className="stage-nav__percent">{label}</span>
                </span>
              </a>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
