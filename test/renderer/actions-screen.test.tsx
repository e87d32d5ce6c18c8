import { describe, expect, test, vi } from 'vitest'
import { act, fireEvent, screen, within } from '@testing-library/react'
import ActionsScreen from '../../src/renderer/src/features/actions/ActionsScreen'
import { blankAction } from '../../src/core/actions/items'
import { Project } from '../../src/core/model/project'
import type { ActionItem } from '../../src/core/model/actions'
import { renderStage, workshopProject } from './minutes-harness'

// Rendering whole screens in jsdom is slow on a busy machine: be patient.
vi.setConfig({ testTimeout: 30_000 })

// mermaid does not draw in jsdom: the gantt source is checked here, the drawing in Chromium (e2e).
vi.mock('../../src/renderer/src/diagrams', () => ({
  Diagram: ({ source, label }: { source: string; label: string }) => (
    <pre data-testid="diagram" aria-label={label}>
      {source}
    </pre>
  )
}))

const action = (id: string, title: string, patch: Partial<ActionItem> = {}): ActionItem => ({ ...blankAction(id, title), ...patch })

function planProject(): Project {
  const p = workshopProject()
  return {
    ...p,
    actions: {
      ...p.actions,
      items: [
        action('a1', 'Élaborer le plan régional', {
          owner: { kind: 'participant', refId: 'p1', name: 'Amina Tazi' },
          startDate: '2017-07-15',
          dueDate: '2017-08-31',
          status: 'inProgress',
          budget: 150000,
          fundingSource: 'Budget régional',
          linkedTo: { kind: 'option', refId: 'opt1' }
        }),
        action('a2', 'Créer le comité de suivi', { owner: { kind: 'participant', refId: 'gone', name: 'Rachid Ouazzani' }, startDate: '2030-01-01', dueDate: '2030-03-01' }),
        action('a3', 'Restituer les résultats', { owner: { kind: 'free', refId: null, name: 'ANAM' }, dueDate: '2017-07-20', status: 'done' })
      ]
    }
  }
}

