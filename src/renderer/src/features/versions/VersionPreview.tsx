import { useTranslation } from 'react-i18next'
import type { Project } from '../../../../core/model/project'
import { STAGES, stageCompleteness } from '../../../../core/workflow/stages'
import { formatNumber } from '../../../../core/i18n/languages'
import { useLang } from '../../i18n/language'

const EXCERPT = 400

/** What an older version holds, read-only: its name, how far each stage went, how much it contains. */
export function VersionPreview({ project }: { project: Project }) {
  const { t } = useTranslation('safety')
  const { t: tc } = useTranslation('common')
  const lang = useLang()
  const counts: [string, number][] = [
    [t('versions.countParticipants'), project.participants.length],
    [t('versions.countStakeholders'), project.stakeholders.items.length],
    [t('versions.countAgenda'), project.agenda.days.reduce((n, d) => n + d.blocks.length, 0)],
    [t('versions.countMinutes'), project.minutes.entries.length],
    [t('versions.countActions'), project.actions.items.length]
  ]
  const context = project.framing.context.trim()
  return (
    <div className="version-preview">
      <dl className="version-preview__facts">
        <dt>{t('versions.previewName')}</dt>
        <dd dir="auto">{project.name}</dd>
      </dl>
      <h3 className="version-preview__heading">{t('versions.previewStages')}</h3>
      <ul className="version-preview__stages">
        {STAGES.map((stage) => {
          const done = stageCompleteness(project, stage)
          return (
            <li key={stage}>
              <span>{tc(`stages.${stage}`)}</span>
              <span className="meter" aria-hidden="true">
                <span className="meter__bar" style={{ inlineSize: `${Math.round(done * 100)}%` }} />
              </span>
              <span className="version-preview__pct">{formatNumber(done, lang, { style: 'percent' })}</span>
            </li>
          )
        })}
      </ul>
      <h3 className="version-preview__heading">{t('versions.previewCounts')}</h3>
      <dl className="version-preview__counts">
        {counts.map(([label, n]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{formatNumber(n, lang)}</dd>
          </div>
        ))}
      </dl>
      {context !== '' && (
        <>
          <h3 className="version-preview__heading">{t('versions.context')}</h3>
          <p className="version-preview__excerpt" dir="auto">
            {context.length > EXCERPT ? `${Array.from(context).slice(0, EXCERPT).join('')}…` : context}
          </p>
        </>
      )}
    </div>
  )
}
