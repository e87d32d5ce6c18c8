import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Ranking, RankingLine } from '../../../../core/analysis/prioritisation'
import type { CandidateProblem, Priority } from '../../../../core/model/priority'
import { chooseProblem } from '../../../../core/analysis/priorityEdits'
import { Button, Section, SelectField, TextArea } from '../../components'
import { useScoreFormat } from './ScoresSection'
import { usePriorityActions } from './usePriority'

function Remarks({ line }: { line: RankingLine }) {
  const { t } = useTranslation('priority')
  const remarks = [
    line.excluded ? t('ranking.excluded') : null,
    line.score === null && !line.excluded ? t('ranking.notScored') : null,
    line.incomplete && line.score !== null ? t('ranking.incomplete') : null
  ].filter((r): r is string => r !== null)
  return <>{remarks.join(' · ')}</>
}

/** The ranking under the chosen method, ties shown with equal ranks, and the choice of the priority problem. */
export const RankingSection = memo(function RankingSection({
  ranking,
  candidates,
  chosenProblemId,
  choiceRationale
}: {
  ranking: Ranking
  candidates: CandidateProblem[]
  chosenProblemId: string | null
  choiceRationale: string
}) {
  const { t } = useTranslation('priority')
  const { apply, patch } = usePriorityActions()
  const fmt = useScoreFormat()
  const hasTies = ranking.lines.some((l) => l.tied)
  const chosen = ranking.lines.find((l) => l.problem.id === chosenProblemId)
  const notTop = ranking.state === 'ok' && chosen !== undefined && chosen.rank !== 1

  return (
    <Section title={t('ranking.title')} className="priority-ranking">
      {ranking.state !== 'ok' && (
        <p className={['ranking__state', ranking.state === 'zeroWeights' ? 'ranking__state--warn' : ''].join(' ')} role="status">
          {t(`ranking.states.${ranking.state}`)}
        </p>
      )}
      {ranking.lines.length > 0 && (
        <div className="matrix-scroll">
          <table className="matrix ranking-table">
            <caption className="matrix__caption">{t('ranking.caption', { method: t(`method.${ranking.method}`) })}</caption>
            <thead>
              <tr>
                <th scope="col" className="matrix__num">
                  {t('ranking.rank')}
                </th>
                <th scope="col">{t('ranking.problem')}</th>
                <th scope="col" className="matrix__num">
                  {t('ranking.score')}
                </th>
                <th scope="col">{t('ranking.remarks')}</th>
                <th scope="col">{t('ranking.choice')}</th>
              </tr>
            </thead>
            <tbody>
              {ranking.lines.map((line) => {
                const isChosen = line.problem.id === chosenProblemId
                return (
                  <tr key={line.problem.id} className={isChosen ? 'ranking__row--chosen' : undefined}>
                    <td className="matrix__num ranking__rank">
                      {line.rank === null ? '—' : line.tied ? t('ranking.tiedRank', { rank: line.rank }) : line.rank}
                    </td>
                    <th scope="row" className="matrix__problem" dir="auto">
                      {line.problem.title}
                    </th>
                    <td className="matrix__num">
                      <span className="ranking__score">{fmt(line.score, 1, true)}</span>
                      {line.score !== null && (
                        <span className="meter ranking__meter" aria-hidden="true">
                          <span className="meter__bar" style={{ inlineSize: `${Math.max(0, Math.min(100, line.score))}%` }} />
                        </span>
                      )}
                    </td>
                    <td className="ranking__remarks">
                      <Remarks line={line} />
                    </td>
                    <td>
                      {isChosen ? (
                        <span className="badge">{t('ranking.chosen')}</span>
                      ) : (
                        <Button size="small" aria-label={t('ranking.chooseLabel', { name: line.problem.title })} onClick={() => apply((p) => chooseProblem(p, line.problem.id))}>
                          {t('ranking.choose')}
                        </Button>
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      {hasTies && <p className="ranking__ties">{t('ranking.tiesNote')}</p>}

      <div className="choice">
        <h3 className="subsection-title">{t('choice.title')}</h3>
        <SelectField
          label={t('choice.chosen')}
          value={chosenProblemId}
          options={candidates.map((c) => c.id)}
          optionLabel={(id) => candidates.find((c) => c.id === id)?.title ?? id}
          onChange={(id) => apply((p) => chooseProblem(p, id))}
        />
        {notTop && (
          <p className="choice__warning" role="status">
            {t('choice.notTop')}
          </p>
        )}
        <TextArea
          label={t('choice.rationale')}
          hint={t('choice.rationaleHint')}
          value={choiceRationale}
          rows={4}
          onChange={(choiceRationale) => patch({ choiceRationale }, 'priority.choiceRationale')}
        />
      </div>
    </Section>
  )
})

type Sheet = Pick<Priority, 'statement' | 'affectedGroups' | 'champion' | 'policyWindow'>

/** Statement, affected groups, champion and policy window. */
export const ProblemSheetSection = memo(function ProblemSheetSection({ statement, affectedGroups, champion, policyWindow }: Sheet) {
  const { t } = useTranslation('priority')
  const { patch } = usePriorityActions()
  return (
    <Section title={t('statement.title')} className="priority-sheet">
      <TextArea
        label={t('statement.statement')}
        hint={t('statement.statementHint')}
        value={statement}
        rows={6}
        onChange={(statement) => patch({ statement }, 'priority.statement')}
      />
      <TextArea label={t('statement.affectedGroups')} value={affectedGroups} rows={2} maxLength={500} onChange={(affectedGroups) => patch({ affectedGroups }, 'priority.affectedGroups')} />
      <TextArea
        label={t('statement.champion')}
        hint={t('statement.championHint')}
        value={champion}
        rows={2}
        maxLength={500}
        onChange={(champion) => patch({ champion }, 'priority.champion')}
      />
      <TextArea
        label={t('statement.policyWindow')}
        hint={t('statement.policyWindowHint')}
        value={policyWindow}
        rows={3}
        onChange={(policyWindow) => patch({ policyWindow }, 'priority.policyWindow')}
      />
    </Section>
  )
})
