import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { StageId } from '../../../core/workflow/stages'
import { useProject } from '../project/ProjectContext'
import { checksOf } from './checks'

/** What the current stage still needs: its checklist, ticked from the project data. */
export function ChecklistPanel({ stage }: { stage: StageId }) {
  const { t } = useTranslation('common')
  const { t: tu } = useTranslation('ui')
  const { project } = useProject()
  const titleId = useId()
  const checks = checksOf(project, stage)
  const done = checks.filter((c) => c.done).length
  return (
    <aside className="checklist" aria-labelledby={titleId}>
      <h2 className="checklist__title" id={titleId}>
        {t('stageNav.checklist')}
      </h2>
      <p className="checklist__progress">{tu('project.checklistProgress', { done, total: checks.length })}</p>
      <ul className="checklist__list">
        {checks.map((c) => (
          <li key={c.key} className={`checklist__item checklist__item--${c.done ? 'done' : 'todo'}`}>
            <span className="checklist__mark" aria-hidden="true">
              {c.done ? '✓' : ''}
            </span>
            <span className="checklist__text">{t(`checks.${stage}.${c.key}`)}</span>
            <span className="visually-hidden">{` — ${c.done ? t('stageNav.done') : t('stageNav.todo')}`}</span>
          </li>
        ))}
      </ul>
    </aside>
  )
}
