import { describe, expect, test, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import PriorityScreen from '../../src/renderer/src/features/priority/PriorityScreen'
import { Project } from '../../src/core/model/project'
import { createBlankProject } from '../../src/core/project/factory'
import { buildSample } from '../../src/core/samples'
import { renderStage } from './minutes-harness'

// Mermaid cannot draw in jsdom: show the generated source instead, so the tests can read what would be drawn.
vi.mock('../../src/renderer/src/diagrams', () => ({
  Diagram: ({ source, label }: { source: string; label: string }) => (
    <pre data-testid="diagram" aria-label={label}>
      {source}
    </pre>
  )
}))

/** Queries inside one section of the screen (label queries over the whole sample screen are slow in jsdom). */
const inSection = (className: string) => within(document.querySelector(`.${className}`) as HTMLElement)

const blank = () => createBlankProject({ id: 'p1', name: 'Dialogue', now: '2017-07-01T08:00:00.000Z' })
const sample = () => buildSample('rabat2017', { id: 'rabat', name: 'Rabat', now: '2017-07-01T08:00:00.000Z', newId: () => `x${Math.random().toString(36).slice(2, 10)}` })

const addByName = (placeholder: string, value: string) => {
  const input = screen.getByLabelText(placeholder)
  fireEvent.change(input, { target: { value } })
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' })
}

/** Only two criteria keep the matrices small: magnitude (weight 1) and feasibility (weight 1). */
function twoCriteriaProject(): Project {
  const p = blank()
  return {
    ...p,
    priority: {
      ...p.priority,
      criteria: p.priority.criteria.filter((c) => c.key === 'magnitude' || c.key === 'feasibility')
    }
  }
}

const rankingRows = () => {
  const table = screen.getByRole('table', { name: /Classement des problèmes candidats/ })
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent + ' ' + within(row).getByRole('rowheader').textContent)
}

