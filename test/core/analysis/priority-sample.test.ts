import { describe, expect, test } from 'vitest'
import { Project } from '../../../src/core/model/project'
import { buildSample } from '../../../src/core/samples'
import { STAGE_CHECKS } from '../../../src/core/workflow/stages'
import { rankByGrid, rankByHanlon, rankCandidates } from '../../../src/core/analysis/prioritisation'
import { countNodes, coreProblemOf, restatementProgress, toObjectiveTree } from '../../../src/core/analysis/problemTree'
import { briefCompleteness } from '../../../src/core/analysis/evidenceBrief'
import { problemTreeMermaid } from '../../../src/core/diagrams/problemTree'

let n = 0
const build = () => buildSample('rabat2017', { id: 'rabat', name: 'Atelier Rabat 2017', now: '2017-05-02T09:00:00.000Z', newId: () => `gen${++n}` })

describe('Rabat 2017 sample — priority problem', () => {
  test('is valid and uses the fixed ids other stages link to', () => {
    const p = build()
    expect(Project.parse(p)).toEqual(p)
    expect(p.priority.candidates.map((c) => c.id)).toEqual(['prob-nurses', 'prob-maternal', 'prob-disability', 'prob-south'])
    expect(p.priority.chosenProblemId).toBe('prob-nurses')
    expect(p.priority.scorers.map((s) => s.id)).toEqual(['scorer-drs', 'scorer-planning', 'scorer-delegate'])
  })

  test('three scorers filled the whole grid and the nurse shortage ranks first', () => {
    const p = build().priority
    expect(p.scores).toHaveLength(3 * 4 * 8)
    const grid = rankByGrid(p)
    expect(grid.state).toBe('ok')
    expect(grid.rows.map((r) => [r.problem.id, r.rank])).toEqual([
      ['prob-nurses', 1],
      ['prob-maternal', 2],
      ['prob-disability', 3],
      ['prob-south', 4]
    ])
    expect(grid.rows.every((r) => r.missingCriteria === 0 && r.means.every((m) => m.count === 3))).toBe(true)
  })

  test('Hanlon agrees, and shows a PEARL exclusion', () => {
    const hanlon = rankByHanlon(build().priority)
    expect(hanlon.rows[0]).toMatchObject({ problem: { id: 'prob-nurses' }, rank: 1, count: 3 })
    expect(rankCandidates({ ...build().priority, method: 'hanlon' }).lines.every((l) => !l.incomplete)).toBe(true)
    expect(hanlon.rows.find((r) => r.problem.id === 'prob-south')).toMatchObject({ excluded: true, failedPearl: ['economics'] })
    expect(rankCandidates({ ...build().priority, method: 'hanlon' }).lines[0]!.problem.id).toBe('prob-nurses')
  })

  test('has a nested tree with every node restated and the core objective', () => {
    const p = build().priority
    expect(countNodes(p.tree.causes)).toBeGreaterThanOrEqual(8)
    expect(p.tree.causes.some((c) => c.children.length > 0)).toBe(true)
    expect(countNodes(p.tree.effects)).toBeGreaterThanOrEqual(4)
    const progress = restatementProgress(toObjectiveTree(p.tree, coreProblemOf(p), p.objective))
    expect(progress.restated).toBe(progress.total)
    expect(coreProblemOf(p)).toBe('Pénurie des infirmiers polyvalents')
    const text = problemTreeMermaid(p.tree, coreProblemOf(p), { title: 'Arbre', coreMissing: '?', emptyNode: '?' })
    expect(text).toContain('n_cause_retention_housing --> n_cause_retention')
  })

  test('completes the priority checklist', () => {
    expect(STAGE_CHECKS.priority(build()).filter((c) => !c.done)).toEqual([])
  })
})

describe('Rabat 2017 sample — evidence', () => {
  test('has local and global sources of every useful type', () => {
    const e = build().evidence
    expect(e.sources.filter((s) => s.scope === 'local').length).toBeGreaterThanOrEqual(3)
    expect(e.sources.filter((s) => s.scope === 'global').length).toBeGreaterThanOrEqual(3)
    expect(new Set(e.sources.map((s) => s.type))).toEqual(new Set(['systematicReview', 'localData', 'report', 'keyInformant']))
    expect(new Set(e.sources.map((s) => s.id)).size).toBe(e.sources.length)
  })

  test('three options with fixed ids, every option cites known sources', () => {
    const e = build().evidence
    expect(e.options.map((o) => o.id)).toEqual(['opt-retention', 'opt-training', 'opt-task-sharing'])
    const ids = new Set(e.sources.map((s) => s.id))
    for (const o of e.options) {
      expect(o.sourceIds.length).toBeGreaterThan(0)
      expect(o.sourceIds.every((id) => ids.has(id))).toBe(true)
    }
  })

  test('every section of the brief is complete and the checklist is done', () => {
    const p = build()
    expect(briefCompleteness(p.evidence).map((s) => [s.section, s.status])).toEqual([
      ['keyMessages', 'complete'],
      ['problem', 'complete'],
      ['options', 'complete'],
      ['implementation', 'complete'],
      ['references', 'complete']
    ])
    expect(STAGE_CHECKS.evidence(p).filter((c) => !c.done)).toEqual([])
  })
})
