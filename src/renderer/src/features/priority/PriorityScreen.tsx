import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { liveGridScores, liveHanlonScores, rankCandidates } from '../../../../core/analysis/prioritisation'
import { coreProblemOf, countNodes } from '../../../../core/analysis/problemTree'
import { DEFER_ABOVE, Later, ScreenHeader } from '../../components'
import { CandidatesSection } from './CandidatesSection'
import { MethodAndCriteriaSection } from './MethodAndCriteria'
import { ScorersSection } from './ScorersSection'
import { ScoresSection, type ScoringData } from './ScoresSection'
import { ProblemSheetSection, RankingSection } from './RankingSection'
import { ProblemTreeSection } from './ProblemTreeEditor'
import { usePriority } from './usePriority'
import './priority.css'

/**
 * Stage 1 — choosing the priority problem: candidates, weighted scoring, ranking, choice, problem sheet and
 * tree. The screen reads the stage once and hands each (memoised) section only what it shows.
 */
export default function PriorityScreen() {
  const { t } = useTranslation('priority')
  const priority = usePriority()
  const { method, candidates, criteria, scorers, scores, hanlon } = priority
  const scoring = useMemo<ScoringData>(() => ({ method, candidates, criteria, scorers, scores, hanlon }), [method, candidates, criteria, scorers, scores, hanlon])
  const ranking = useMemo(() => rankCandidates(scoring), [scoring])
  const counts = useMemo(() => {
    const live = method === 'hanlon' ? liveHanlonScores(scoring) : liveGridScores(scoring)
    const byScorer = new Map<string, number>()
    for (const s of live) byScorer.set(s.scorerId, (byScorer.get(s.scorerId) ?? 0) + 1)
    return byScorer
  }, [scoring, method])
  const core = coreProblemOf(priority)
  // A long prioritisation (many candidates × scorers, a big tree) draws its lower sections just after the switch.
  const small = candidates.length * Math.max(1, scorers.length) + countNodes(priority.tree.causes) + countNodes(priority.tree.effects) <= DEFER_ABOVE

  return (
    <div className="stage-screen priority-screen">
      <ScreenHeader title={t('title')} intro={t('intro')} />
      <CandidatesSection candidates={candidates} />
      <MethodAndCriteriaSection method={method} criteria={criteria} />
      <ScorersSection scorers={scorers} counts={counts} />
      {/* What lies below the first screenful is drawn just after the switch has been painted. */}
      <Later now={small}>
        <ScoresSection priority={scoring} />
        <RankingSection ranking={ranking} candidates={candidates} chosenProblemId={priority.chosenProblemId} choiceRationale={priority.choiceRationale} />
        <ProblemSheetSection statement={priority.statement} affectedGroups={priority.affectedGroups} champion={priority.champion} policyWindow={priority.policyWindow} />
        <ProblemTreeSection tree={priority.tree} objective={priority.objective} core={core} />
      </Later>
    </div>
  )
}
