import { describe, expect, test, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import EvaluationScreen from '../../src/renderer/src/features/evaluation/EvaluationScreen'
import { Project } from '../../src/core/model/project'
import { renderStage, workshopProject } from './minutes-harness'

// Rendering whole screens in jsdom is slow on a busy machine: be patient.
vi.setConfig({ testTimeout: 30_000 })

vi.mock('../../src/renderer/src/diagrams', () => ({
  Diagram: ({ source, label }: { source: string; label: string }) => (
    <pre data-testid="diagram" aria-label={label}>
      {source}
    </pre>
  )
}))

const group = (name: string) => screen.getByRole('radiogroup', { name: new RegExp(name) })

describe('evaluation screen', () => {
  test('digits typed in a row set the rating and move to the next row; Ctrl+Enter saves an anonymous response', () => {
    const r = renderStage(EvaluationScreen, workshopProject())
    const first = within(group('question politique prioritaire')).getByRole('radio', { name: '1 sur 7' })
    first.focus()
    fireEvent.keyDown(first, { key: '6' })
    expect(r.current().evaluation.responses).toHaveLength(0)
    expect((within(group('question politique prioritaire')).getByRole('radio', { name: '6 sur 7' }) as HTMLInputElement).checked).toBe(true)
    // Arabic-Indic digits from an Arabic keyboard work too
    const second = within(group('discuter du problème')).getByRole('radio', { name: '1 sur 7' })
    fireEvent.keyDown(second, { key: '٥' })
    expect((within(group('discuter du problème')).getByRole('radio', { name: '5 sur 7' }) as HTMLInputElement).checked).toBe(true)
    fireEvent.click(within(group("J'ai l'intention d'agir")).getByRole('radio', { name: '7 sur 7' }))
    expect(screen.getByText('3 réponses sur 13')).toBeTruthy()
    fireEvent.keyDown(second, { key: 'Enter', ctrlKey: true })
    const saved = r.current().evaluation.responses
    expect(saved).toHaveLength(1)
    expect(saved[0]!.ratings).toMatchObject({ priorityIssue: 6, problemDiscussed: 5, optionsDiscussed: null })
    expect(saved[0]!.intentionToAct).toBe(7)
    expect(Object.keys(saved[0]!).sort()).toEqual(['comments', 'enteredAt', 'id', 'intentionToAct', 'ratings'])
    expect(screen.getByText('Questionnaire n° 1 enregistré.')).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Questionnaire n° 2' })).toBeTruthy()
    expect(Project.safeParse(r.current()).success).toBe(true)
  })

  test('an empty questionnaire is refused with a message', () => {
    const r = renderStage(EvaluationScreen, workshopProject())
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le questionnaire' }))
    expect(r.current().evaluation.responses).toHaveLength(0)
    expect(screen.getByText(/Le questionnaire est vide/)).toBeTruthy()
  })

  test('results: n, mean, distribution, share ≥ 5 and the chart source', () => {
    const base = workshopProject()
    const resp = (id: string, v: number | null, intention: number) => ({
      id,
      ratings: { priorityIssue: v, problemDiscussed: null, optionsDiscussed: null, implementationDiscussed: null, whoMightDoWhat: null, preCirculatedBrief: null, fullRangeOfFactors: null, rightPeople: null, fairRepresentation: null, facilitator: null, chathamHouse: null, consensusNotSought: null },
      intentionToAct: intention,
      comments: id === 'r1' ? 'Très utile' : '',
      enteredAt: '2017-07-07T16:00:00.000Z'
    })
    renderStage(EvaluationScreen, { ...base, evaluation: { ...base.evaluation, responses: [resp('r1', 7, 6), resp('r2', 4, 5), resp('r3', 6, 7)] } })
    const table = screen.getByRole('table', { name: 'Résultats par caractéristique' })
    const row = within(table).getByRole('row', { name: /Question prioritaire/ })
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent)
    expect(cells).toEqual(['3', '5,7', '0', '0', '0', '1', '0', '1', '1', '67 %'.replace(' ', '\u00a0')])
    expect(within(row).getByLabelText('1 × 7')).toBeTruthy()
    const intention = within(table).getByRole('row', { name: /Intention d'agir/ })
    expect(within(intention).getAllByRole('cell')[1]!.textContent).toBe('6,0')
    expect(screen.getByTestId('diagram').textContent).toContain('bar [5.7, 6.0]')
    // in the responses list and in the comments of the results
    expect(screen.getAllByText('Très utile')).toHaveLength(2)
  })

  test('debrief lessons are each assigned to a person', () => {
    const r = renderStage(EvaluationScreen, workshopProject())
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter une leçon' }))
    fireEvent.change(screen.getByLabelText('Leçon tirée'), { target: { value: 'Envoyer la note deux semaines avant' } })
    expect(screen.getByText('Confiez cette leçon à une personne.')).toBeTruthy()
    fireEvent.change(screen.getByLabelText(/Personne chargée/), { target: { value: 'Rapporteur DRS' } })
    expect(r.current().evaluation.debrief[0]).toMatchObject({ lesson: 'Envoyer la note deux semaines avant', owner: 'Rapporteur DRS' })
    expect(screen.queryByText('Confiez cette leçon à une personne.')).toBeNull()
  })
})
