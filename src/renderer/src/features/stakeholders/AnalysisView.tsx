import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { QUADRANTS, feasibility, placeOnGrid } from '../../../../core/analysis/stakeholders'
import { powerInterestChart } from '../../../../core/diagrams/powerInterest'
import { formatNumber } from '../../../../core/i18n/languages'
import { EmptyState, Section } from '../../components'
import { Diagram } from '../../diagrams'
import { useLang } from '../../i18n/language'
import { PositionMap } from './PositionMap'
import { isolate, useGridLabels } from './labels'
import { useStakeholders } from './useStakeholders'

const GRID_MAX_POINTS = 60
const PER_QUADRANT = 50

/** Power/interest grid (mermaid quadrant chart + lists per quadrant), position map and feasibility index. */
export function AnalysisView() {
  const { t } = useTranslation('stakeholders')
  const lang = useLang()
  const { section } = useStakeholders()
  const items = section.items
  const labels = useGridLabels()
  const chart = useMemo(() => powerInterestChart(items, labels, { maxPoints: GRID_MAX_POINTS }), [items, labels])
  const { points, unplaced } = useMemo(() => placeOnGrid(items), [items])
  const f = useMemo(() => feasibility(items), [items])
  const num = (n: number) => formatNumber(n, lang)
  const total = Math.max(1, f.support + f.nonMobilised + f.opposition)
  const bar = (value: number) => ({ inlineSize: `${Math.round((value / total) * 100)}%` })

  return (
    <>
      <Section title={t('grid.title')} intro={t('grid.intro')}>
        {points.length === 0 ? (
          <EmptyState compact body={t('grid.empty')} />
        ) : (
          <>
            <div className="sh-grid">
              <Diagram source={chart.source} label={t('grid.diagramLabel', { count: chart.placed })} className="sh-grid__diagram" />
              <ul className="sh-legend" aria-label={t('grid.legend')}>
                <li>
                  <span className="sh-dot sh-dot--supporter" aria-hidden="true" />
                  {t('grid.legendSupporter')}
                </li>
                <li>
                  <span className="sh-dot sh-dot--nonMobilised" aria-hidden="true" />
                  {t('grid.legendNeutral')}
                </li>
                <li>
                  <span className="sh-dot sh-dot--opponent" aria-hidden="true" />
                  {t('grid.legendOpponent')}
                </li>
                <li>
                  <span className="sh-dot sh-dot--unknown" aria-hidden="true" />
                  {t('grid.legendUnknown')}
                </li>
              </ul>
            </div>
            <p className="field__hint">{t('grid.thresholds')}</p>
            {chart.omitted > 0 && <p className="field__hint">{t('grid.omitted', { count: chart.omitted })}</p>}
          </>
        )}
        {unplaced.length > 0 && (
          <p className="sh-note" dir="auto">
            {t('grid.unplaced', { names: unplaced.map((s) => isolate(s.name)).join(', ') })}
          </p>
        )}
        {points.length > 0 && (
          <div className="sh-quadrants">
            <h3 className="visually-hidden">{t('grid.byQuadrant')}</h3>
            {QUADRANTS.map((q) => {
              const inQ = points.filter((p) => p.quadrant === q)
              return (
                <section key={q} className={`sh-quadrant sh-quadrant--${q}`} aria-label={t(`quadrants.${q}`)}>
                  <h4 className="sh-quadrant__title">{t('grid.quadrantCount', { quadrant: t(`quadrants.${q}`), count: inQ.length })}</h4>
                  <p className="sh-quadrant__advice">{t(`quadrantAdvice.${q}`)}</p>
                  {inQ.length === 0 ? (
                    <p className="field__hint">{t('grid.none')}</p>
                  ) : (
                    <ul className="sh-quadrant__list">
                      {inQ.slice(0, PER_QUADRANT).map((p) => (
                        <li key={p.stakeholder.id} dir="auto">
                          {p.stakeholder.name}
                        </li>
                      ))}
                      {inQ.length > PER_QUADRANT && <li>{`+${inQ.length - PER_QUADRANT}`}</li>}
                    </ul>
                  )}
                </section>
              )
            })}
          </div>
        )}
      </Section>

      <Section title={t('positionMap.title')} intro={t('positionMap.intro')}>
        <PositionMap items={items} />
      </Section>

      <Section title={t('feasibility.title')} intro={t('feasibility.intro')}>
        <div className="sh-feas" role="group" aria-label={t('feasibility.title')}>
          {(
            [
              ['support', f.support, f.supporters],
              ['nonMobilised', f.nonMobilised, f.nonMobilisedCount],
              ['opposition', f.opposition, f.opponents]
            ] as const
          ).map(([key, weight, count]) => (
            <div key={key} className={`sh-feas__row sh-feas__row--${key}`}>
              <span className="sh-feas__label">{t(`feasibility.${key}`)}</span>
              <span className="meter sh-feas__meter" aria-hidden="true">
                <span className="meter__bar sh-feas__bar" style={bar(weight)} />
              </span>
              <span className="sh-feas__value">
                {t('feasibility.weight', { weight: num(weight) })}
                {' · '}
                {t('feasibility.actors', { count: num(count) })}
              </span>
            </div>
          ))}
        </div>
        <p className="sh-feas__net">{t('feasibility.net', { net: num(f.net) })}</p>
        <p className={`sh-reading sh-reading--${f.reading.key.split('.').pop()}`} aria-live="polite">
          {t(f.reading.key, f.reading.params)}
        </p>
        {f.hints.map((h) => (
          <p key={h.key} className="sh-note">
            {t(h.key, h.params)}
          </p>
        ))}
      </Section>
    </>
  )
}