describe('action plan screen', () => {
  test('the table shows derived "late" as text, a deleted owner flagged, and the plan summary', () => {
    renderStage(ActionsScreen, planProject())
    const table = screen.getByRole('table', { name: 'Actions du plan' })
    const row1 = within(table).getByRole('row', { name: /Élaborer le plan régional/ })
    expect(within(row1).getByText('En retard')).toBeTruthy()
    expect(within(row1).getByText(/^En retard de \d+ j \(En cours\)$/)).toBeTruthy()
    const row2 = within(table).getByRole('row', { name: /Créer le comité de suivi/ })
    expect(within(row2).getByText('\u2068Rachid Ouazzani\u2069 (supprimé de la liste)')).toBeTruthy()
    expect(within(row2).getByText('Non démarrée')).toBeTruthy()
    expect(screen.getByText(/Budget total : 150.000 MAD/)).toBeTruthy()
  })

  test('filters by owner, status and overdue', () => {
    renderStage(ActionsScreen, planProject())
    const rows = () => within(screen.getByRole('table', { name: 'Actions du plan' })).getAllByRole('row').length - 1
    expect(rows()).toBe(3)
    fireEvent.click(screen.getByLabelText('En retard seulement'))
    expect(rows()).toBe(1)
    expect(screen.getByText('1 action(s) affichée(s) sur 3')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }))
    fireEvent.change(screen.getByLabelText('Statut'), { target: { value: 'done' } })
    expect(rows()).toBe(1)
    fireEvent.change(screen.getByLabelText('Statut'), { target: { value: '' } })
    fireEvent.change(screen.getByLabelText('Responsable'), { target: { value: 'free:anam' } })
    expect(within(screen.getByRole('table', { name: 'Actions du plan' })).getByText('Restituer les résultats')).toBeTruthy()
    expect(rows()).toBe(1)
  })

  test('editing SMART fields; a due date before the start is kept with a message; owner from the participants', () => {
    const r = renderStage(ActionsScreen, planProject())
    fireEvent.click(screen.getByRole('button', { name: 'Modifier l\'action n° 2' }))
    const editor = screen.getByRole('group', { name: 'Action n° 2' })
    fireEvent.change(within(editor).getByLabelText('Échéance'), { target: { value: '2029-12-01' } })
    expect(r.current().actions.items[1]!.dueDate).toBe('2029-12-01')
    expect(within(editor).getAllByText(/L'échéance \(1 décembre 2029\) précède la date de début \(1 janvier 2030\)/).length).toBeGreaterThan(0)
    fireEvent.change(within(editor).getByLabelText('Responsable'), { target: { value: 'participant:p2' } })
    expect(r.current().actions.items[1]!.owner).toEqual({ kind: 'participant', refId: 'p2', name: 'Youssef Alaoui' })
    fireEvent.change(within(editor).getByLabelText('Indicateur'), { target: { value: 'Comité installé ' } })
    expect(r.current().actions.items[1]!.indicator).toBe('Comité installé ')
    fireEvent.change(within(editor).getByLabelText('Responsable'), { target: { value: 'free' } })
    fireEvent.change(within(editor).getByLabelText('Nom du responsable'), { target: { value: 'Wilaya de Rabat' } })
    expect(r.current().actions.items[1]!.owner).toEqual({ kind: 'free', refId: null, name: 'Wilaya de Rabat' })
    expect(Project.safeParse(r.current()).success).toBe(true)
  })

  test('add an action, then a follow-up meeting carries the open ones forward', () => {
    const r = renderStage(ActionsScreen, planProject())
    fireEvent.change(screen.getByLabelText('Intitulé de la nouvelle action'), { target: { value: 'Former 200 infirmiers polyvalents' } })
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter l\'action' }))
    expect(r.current().actions.items.map((a) => a.title)).toContain('Former 200 infirmiers polyvalents')
    fireEvent.change(screen.getByLabelText('Date de la réunion'), { target: { value: '2017-10-15' } })
    fireEvent.click(screen.getByRole('button', { name: 'Nouvelle réunion de suivi' }))
    const meeting = r.current().actions.followUps[0]!
    expect(meeting.date).toBe('2017-10-15')
    expect(meeting.progress.map((p) => p.actionId)).toEqual(['a1', 'a2', r.current().actions.items[3]!.id])
    const article = screen.getByRole('article', { name: /Réunion du 15 octobre 2017/ })
    fireEvent.change(within(article).getByLabelText('État — Élaborer le plan régional'), { target: { value: 'done' } })
    expect(r.current().actions.items[0]!.status).toBe('done')
  })

  test('pending actions raised in the minutes are brought in with one click', () => {
    const base = planProject()
    const r = renderStage(ActionsScreen, {
      ...base,
      minutes: { ...base.minutes, entries: [{ id: 'e1', blockId: 'b-who', type: 'actionRaised', text: 'Saisir le conseil régional', speaker: '', createdAt: '2017-07-07T14:40:00.000Z', actionId: null }] }
    })
    const pending = screen.getByRole('region', { name: 'Actions soulevées pendant l\'atelier, pas encore au plan' })
    expect(within(pending).getByText('Séquence : \u2068Qui pourrait faire quoi\u2069')).toBeTruthy()
    fireEvent.click(within(pending).getByRole('button', { name: 'Inscrire au plan' }))
    expect(r.current().actions.items.at(-1)).toMatchObject({ title: 'Saisir le conseil régional', sourceEntryId: 'e1' })
    expect(screen.queryByRole('region', { name: 'Actions soulevées pendant l\'atelier, pas encore au plan' })).toBeNull()
  })

  test('the gantt source is built from the plan; removing an action asks first', async () => {
    const r = renderStage(ActionsScreen, planProject())
    const diagram = screen.getByTestId('diagram')
    expect(diagram.getAttribute('aria-label')).toBe('Diagramme de Gantt du plan d\'action')
    expect(diagram.textContent).toContain('section Former des infirmiers…')
    expect(diagram.textContent).toContain('1. Élaborer le plan régional :active, crit, a1, 2017-07-15, 48d')
    fireEvent.click(screen.getByRole('button', { name: 'Modifier l\'action n° 3' }))
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer l\'action' }))
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Supprimer l\'action' }))
    expect(r.current().actions.items.map((a) => a.id)).toEqual(['a1', 'a2'])
    await act(async () => {
      await r.store.saveNow()
    })
    expect(r.saved.at(-1)!.actions.items).toHaveLength(2)
  })
})
