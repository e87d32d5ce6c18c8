import { memo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PEARL_KEYS, type Scorer } from '../../../../core/model/priority'
import {
  basicPriorityRating,
  checkGridScore,
  checkHanlon,
  hanlonScoreOf,
  liveGridScores,
  rankByGrid,
  rankByHanlon,
  scorerGrid,
  type HanlonComponent,
  type ScoringInput
} from '../../../../core/analysis/prioritisation'
import { clearHanlon, setGridScore, setHanlonComponent, setPearl } from '../../../../core/analysis/priorityEdits'
import { formatNumber } from '../../../../core/i18n/languages'
import { EmptyState, IconButton, Section, SelectField } from '../../components'
import { useLang } from '../../i18n/language'
import { useCriterionLabel } from './MethodAndCriteria'
import { ScoreInput, focusCell } from './ScoreInput'
import { usePriorityActions } from './usePriority'

const COMPONENTS: readonly HanlonComponent[] = ['a', 'b', 'c']

/** What the score matrices and means need (the screen memoises it, so typing elsewhere does not redraw them). */
export type ScoringData = ScoringInput

/** Number formatting for scores and means: up to two decimals, Western digits. */
export function useScoreFormat(): (n: number | null, digits?: number, fixed?: boolean) => string {
  const lang = useLang()
  return (n, digits = 2, fixed = false) =>
    n === null ? '—' : formatNumber(n, lang, { maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0 })
}