describe('priority screen — scoring and ranking', { timeout: 60_000 }, () => {
  test('candidates, a scorer and scores from the screen give a ranking with ties, re-ranked when a weight changes', () => {
    const r = renderStage(PriorityScreen, twoCriteriaProject())
    addByName("Intitulé d'un nouveau problème", 'Pénurie des infirmiers polyvalents')
    addByName("Intitulé d'un nouveau problème", 'Santé maternelle')
    addByName("Nom d'un nouvel évaluateur", 'Dr Amina El Alaoui')
    expect(screen.getByText(/Aucune note pour l'instant/)).toBeTruthy()

    const cell = (problem: string, criterion: string) =>
      screen.getByLabelText(`Note de ${problem} pour « ${criterion} » (1 à 5)`) as HTMLInputElement
    fireEvent.change(cell('Pénurie des infirmiers polyvalents', 'Ampleur'), { target: { value: '5' } })
    fireEvent.change(cell('Pénurie des infirmiers polyvalents', 'Faisabilité des solutions'), { target: { value: '2' } })
    fireEvent.change(cell('Santé maternelle', 'Ampleur'), { target: { value: '3' } })
    fireEvent.change(cell('Santé maternelle', 'Faisabilité des solutions'), { target: { value: '4' } })

    // 5 + 2 = 3 + 4: a tie, shown with equal ranks.
    expect(rankingRows()).toEqual(['1 ex æquo Pénurie des infirmiers polyvalents', '1 ex æquo Santé maternelle'])
    expect(screen.getByText(/Des problèmes sont ex æquo/)).toBeTruthy()

    // Weight of magnitude 3: 17 vs 13, re-ranked at once.
    fireEvent.change(screen.getByLabelText('Poids du critère « Ampleur »'), { target: { value: '3' } })
    expect(rankingRows()).toEqual(['1 Pénurie des infirmiers polyvalents', '2 Santé maternelle'])
    expect(r.current().priority.criteria.find((c) => c.key === 'magnitude')!.weight).toBe(3)
    expect(r.current().priority.scores).toHaveLength(4)

    // Mean per criterion: the weighted total out of the best possible (3×5 + 1×5).
    const meansRow = () =>
      within(within(document.querySelector('.means-matrix') as HTMLElement).getByRole('rowheader', { name: 'Pénurie des infirmiers polyvalents' }).closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent)
    expect(meansRow()).toEqual(['5', '2', '17 sur 20'])
    // A second scorer who has not scored yet: the means say how many scorers they rest on.
    addByName("Nom d'un nouvel évaluateur", 'M. Youssef Benjelloun')
    expect(meansRow()).toEqual(['5 (1)', '2 (1)', '17 sur 20'])
    expect(Project.safeParse(r.current()).success).toBe(true)
  })

  test('a score out of range is refused with a message and not saved', () => {
    const p = twoCriteriaProject()
    const r = renderStage(PriorityScreen, {
      ...p,
      priority: { ...p.priority, candidates: [{ id: 'a', title: 'Pénurie', description: '', source: '', affectedGroups: '' }], scorers: [{ id: 's', name: 'DRS', role: '', scoredOn: null, rationale: '' }] }
    })
    const input = screen.getByLabelText('Note de Pénurie pour « Ampleur » (1 à 5)') as HTMLInputElement
    fireEvent.change(input, { target: { value: '7' } })
    expect(input.value).toBe('7')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('Valeur hors limites : saisissez un nombre entre 1 et 5.')).toBeTruthy()
    expect(r.current().priority.scores).toEqual([])
    fireEvent.change(input, { target: { value: '٤' } }) // Arabic-Indic digit four
    expect(r.current().priority.scores).toEqual([{ scorerId: 's', problemId: 'a', criterionId: 'crit-magnitude', value: 4 }])
    fireEvent.change(input, { target: { value: '' } })
    expect(r.current().priority.scores).toEqual([])
  })

  test('every weight at zero: a clear message instead of a ranking, never NaN', () => {
    const s = sample()
    renderStage(PriorityScreen, { ...s, priority: { ...s.priority, criteria: s.priority.criteria.map((c) => ({ ...c, weight: 0 })) } })
    expect(screen.getAllByText(/Tous les poids sont à 0/).length).toBeGreaterThan(0)
    expect(document.body.textContent).not.toMatch(/NaN/)
    expect(rankingRows().every((row) => row.startsWith('—'))).toBe(true)
  })

  test('a negative weight is refused and the previous weight kept', () => {
    const r = renderStage(PriorityScreen, sample())
    const weight = inSection('priority-criteria').getByLabelText('Poids du critère « Gravité »') as HTMLInputElement
    fireEvent.change(weight, { target: { value: '-1' } })
    expect(screen.getByText('Valeur hors limites : saisissez un nombre entre 0 et 100.')).toBeTruthy()
    expect(r.current().priority.criteria.find((c) => c.key === 'severity')!.weight).toBe(2)
  })

  test('several scorers: each has their own matrix, the means combine them', () => {
    renderStage(PriorityScreen, sample())
    const scores = inSection('priority-scores')
    const picker = scores.getByLabelText('Évaluateur') as HTMLSelectElement
    expect([...picker.options].map((o) => o.textContent)).toEqual(['Dr Amina El Alaoui', 'M. Youssef Benjelloun', 'Dr Rachid Ouazzani'])
    const cell = () => scores.getByLabelText('Note de Pénurie des infirmiers polyvalents pour « Équité » (1 à 5)') as HTMLInputElement
    expect(cell().value).toBe('5')
    fireEvent.change(picker, { target: { value: 'scorer-planning' } })
    expect(scores.getByText('Notes de M. Youssef Benjelloun')).toBeTruthy()
    expect(cell().value).toBe('4')
    const means = within(document.querySelector('.priority-scores .means-matrix') as HTMLElement)
    expect(means.getByText('Moyenne par critère, tous évaluateurs confondus')).toBeTruthy()
    // Equity for the nurse shortage: 5, 4, 5 → 4,67 over the three scorers (all scored: no count shown).
    const nurses = means.getByRole('rowheader', { name: 'Pénurie des infirmiers polyvalents' }).closest('tr') as HTMLElement
    expect(within(nurses).getAllByRole('cell').map((c) => c.textContent)).toEqual(['5', '4,33', '4,67', '3,67', '4,67', '3', '3,67', '4,33', '47,3 sur 55'])
  })

  test('Hanlon: A, B, C and PEARL per scorer; one PEARL "no" excludes the problem', () => {
    const r = renderStage(PriorityScreen, sample())
    fireEvent.click(inSection('priority-criteria').getByLabelText(/Méthode de Hanlon/))
    expect(r.current().priority.method).toBe('hanlon')
    expect(screen.getByRole('table', { name: /Classement des problèmes candidats — Méthode de Hanlon/ })).toBeTruthy()
    expect(rankingRows()[0]).toBe('1 Pénurie des infirmiers polyvalents')
    // The sample's planning chief answered "no" on economics for the South plan.
    expect(screen.getAllByText(/Écarté par PEARL/).length).toBeGreaterThan(0)

    fireEvent.click(inSection('priority-scores').getByLabelText('Légalité — Pénurie des infirmiers polyvalents'))
    expect(r.current().priority.hanlon.find((h) => h.scorerId === 'scorer-drs' && h.problemId === 'prob-nurses')!.pearl.legality).toBe(false)
    expect(rankingRows()[0]).toBe("1 Organisation de l'offre de soins en santé maternelle")

    const b = inSection('priority-scores').getByLabelText("B — Gravité pour Organisation de l'offre de soins en santé maternelle") as HTMLInputElement
    fireEvent.change(b, { target: { value: '25' } })
    expect(screen.getByText('Valeur hors limites : saisissez un nombre entre 0 et 20.')).toBeTruthy()
    expect(r.current().priority.hanlon.find((h) => h.scorerId === 'scorer-drs' && h.problemId === 'prob-maternal')!.b).toBe(17)
  })

  test('choosing the priority problem from the ranking, with a warning when it is not the top one', () => {
    const r = renderStage(PriorityScreen, sample())
    fireEvent.click(inSection('priority-ranking').getByRole('button', { name: "Retenir « Organisation de l'offre de soins en santé maternelle » comme problème prioritaire" }))
    expect(r.current().priority.chosenProblemId).toBe('prob-maternal')
    expect(screen.getByText(/n'est pas en tête du classement/)).toBeTruthy()
    fireEvent.change(inSection('priority-ranking').getByLabelText('Pourquoi ce choix ?'), { target: { value: 'Fenêtre du programme national' } })
    expect(r.current().priority.choiceRationale).toBe('Fenêtre du programme national')
  })

  test('removing a candidate removes its scores and its choice', () => {
    const r = renderStage(PriorityScreen, sample())
    fireEvent.click(inSection('priority-candidates').getByRole('button', { name: 'Supprimer « Pénurie des infirmiers polyvalents »' }))
    const p = r.current().priority
    expect(p.candidates.map((c) => c.id)).not.toContain('prob-nurses')
    expect(p.scores.some((s) => s.problemId === 'prob-nurses')).toBe(false)
    expect(p.chosenProblemId).toBeNull()
    expect(Project.safeParse(r.current()).success).toBe(true)
  })
})

describe('priority screen — problem tree', { timeout: 60_000 }, () => {
  test('keyboard editing: Enter adds a sibling, Alt+→ nests it, Ctrl+Enter adds a child; focus follows', () => {
    const r = renderStage(PriorityScreen, blank())
    fireEvent.click(screen.getByRole('button', { name: /Ajouter une cause/ }))
    const first = document.activeElement as HTMLInputElement
    expect(first.getAttribute('aria-label')).toBe('Cause, niveau 1')
    fireEvent.change(first, { target: { value: 'Formation insuffisante' } })
    fireEvent.keyDown(first, { key: 'Enter' })
    const second = document.activeElement as HTMLInputElement
    expect(second).not.toBe(first)
    fireEvent.change(second, { target: { value: 'Places limitées dans les ISPITS' } })
    fireEvent.keyDown(second, { key: 'ArrowRight', altKey: true })
    expect((document.activeElement as HTMLInputElement).getAttribute('aria-label')).toBe('Cause, niveau 2')
    fireEvent.keyDown(document.activeElement!, { key: 'Enter', ctrlKey: true })
    expect((document.activeElement as HTMLInputElement).getAttribute('aria-label')).toBe('Cause, niveau 3')

    const causes = r.current().priority.tree.causes
    expect(causes).toHaveLength(1)
    expect(causes[0]!.text).toBe('Formation insuffisante')
    expect(causes[0]!.children[0]!.text).toBe('Places limitées dans les ISPITS')
    expect(causes[0]!.children[0]!.children).toHaveLength(1)

    // Alt+← brings it back to the top level.
    const nested = screen.getByDisplayValue('Places limitées dans les ISPITS')
    fireEvent.keyDown(nested, { key: 'ArrowLeft', altKey: true })
    expect(r.current().priority.tree.causes.map((c) => c.text)).toEqual(['Formation insuffisante', 'Places limitées dans les ISPITS'])
    expect(Project.safeParse(r.current()).success).toBe(true)
  })

  test('in Arabic the inward arrow is ←', () => {
    const p = blank()
    const r = renderStage(
      PriorityScreen,
      { ...p, priority: { ...p.priority, tree: { causes: [{ id: 'c1', text: 'أ', objective: '', children: [] }, { id: 'c2', text: 'ب', objective: '', children: [] }], effects: [] } } },
      'ar'
    )
    fireEvent.keyDown(screen.getByDisplayValue('ب'), { key: 'ArrowLeft', altKey: true })
    expect(r.current().priority.tree.causes[0]!.children.map((c) => c.id)).toEqual(['c2'])
  })

  test('objective restatements feed the objective tree; both diagrams are generated from the data', () => {
    const s = sample()
    const r = renderStage(PriorityScreen, s)
    const [problemDiagram, objectiveDiagram] = screen.getAllByTestId('diagram')
    expect(problemDiagram!.getAttribute('aria-label')).toBe('Arbre à problèmes')
    expect(problemDiagram!.textContent).toContain('flowchart BT')
    // Diagram labels are cut into short lines (`<br>`): read them back as one line.
    expect(problemDiagram!.textContent!.replace(/<br>/g, ' ')).toContain('core_problem["Pénurie des infirmiers polyvalents"]')
    expect(objectiveDiagram!.textContent!.replace(/<br>/g, ' ')).toContain('Logements de fonction disponibles')
    expect(screen.getByText('Arbre à objectifs : 16 élément(s) reformulé(s) sur 16.')).toBeTruthy()

    const housing = screen.getByDisplayValue("Logements de fonction disponibles et indemnité d'éloignement revalorisée")
    fireEvent.change(housing, { target: { value: '' } })
    expect(screen.getByText('Arbre à objectifs : 15 élément(s) reformulé(s) sur 16.')).toBeTruthy()
    expect(screen.getAllByTestId('diagram')[1]!.textContent!.replace(/<br>/g, ' ')).toContain('À reformuler : Absence de logement de fonction')
    expect(r.current().priority.tree.causes[2]!.children[0]!.objective).toBe('')
  })

  test('removing a node removes its subtree and moves focus to its neighbour', () => {
    const r = renderStage(PriorityScreen, sample())
    fireEvent.click(inSection('priority-tree').getByRole('button', { name: 'Supprimer « Faible attractivité et rétention des postes en zones rurales et enclavées » et ses sous-éléments' }))
    const ids = JSON.stringify(r.current().priority.tree)
    expect(ids).not.toContain('cause-retention')
    expect((document.activeElement as HTMLInputElement).value).toBe('Créations de postes inférieures aux départs à la retraite')
  })
})

describe('priority screen — Arabic', { timeout: 60_000 }, () => {
  test('labels are Arabic and user text keeps dir="auto"', () => {
    renderStage(PriorityScreen, sample(), 'ar')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('اختيار المشكلة ذات الأولوية')
    expect(screen.getByRole('table', { name: /ترتيب المشكلات المرشحة/ })).toBeTruthy()
    const inputs = screen.getAllByDisplayValue('Pénurie des infirmiers polyvalents').filter((el) => el.tagName === 'INPUT')
    expect(inputs.length).toBeGreaterThan(0)
    expect(inputs.every((el) => el.getAttribute('dir') === 'auto')).toBe(true)
    expect(document.body.textContent).not.toMatch(/NaN|undefined/)
  })
})
