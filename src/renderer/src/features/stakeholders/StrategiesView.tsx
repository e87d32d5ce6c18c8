import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { STRATEGIES, type Stakeholder } from '../../../../core/model/stakeholders'
import { quadrantOf, stanceOf, suggestStrategy, type Stance } from '../../../../core/analysis/stakeholders'
import { LIMITS } from '../../../../core/model/common'
import { Button, EmptyState, Section, useTextProblem } from '../../components'
import { CellSelect } from './CellSelect'
import { useStakeholders } from './useStakeholders'

type Group = Stance | 'unassessed'
const GROUPS: readonly Group[] = ['supporter', 'nonMobilised', 'opponent', 'unassessed']
const PAGE = 30

/**
 * Strategies per actor (strengthen support / mobilise / reduce opposition / monitor), listed by stance so a
 * row stays in place while its strategy is being chosen, with the suggested strategy one click away.
 */
export function StrategiesView() {
  const { t } = useTranslation('stakeholders')
  const { section, patch, patchMany } = useStakeholders()
  const items = section.items
  const [limits, setLimits] = useState<Partial<Record<Group, number>>>({})
  const suggestions = useMemo(() => {
    const m = new Map<string, NonNullable<Stakeholder['strategy']>>()
    for (const s of items) {
      const x = s.strategy === null ? suggestStrategy(s) : null
      if (x) m.set(s.id, x)
    }
    return m
  }, [items])
  if (items.length === 0) return <EmptyState compact body={t('strategiesView.empty')} />
  const groupOf = (s: Stakeholder): Group => (s.position === null ? 'unassessed' : stanceOf(s.position))
  const groupLabel = (g: Group) => (g === 'unassessed' ? t('grid.legendUnknown') : t(`stances.${g}`))
  const counts = [...STRATEGIES.map((k) => [t(`strategies.${k}`), items.filter((s) => s.strategy === k).length] as const), [t('strategiesView.notSet'), items.filter((s) => s.strategy === null).length] as const]
  return (
    <Section
      title={t('strategiesView.title')}
      intro={t('strategiesView.intro')}
      actions={
        suggestions.size > 0 && (
          <Button size="small" onClick={() => patchMany(new Map([...suggestions].map(([id, strategy]) => [id, { strategy }])))}>
            {t('strategiesView.applyAll', { count: suggestions.size })}
          </Button>
        )
      }
    >
      <ul className="sh-strategy__counts">
        {counts.map(([label, count]) => (
          <li key={label}>{t('strategiesView.groupCount', { group: label, count })}</li>
        ))}
      </ul>
      <div className="sh-strategy__columns" aria-hidden="true">
        <span>{t('fields.name')}</span>
        <span>{t('fields.strategy')}</span>
        <span>{t('fields.engagement')}</span>
      </div>
      {GROUPS.map((g) => {
        const members = items.filter((s) => groupOf(s) === g)
        if (members.length === 0) return null
        const limit = limits[g] ?? PAGE
        return (
          <section key={g} className={`sh-strategy sh-strategy--${g}`} aria-label={groupLabel(g)}>
            <h3 className="sh-strategy__title">{t('strategiesView.groupCount', { group: groupLabel(g), count: members.length })}</h3>
            <ul className="sh-strategy__list">
              {members.slice(0, limit).map((s) => {
                const suggestion = suggestStrategy(s)
                const quadrant = quadrantOf(s)
                return (
                  <li key={s.id} className="sh-strategy__item">
                    <div className="sh-strategy__who">
                      <strong dir="auto">{s.name}</strong>
                      <span className="sh-strategy__meta">
                        {s.position ? t(`positions.${s.position}`) : t('snapshots.notAssessed')}
                        {' · '}
                        {quadrant ? t('strategiesView.quadrant', { quadrant: t(`quadrants.${quadrant}`) }) : t('strategiesView.noQuadrant')}
                      </span>
                    </div>
                    <div className="sh-strategy__choice">
                      <CellSelect label={t('table.cell', { field: t('fields.strategy'), name: s.name })} value={s.strategy} options={STRATEGIES} optionLabel={(v) => t(`strategies.${v}`)} onChange={(strategy) => patch(s.id, { strategy })} />
                      {suggestion && suggestion !== s.strategy && (
                        <>
                          <span className="sh-table__hint">{t('strategiesView.suggested', { strategy: t(`strategies.${suggestion}`) })}</span>
                          <Button size="small" variant="ghost" onClick={() => patch(s.id, { strategy: suggestion })} aria-label={`${t('strategiesView.apply')} — ${s.name}`}>
                            {t('strategiesView.apply')}
                          </Button>
                        </>
                      )}
                    </div>
                    <EngagementInput value={s.engagement} label={t('table.cell', { field: t('fields.engagement'), name: s.name })} onChange={(engagement) => patch(s.id, { engagement }, 'engagement')} />
                  </li>
                )
              })}
            </ul>
            {members.length > limit && (
              <Button size="small" onClick={() => setLimits((l) => ({ ...l, [g]: limit + PAGE }))}>
                {t('table.showMore', { count: Math.min(PAGE, members.length - limit) })}
              </Button>
            )}
          </section>
        )
      })}
    </Section>
  )
}

/** The engagement text of one actor, compact (the column header is its visible label). */
function EngagementInput({ value, label, onChange }: { value: string; label: string; onChange: (v: string) => void }) {
  const problem = useTextProblem(value, LIMITS.longText, false)
  return (
    <div className="sh-strategy__engagement">
      <textarea className="input input--area" rows={2} dir="auto" aria-label={label} aria-invalid={problem ? true : undefined} value={value} onChange={(e) => onChange(e.target.value)} />
      {problem && (
        <p className="field__error" role="status">
          {problem}
        </p>
      )}
    </div>
  )
}
