import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { readiness } from '../../../../core/analysis/readiness'
import { Section } from '../../components'
import { useProject } from '../../project/ProjectContext'

const MARK = { met: '✓', partial: '◐', notMet: '○' } as const

/** STP-14's six questions as a readiness view computed from the whole project. */
export function ReadinessView() {
  const { t } = useTranslation('design')
  const { project } = useProject()
  const r = useMemo(() => readiness(project), [project])
  return (
    <Section title={t('readiness.title')} intro={t('readiness.intro')}>
      <p className="design-ready__summary">
        <strong>{t('readiness.summary', { met: r.readyBefore, total: r.totalBefore })}</strong>
      </p>
      <ol className="design-ready">
        {r.questions.map((q) => (
          <li key={q.key} className={`design-ready__q design-ready__q--${q.status}`}>
            <div className="design-ready__head">
              <span className="design-ready__mark" aria-hidden="true">
                {MARK[q.status]}
              </span>
              <h3 className="design-ready__question">{t(`readiness.questions.${q.key}`)}</h3>
              <span className={`badge design-ready__status design-ready__status--${q.status}`}>{t(`readiness.status.${q.status}`)}</span>
              {q.phase === 'after' && <span className="badge design-ready__phase">{t('readiness.afterDialogue')}</span>}
            </div>
            <ul className="design-ready__checks">
              {q.checks.map((c) => (
                <li key={c.key} className={c.done ? 'design-ready__check design-ready__check--done' : 'design-ready__check'}>
                  <span className="design-ready__tick" aria-hidden="true">
                    {c.done ? '✓' : '✗'}
                  </span>
                  <span className="visually-hidden">{c.done ? t('readiness.done') : t('readiness.todo')}</span>
                  {t(`readiness.checks.${c.key}`, c.params)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </Section>
  )
}
