import { useTranslation } from 'react-i18next'
import { POSITIONS, type Stakeholder } from '../../../../core/model/stakeholders'
import { POWER_WEIGHT, stanceOf } from '../../../../core/analysis/stakeholders'
import { defaultPointLabel } from '../../../../core/diagrams/powerInterest'
import { EmptyState } from '../../components'
import { isolate } from './labels'

/** Discs drawn per column; the rest are counted (the table lists everyone). */
const PER_COLUMN = 40

/**
 * PolicyMaker's position map in HTML/CSS: seven columns from high support to high opposition (the grid
 * follows the reading direction, so support stays at the start in Arabic too), one disc per stakeholder,
 * sized by power, with its short name; the full name and values are its accessible text and tooltip.
 */
export function PositionMap({ items }: { items: readonly Stakeholder[] }) {
  const { t } = useTranslation('stakeholders')
  const assessed = items.filter((s) => s.position !== null)
  const unassessed = items.filter((s) => s.position === null)
  if (assessed.length === 0) return <EmptyState compact body={t('positionMap.empty')} />
  return (
    <>
      <div className="sh-map" role="list" aria-label={t('positionMap.label')}>
        {POSITIONS.map((p) => {
          const here = assessed
            .filter((s) => s.position === p)
            .sort((a, b) => (b.power ? POWER_WEIGHT[b.power] : 0) - (a.power ? POWER_WEIGHT[a.power] : 0))
          return (
            <div key={p} className={`sh-map__col sh-map__col--${stanceOf(p)}`} role="listitem">
              <p className="sh-map__head">{t(`positions.${p}`)}</p>
              <ul className="sh-map__items">
                {here.slice(0, PER_COLUMN).map((s) => {
                  const text = t('positionMap.item', {
                    name: s.name,
                    position: t(`positions.${p}`),
                    power: s.power ? t(`powers.${s.power}`) : t('positionMap.powerUnknown')
                  })
                  return (
                    <li key={s.id} className="sh-map__item" title={text}>
                      <span className={`sh-map__disc sh-map__disc--${s.power ?? 'unknown'} sh-map__disc--${stanceOf(p)}`} aria-hidden="true" />
                      <span className="sh-map__name" dir="auto" aria-hidden="true">
                        {defaultPointLabel(s)}
                      </span>
                      <span className="visually-hidden">{text}</span>
                    </li>
                  )
                })}
                {here.length > PER_COLUMN && <li className="sh-map__more">{`+${here.length - PER_COLUMN}`}</li>}
              </ul>
            </div>
          )
        })}
      </div>
      <p className="field__hint sh-map__legend">
        <span className="sh-map__disc sh-map__disc--low sh-map__disc--nonMobilised" aria-hidden="true" />
        <span className="sh-map__disc sh-map__disc--medium sh-map__disc--nonMobilised" aria-hidden="true" />
        <span className="sh-map__disc sh-map__disc--high sh-map__disc--nonMobilised" aria-hidden="true" />
        {t('positionMap.sizeLegend')}
      </p>
      {unassessed.length > 0 && (
        <p className="sh-note" dir="auto">
          {t('positionMap.unassessed', { names: unassessed.map((s) => isolate(s.name)).join(', ') })}
        </p>
      )}
    </>
  )
}
