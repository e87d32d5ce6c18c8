import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { EVALUATION_FEATURES, type EvaluationFeature } from '../../../../core/model/evaluation'
import { evaluationResults, rankedFeatures, SCALE, type RatingStats } from '../../../../core/evaluation/stats'
import { evaluationChart, hasChartData } from '../../../../core/diagrams/evaluationChart'
import { formatNumber } from '../../../../core/i18n/languages'
import { EmptyState, Section } from '../../components'
import { Diagram } from '../../diagrams'
import { useLang } from '../../i18n/language'
import { useProject } from '../../project/ProjectContext'

function StatsCells({ s }: { s: RatingStats }) {
  const { t } = useTranslation('evaluation')
  const lang = useLang()
  const max = Math.max(1, ...s.distribution)
  return (
    <>
      <td className="results__num">{s.n}</td>
      <td className="results__num results__mean">{s.mean === null ? t('results.none') : formatNumber(s.mean, lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</td>
      {s.distribution.map((count, i) => (
        <td
          key={i}
          className="results__dist"
          aria-label={t('results.distributionCell', { count, value: i + 1 })}
          style={{ backgroundColor: count > 0 ? `rgb(27 79 143 / ${Math.round((count / max) * 45) + 8}%)` : undefined }}
        >
          {count}
        </td>
      ))}
      <td className="results__num">{s.shareFavourable === null ? t('results.none') : formatNumber(s.shareFavourable, lang, { style: 'percent', maximumFractionDigits: 0 })}</td>
    </>
  )
}

/** Results table (n, mean, distribution 1–7, share ≥ 5) per feature and for intention to act, and the chart. */
export function Results() {
  const { t } = useTranslation('evaluation')
  const { project } = useProject()
  const results = useMemo(() => evaluationResults(project.evaluation.responses), [project.evaluation.responses])
  const chart = useMemo(
    () =>
      hasChartData(results)
        ? evaluationChart(results, {
            title: t('results.chartTitle'),
            axis: t('results.chartAxis'),
            feature: Object.fromEntries(EVALUATION_FEATURES.map((f) => [f, t(`featuresShort.${f}`)])) as Record<EvaluationFeature, string>,
            intentionToAct: t('intentionShort')
          })
        : null,
    [results, t]
  )
  const ranked = rankedFeatures(results).filter((f) => f.mean !== null)
  const names = (list: typeof ranked) => list.map((f) => t(`featuresShort.${f.feature}`)).join(' · ')

  return (
    <Section title={t('results.title')} intro={t('results.intro')}>
      {results.responses === 0 ? (
        <EmptyState compact body={t('responses.empty')} />
      ) : (
        <>
          <p className="results__count">{t('responses.count', { count: results.responses })}</p>
          {ranked.length >= 6 && (
            <ul className="results__highlights">
              <li>{t('results.strongest', { list: names(ranked.slice(0, 3)) })}</li>
              <li>{t('results.weakest', { list: names(ranked.slice(-3).reverse()) })}</li>
            </ul>
          )}
          <div className="results__scroll">
            <table className="results">
              <caption className="visually-hidden">{t('results.table')}</caption>
              <thead>
                <tr>
                  <th scope="col" rowSpan={2}>
                    {t('results.feature')}
                  </th>
                  <th scope="col" rowSpan={2} className="results__num">
                    {t('results.n')}
                  </th>
                  <th scope="col" rowSpan={2} className="results__num">
                    {t('results.mean')}
                  </th>
                  <th scope="colgroup" colSpan={7} className="results__dist-head">
                    {t('results.distribution')}
                  </th>
                  <th scope="col" rowSpan={2} className="results__num">
                    {t('results.share')}
                  </th>
                </tr>
                <tr>
                  {SCALE.map((v) => (
                    <th scope="col" key={v} className="results__dist">
                      {v}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {results.features.map((f, i) => (
                  <tr key={f.feature}>
                    <th scope="row" className="results__feature" title={t(`features.${f.feature}`)}>
                      <span className="results__feature-num">{`${i + 1}.`}</span> {t(`featuresShort.${f.feature}`)}
                    </th>
                    <StatsCells s={f} />
                  </tr>
                ))}
                <tr className="results__intention">
                  <th scope="row" className="results__feature" title={t('intentionToAct')}>
                    {t('intentionShort')}
                  </th>
                  <StatsCells s={results.intentionToAct} />
                </tr>
              </tbody>
            </table>
          </div>
          {chart ? <Diagram source={chart} label={t('results.chartLabel')} className="evaluation-chart" /> : <EmptyState compact body={t('results.chartEmpty')} />}
          <h3 className="results__comments-title">{t('results.commentsTitle')}</h3>
          {results.comments.length === 0 ? (
            <p className="results__no-comments">{t('results.noComments')}</p>
          ) : (
            <ul className="results__comments">
              {results.comments.map((c, i) => (
                <li key={i}>
                  <bdi>{c}</bdi>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Section>
  )
}
