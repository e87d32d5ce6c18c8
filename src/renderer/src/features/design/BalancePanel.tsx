import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { BALANCE_ROLES, isBalanced, participantBalance } from '../../../../core/analysis/balance'
import { EmptyState, Section } from '../../components'
import { useProject } from '../../project/ProjectContext'
import { categoryLabelOf } from '../stakeholders/labels'

/** The balance check: the mix of roles, size against the target, missing categories, dissent, capacity, consent. */
export function BalancePanel() {
  const { t } = useTranslation('design')
  const { t: tc } = useTranslation('common')
  const { project } = useProject()
  const b = useMemo(
    () =>
      participantBalance({
        participants: project.participants,
        stakeholders: project.stakeholders.items,
        categories: project.stakeholders.categories,
        design: project.design
      }),
    [project.participants, project.stakeholders, project.design]
  )
  const roleName = (role: string) => t(`participants.roles.${role}`)
  const active = project.participants.filter((p) => p.invitationStatus !== 'declined').length
  const warnings = b.issues.filter((i) => i.severity === 'warning')
  const infos = b.issues.filter((i) => i.severity === 'info')
  return (
    <Section title={t('balance.title')} intro={t('balance.intro')} className="design-balance">
      {project.participants.length === 0 ? (
        <EmptyState compact body={t('balance.empty')} />
      ) : (
        <>
          <div className="design-balance__roles">
            {BALANCE_ROLES.map((role) => (
              <div key={role} className={`design-balance__role design-balance__role--${role}`}>
                <span className="design-balance__label">{t('balance.roleLine', { role: roleName(role), count: b.byRole[role], share: b.shares[role] })}</span>
                <span className="meter" aria-hidden="true">
                  <span className="meter__bar" style={{ inlineSize: `${b.shares[role]}%` }} />
                </span>
              </div>
            ))}
          </div>
          <p className={`design-balance__size design-balance__size--${b.size.status}`}>
            {t('balance.size', { count: b.size.count, min: b.size.min, max: b.size.max })}
            {' — '}
            <strong>{t(`balance.sizeStatus.${b.size.status}`)}</strong>
          </p>
          <p className="field__hint">
            {t('balance.others', { count: b.byRole.facilitator + b.byRole.observer })}
            {' · '}
            {t('balance.capacity', b.capacity)}
            {' · '}
            {t('balance.consent', { count: b.consenting, total: active })}
          </p>
          {warnings.length === 0 ? (
            isBalanced(b) && <p className="design-ok">{t('balance.ok')}</p>
          ) : (
            <ul className="design-issues" aria-live="polite">
              {warnings.map((i) => (
                <li key={`${i.key}-${String(i.params.role ?? '')}`} className="design-issue">
                  {t(`balance.issues.${i.key}`, { ...i.params, role: typeof i.params.role === 'string' ? roleName(i.params.role) : '' })}
                </li>
              ))}
            </ul>
          )}
          {b.missingCategories.length > 0 && (
            <div className="design-balance__missing">
              <h3 className="sh-subtitle">{t('balance.missingCategoriesTitle')}</h3>
              <ul>
                {b.missingCategories.map((c) => (
                  <li key={c.id} dir="auto">
                    {categoryLabelOf(c, tc)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {infos.map((i) => (
            <p key={i.key} className="sh-note">
              {t(`balance.issues.${i.key}`, i.params)}
            </p>
          ))}
        </>
      )}
      <p className="field__hint design-balance__rules">{t('balance.rules')}</p>
    </Section>
  )
}