/** One scorer's 1–5 grid: candidates in rows, criteria in columns; arrows ↑/↓ move between rows. */
function GridMatrix({ priority, scorer }: { priority: ScoringData; scorer: Scorer }) {
  const { t } = useTranslation('priority')
  const { apply } = usePriorityActions()
  const label = useCriterionLabel()
  const ref = useRef<HTMLTableElement>(null)
  const grid = scorerGrid(liveGridScores(priority), scorer.id)
  let custom = 0
  const names = priority.criteria.map((c) => label(c, c.key ? 0 : custom++))
  return (
    <div className="matrix-scroll">
      <table className="matrix score-matrix" ref={ref}>
        <caption className="matrix__caption">{t('scores.matrixCaption', { name: scorer.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scores.problem')}</th>
            {priority.criteria.map((c, i) => (
              <th scope="col" key={c.id} className={['matrix__criterion', c.weight === 0 ? 'matrix__criterion--off' : ''].join(' ')}>
                {names[i]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {priority.candidates.map((problem, row) => (
            <tr key={problem.id}>
              <th scope="row" className="matrix__problem" dir="auto">
                {problem.title}
              </th>
              {priority.criteria.map((c, col) => (
                <td key={c.id} className="matrix__cell" data-cell={`${row}:${col}`}>
                  <ScoreInput
                    value={grid.get(problem.id)?.get(c.id) ?? null}
                    check={checkGridScore}
                    label={t('scores.cellLabel', { problem: problem.title, criterion: names[col] })}
                    onVerticalKey={(d) => focusCell(ref.current, row + d, col)}
                    onCommit={(value) =>
                      apply((p) => {
                        const edit = setGridScore(p, { scorerId: scorer.id, problemId: problem.id, criterionId: c.id }, value)
                        return edit.ok ? edit.priority : p
                      })
                    }
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Mean per criterion over all scorers, the weighted total and its maximum. */
function GridMeans({ priority }: { priority: ScoringData }) {
  const { t } = useTranslation('priority')
  const label = useCriterionLabel()
  const fmt = useScoreFormat()
  const ranking = rankByGrid(priority)
  const byProblem = new Map(ranking.rows.map((r) => [r.problem.id, r]))
  let custom = 0
  const names = priority.criteria.map((c) => label(c, c.key ? 0 : custom++))
  return (
    <div className="matrix-scroll">
      <table className="matrix means-matrix">
        <caption className="matrix__caption">{t('scores.meansTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scores.problem')}</th>
            {priority.criteria.map((c, i) => (
              <th scope="col" key={c.id} className="matrix__criterion">
                {names[i]}
              </th>
            ))}
            <th scope="col" className="matrix__criterion matrix__total">
              {t('scores.weightedTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {priority.candidates.map((problem) => {
            const row = byProblem.get(problem.id)
            return (
              <tr key={problem.id}>
                <th scope="row" className="matrix__problem" dir="auto">
                  {problem.title}
                </th>
                {priority.criteria.map((c, i) => {
                  const m = row?.means[i]
                  return (
                    <td key={c.id} className="matrix__num">
                      {m && m.mean !== null
                        ? m.count < priority.scorers.length
                          ? t('scores.meanCell', { mean: fmt(m.mean), count: m.count })
                          : fmt(m.mean)
                        : t('scores.noMean')}
                    </td>
                  )
                })}
                <td className="matrix__num matrix__total">
                  {row ? t('scores.outOf', { total: fmt(row.weightedTotal, 1), max: fmt(ranking.maxTotal, 1) }) : '—'}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="matrix__note">{t('scores.meansCaption')}</p>
      {ranking.maxTotal === 0 && <p className="matrix__note">{t('ranking.states.zeroWeights')}</p>}
    </div>
  )
}

/** One scorer's Hanlon scores: A, B, C, the basic rating, the five PEARL factors and the priority score. */
function HanlonMatrix({ priority, scorer }: { priority: ScoringData; scorer: Scorer }) {
  const { t } = useTranslation('priority')
  const { apply } = usePriorityActions()
  const fmt = useScoreFormat()
  const ref = useRef<HTMLTableElement>(null)
  const mine = new Map(priority.hanlon.filter((h) => h.scorerId === scorer.id).map((h) => [h.problemId, h]))
  return (
    <div className="matrix-scroll">
      <table className="matrix hanlon-matrix" ref={ref}>
        <caption className="matrix__caption">{t('scores.matrixCaption', { name: scorer.name })}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('scores.problem')}
            </th>
            {COMPONENTS.map((k) => (
              <th scope="col" key={k} rowSpan={2} className="matrix__criterion">
                {t(`hanlon.${k}`)}
                <span className="matrix__range">{t(`hanlon.${k}Range`)}</span>
              </th>
            ))}
            <th scope="col" rowSpan={2} className="matrix__criterion">
              {t('hanlon.bpr')}
            </th>
            <th scope="colgroup" colSpan={PEARL_KEYS.length} className="matrix__criterion">
              {t('hanlon.pearl')}
            </th>
            <th scope="col" rowSpan={2} className="matrix__criterion">
              {t('hanlon.priorityScore')}
            </th>
            <th scope="col" rowSpan={2}>
              <span className="visually-hidden">{t('criteriaSection.actions')}</span>
            </th>
          </tr>
          <tr>
            {PEARL_KEYS.map((k) => (
              <th scope="col" key={k} className="matrix__pearl" title={t(`pearl.${k}`)}>
                <abbr title={t(`pearl.${k}`)}>{t(`pearlShort.${k}`)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {priority.candidates.map((problem, row) => {
            const h = mine.get(problem.id)
            return (
              <tr key={problem.id}>
                <th scope="row" className="matrix__problem" dir="auto">
                  {problem.title}
                </th>
                {COMPONENTS.map((k, col) => (
                  <td key={k} className="matrix__cell" data-cell={`${row}:${col}`}>
                    <ScoreInput
                      value={h ? h[k] : null}
                      clearable={false}
                      check={(raw) => checkHanlon(k, raw)}
                      label={t('hanlon.cellLabel', { component: t(`hanlon.${k}`), problem: problem.title })}
                      onVerticalKey={(d) => focusCell(ref.current, row + d, col)}
                      onCommit={(value) =>
                        value !== null &&
                        apply((p) => {
                          const edit = setHanlonComponent(p, scorer.id, problem.id, k, value)
                          return edit.ok ? edit.priority : p
                        })
                      }
                    />
                  </td>
                ))}
                <td className="matrix__num">{h ? fmt(basicPriorityRating(h.a, h.b, h.c), 1) : '—'}</td>
                {PEARL_KEYS.map((k) => (
                  <td key={k} className="matrix__pearl">
                    <input
                      type="checkbox"
                      checked={h ? h.pearl[k] : true}
                      aria-label={t('hanlon.pearlLabel', { factor: t(`pearl.${k}`), problem: problem.title })}
                      onChange={(e) => {
                        const met = e.target.checked
                        apply((p) => setPearl(p, scorer.id, problem.id, k, met))
                      }}
                    />
                  </td>
                ))}
                <td className="matrix__num matrix__total">{h ? fmt(hanlonScoreOf(h), 1) : '—'}</td>
                <td className="matrix__actions">
                  {h && (
                    <IconButton
                      icon="✕"
                      className="btn--danger-ghost"
                      label={t('hanlon.clear', { name: scorer.name, problem: problem.title })}
                      onClick={() => apply((p) => clearHanlon(p, scorer.id, problem.id))}
                    />
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

/** Means of A, B, C over all scorers, the BPR of the means, PEARL and the priority score. */
function HanlonMeans({ priority }: { priority: ScoringData }) {
  const { t } = useTranslation('priority')
  const fmt = useScoreFormat()
  const ranking = rankByHanlon(priority)
  return (
    <div className="matrix-scroll">
      <table className="matrix means-matrix">
        <caption className="matrix__caption">{t('hanlon.meansTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scores.problem')}</th>
            {COMPONENTS.map((k) => (
              <th scope="col" key={k} className="matrix__criterion">
                {t(`hanlon.${k}`)}
              </th>
            ))}
            <th scope="col" className="matrix__criterion">
              {t('hanlon.bpr')}
            </th>
            <th scope="col" className="matrix__criterion">
              {t('hanlon.pearl')}
            </th>
            <th scope="col" className="matrix__criterion matrix__total">
              {t('hanlon.priorityScore')}
            </th>
            <th scope="col" className="matrix__criterion">
              {t('hanlon.scorers')}
            </th>
          </tr>
        </thead>
        <tbody>
          {ranking.rows.map((r) => (
            <tr key={r.problem.id}>
              <th scope="row" className="matrix__problem" dir="auto">
                {r.problem.title}
              </th>
              <td className="matrix__num">{fmt(r.a)}</td>
              <td className="matrix__num">{fmt(r.b)}</td>
              <td className="matrix__num">{fmt(r.c)}</td>
              <td className="matrix__num">{fmt(r.bpr, 1)}</td>
              <td className={r.excluded ? 'matrix__warn' : ''}>
                {r.excluded ? t('hanlon.excluded', { factors: r.failedPearl.map((k) => t(`pearl.${k}`)).join(', ') }) : r.count > 0 ? '✓' : '—'}
              </td>
              <td className="matrix__num matrix__total">{fmt(r.priorityScore, 1)}</td>
              <td className="matrix__num">{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="matrix__note">{t('hanlon.meansCaption')}</p>
    </div>
  )
}

/** Scores: pick a scorer, fill their matrix; the means of all scorers below. */
export const ScoresSection = memo(function ScoresSection({ priority }: { priority: ScoringData }) {
  const { t } = useTranslation('priority')
  const [picked, setPicked] = useState<string | null>(null)
  const scorer = priority.scorers.find((s) => s.id === picked) ?? priority.scorers[0] ?? null
  const grid = priority.method === 'grid'
  const blocker =
    priority.candidates.length === 0 ? 'needCandidates' : priority.scorers.length === 0 ? 'needScorer' : grid && priority.criteria.length === 0 ? 'needCriteria' : null

  return (
    <Section title={t('scores.title')} intro={grid ? t('scores.introGrid') : t('scores.introHanlon')} className="priority-scores">
      {blocker || !scorer ? (
        <EmptyState body={t(`scores.${blocker ?? 'needScorer'}`)} compact />
      ) : (
        <>
          <div className="scores__picker">
            <SelectField
              label={t('scores.scorer')}
              value={scorer.id}
              options={priority.scorers.map((s) => s.id)}
              optionLabel={(id) => priority.scorers.find((s) => s.id === id)?.name ?? id}
              allowNone={false}
              onChange={(id) => setPicked(id)}
            />
          </div>
          {grid ? <GridMatrix key={scorer.id} priority={priority} scorer={scorer} /> : <HanlonMatrix key={scorer.id} priority={priority} scorer={scorer} />}
          {grid ? <GridMeans priority={priority} /> : <HanlonMeans priority={priority} />}
        </>
      )}
    </Section>
  )
})
