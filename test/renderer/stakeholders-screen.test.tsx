import { describe, expect, test, vi } from 'vitest'
import { act, fireEvent, screen, within } from '@testing-library/react'
import StakeholdersScreen from '../../src/renderer/src/features/stakeholders/StakeholdersScreen'
import { createBlankProject } from '../../src/core/project/factory'
import { buildSample } from '../../src/core/samples'
import { Stakeholder } from '../../src/core/model/stakeholders'
import type { Project } from '../../src/core/model/project'
import { renderStage } from './minutes-harness'

// Mermaid cannot draw in jsdom: show the generated source instead, so the tests can read what would be drawn.
vi.mock('../../src/renderer/src/diagrams', () => ({
  Diagram: ({ source, label }: { source: string; label: string }) => (
    <pre data-testid="diagram" aria-label={label}>
      {source}
    </pre>
  )
}))

const blank = () => createBlankProject({ id: 'p1', name: 'Dialogue', now: '2017-07-01T08:00:00.000Z' })
let n = 0
const sample = () => buildSample('rabat2017', { id: 'rabat', name: 'Rabat', now: '2017-07-01T08:00:00.000Z', newId: () => `gen${++n}` })
const withItems = (items: Partial<Stakeholder>[]): Project => {
  const p = blank()
  return { ...p, stakeholders: { ...p.stakeholders, items: items.map((x, i) => Stakeholder.parse({ id: `s${i}`, name: `S${i}`, ...x })) } }
}

const addStakeholder = (name: string) => {
  const input = screen.getByLabelText('Nom de la nouvelle partie prenante')
  fireEvent.change(input, { target: { value: name } })
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' })
}
const tab = (name: string) => fireEvent.click(screen.getByRole('tab', { name }))

describe('stakeholder table', { timeout: 30_000 }, () => {
  test('adds by name (never an empty one), edits cells in place and flags duplicates', () => {
    const r = renderStage(StakeholdersScreen, blank())
    expect(screen.getByText(/Aucune partie prenante pour l'instant/)).toBeTruthy()
    expect((screen.getByRole('button', { name: /Ajouter/ }) as HTMLButtonElement).disabled).toBe(true)
    addStakeholder('Syndicat indépendant des infirmiers')
    addStakeholder('ANAM')
    addStakeholder('anam ')
    expect(r.current().stakeholders.items.map((s) => s.name)).toEqual(['Syndicat indépendant des infirmiers', 'ANAM', 'anam'])
    expect(screen.getAllByText('Doublon')).toHaveLength(2)

    fireEvent.change(screen.getByLabelText('Position — Syndicat indépendant des infirmiers'), { target: { value: 'mediumOpposition' } })
    fireEvent.change(screen.getByLabelText('Pouvoir — Syndicat indépendant des infirmiers'), { target: { value: 'medium' } })
    fireEvent.change(screen.getByLabelText('Intérêt — Syndicat indépendant des infirmiers'), { target: { value: '5' } })
    const sii = r.current().stakeholders.items[0]!
    expect([sii.position, sii.power, sii.interest]).toEqual(['mediumOpposition', 'medium', 5])
    // The suggestion shows while no strategy is chosen.
    expect(screen.getByText('Suggestion : Réduire l’opposition'.replace('’', "'"))).toBeTruthy()
    fireEvent.change(screen.getByLabelText('Stratégie — Syndicat indépendant des infirmiers'), { target: { value: 'reduceOpposition' } })
    expect(r.current().stakeholders.items[0]!.strategy).toBe('reduceOpposition')
  })

  test('a name emptied in the details editor says so and keeps the last good name', () => {
    const r = renderStage(StakeholdersScreen, withItems([{ name: 'CHU Ibn Sina' }]))
    fireEvent.click(screen.getByRole('button', { name: 'Détails de «\u00a0CHU Ibn Sina\u00a0»' }))
    const details = within(screen.getByRole('group', { name: 'Détails de «\u00a0CHU Ibn Sina\u00a0»' }))
    const name = details.getByLabelText(/^Nom/) as HTMLInputElement
    fireEvent.change(name, { target: { value: '   ' } })
    expect(details.getByText(/Le nom est obligatoire/)).toBeTruthy()
    expect(r.current().stakeholders.items[0]!.name).toBe('CHU Ibn Sina')
    fireEvent.change(name, { target: { value: 'Centre hospitalier universitaire Ibn Sina' } })
    expect(r.current().stakeholders.items[0]!.name).toBe('Centre hospitalier universitaire Ibn Sina')
    // Every Schmeer/PolicyMaker field is there.
    fireEvent.change(details.getByLabelText('Alliances'), { target: { value: 'Faculté de médecine' } })
    fireEvent.click(details.getByLabelText('Leadership'))
    expect(r.current().stakeholders.items[0]).toMatchObject({ alliances: 'Faculté de médecine', leadership: true })
    for (const label of ['Sigle', 'Organisation', 'Fonction', 'Catégorie', 'Niveau', 'Interne / externe', 'Connaissance de la politique', 'Qualité', 'Ressources', 'Gains', 'Pertes', 'Stratégie d\'engagement', 'Contact', 'Invité']) {
      expect(details.getByLabelText(label)).toBeTruthy()
    }
  })

  test('filters by category, position group and power, searches and sorts', () => {
    renderStage(StakeholdersScreen, sample())
    expect(screen.getByText('Affichées : 23 sur 23')).toBeTruthy()
    fireEvent.change(screen.getByLabelText('Catégorie'), { target: { value: 'cat-provincialDelegation' } })
    expect(screen.getByText('Affichées : 3 sur 23')).toBeTruthy()
    fireEvent.change(screen.getByLabelText('Catégorie'), { target: { value: '' } })
    fireEvent.change(screen.getByLabelText('Position'), { target: { value: 'stance:opponent' } })
    expect(screen.getByText('Affichées : 5 sur 23')).toBeTruthy()
    fireEvent.change(screen.getByLabelText('Pouvoir'), { target: { value: 'high' } })
    expect(screen.getByText('Affichées : 2 sur 23')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }))
    fireEvent.change(screen.getByLabelText('Rechercher'), { target: { value: 'ensp' } })
    expect(screen.getByText('Affichées : 1 sur 23')).toBeTruthy()
    fireEvent.change(screen.getByLabelText('Rechercher'), { target: { value: '' } })
    fireEvent.click(screen.getByRole('button', { name: /^Intérêt/ }))
    const firstRow = () => document.querySelector('.sh-table tbody tr .sh-table__title')?.textContent
    expect(firstRow()).toBe('Wilaya de la région de Rabat-Salé-Kénitra') // interest 2, first of the lowest in table order
    fireEvent.click(screen.getByRole('button', { name: /^Intérêt/ }))
    expect(firstRow()).toBe('Direction régionale de la santé de Rabat-Salé-Kénitra')
  })

  test('bulk paste: preview with per-row errors, import of the ready rows, the rest kept to fix', async () => {
    const r = renderStage(StakeholdersScreen, blank())
    fireEvent.click(screen.getByRole('button', { name: 'Coller depuis un tableur…' }))
    const dialog = within(screen.getByRole('dialog'))
    const text = ['Nom\tPosition\tPouvoir\tIntérêt', 'DRS\tSoutien fort\tÉlevé\t5', '\tneutre\tfaible\t2', 'SII\t-2\tmoyen\t9', 'OMS\tSoutien moyen\tmoyen\t4'].join('\n')
    await act(async () => {
      fireEvent.change(dialog.getByLabelText(/Lignes copiées/), { target: { value: text } })
    })
    expect(dialog.getByText(/Lignes lues : 4 · prêtes : 2 · avec erreurs : 2/)).toBeTruthy()
    expect(dialog.getByText(/Ligne 3 : nom manquant/)).toBeTruthy()
    expect(dialog.getByText(/Ligne 4 : Intérêt : « \u20689\u2069 » hors de l'échelle 1 à 5/)).toBeTruthy()
    await act(async () => {
      fireEvent.click(dialog.getByRole('button', { name: 'Importer les lignes prêtes (2)' }))
    })
    expect(r.current().stakeholders.items.map((s) => [s.name, s.position, s.power, s.interest])).toEqual([
      ['DRS', 'highSupport', 'high', 5],
      ['OMS', 'mediumSupport', 'medium', 4]
    ])
    expect((dialog.getByLabelText(/Lignes copiées/) as HTMLTextAreaElement).value).toBe('Nom\tPosition\tPouvoir\tIntérêt\n\tneutre\tfaible\t2\nSII\t-2\tmoyen\t9')
    expect(dialog.getByText(/Lignes non importées : 2/)).toBeTruthy()
  })
})

describe('analysis, strategies, snapshots, categories', { timeout: 30_000 }, () => {
  test('the grid places every assessed stakeholder, with lists per quadrant and the feasibility reading', () => {
    renderStage(StakeholdersScreen, sample())
    tab('Grille et faisabilité')
    const diagram = screen.getByTestId('diagram')
    expect(diagram.getAttribute('aria-label')).toBe('Grille pouvoir / intérêt, parties prenantes placées\u00a0: 23')
    expect(diagram.textContent).toContain('quadrant-1 "Gérer étroitement"')
    expect(diagram.textContent).toContain('"DRS RSK":::supporter')
    const manage = within(screen.getByRole('region', { name: 'Gérer étroitement' }))
    expect(manage.getByText('Syndicat indépendant des infirmiers')).toBeTruthy()
    const monitor = within(screen.getByRole('region', { name: 'Surveiller' }))
    expect(monitor.getByText('Presse et radios régionales')).toBeTruthy()
    expect(screen.getByText(/^Contexte favorable/)).toBeTruthy()
    expect(within(screen.getByRole('list', { name: 'Carte des positions des parties prenantes' })).getAllByRole('listitem').length).toBeGreaterThan(7)
  })

  test('unassessed stakeholders are listed apart; an empty table explains what to fill in', () => {
    renderStage(StakeholdersScreen, withItems([{ name: 'Sans valeurs' }]))
    tab('Grille et faisabilité')
    expect(screen.getByText(/Renseignez le pouvoir et l'intérêt/)).toBeTruthy()
    expect(screen.getByText(/Non placées/).textContent).toContain('Sans valeurs')
    expect(screen.getByText(/l'indice ne peut pas être calculé/)).toBeTruthy()
  })

  test('strategies: suggestions applied to everyone without one, in one step', () => {
    const r = renderStage(
      StakeholdersScreen,
      withItems([
        { name: 'A', position: 'highSupport', power: 'high', interest: 5 },
        { name: 'B', position: 'nonMobilised', power: 'high', interest: 2 },
        { name: 'C', position: 'lowOpposition', power: 'low', interest: 1 },
        { name: 'D', position: 'mediumOpposition', power: 'medium', interest: 4, strategy: 'monitor' }
      ])
    )
    tab('Stratégies')
    fireEvent.click(screen.getByRole('button', { name: 'Appliquer les suggestions aux acteurs sans stratégie (3)' }))
    expect(r.current().stakeholders.items.map((s) => s.strategy)).toEqual(['strengthenSupport', 'mobilise', 'monitor', 'monitor'])
    fireEvent.click(screen.getByRole('button', { name: 'Appliquer la suggestion — D' }))
    expect(r.current().stakeholders.items[3]!.strategy).toBe('reduceOpposition')
  })

  test('snapshots: take one, move a stakeholder, compare with the current table', () => {
    const r = renderStage(StakeholdersScreen, withItems([{ name: 'Conseil régional', position: 'nonMobilised', power: 'high', interest: 2 }]))
    tab('Instantanés')
    expect(screen.getByText('Aucun instantané pour l\'instant.')).toBeTruthy()
    fireEvent.change(screen.getByLabelText('Libellé de l\'instantané'), { target: { value: 'Avant les consultations' } })
    fireEvent.click(screen.getByRole('button', { name: 'Prendre un instantané' }))
    expect(r.current().stakeholders.snapshots).toHaveLength(1)
    expect(r.current().stakeholders.snapshots[0]).toMatchObject({ label: 'Avant les consultations', entries: [{ name: 'Conseil régional', position: 'nonMobilised' }] })
    expect(screen.getByText('Aucun changement entre ces deux situations.')).toBeTruthy()
    // The position changes in the table (the snapshot stays as it was).
    act(() => {
      r.store.update((p) => ({ ...p, stakeholders: { ...p.stakeholders, items: p.stakeholders.items.map((s) => ({ ...s, position: 'mediumSupport' as const })) } }))
    })
    expect(screen.getByText(/Conseil régional.*Non mobilisé → Soutien moyen/)).toBeTruthy()
    expect(screen.getByText('vers le soutien')).toBeTruthy()
  })

  test('categories: pre-loaded ones translated, a custom one added, one in use cannot be removed', () => {
    const r = renderStage(StakeholdersScreen, withItems([{ name: 'Presse', categoryId: 'cat-media' }]))
    tab('Catégories')
    expect(screen.getByPlaceholderText('Médias')).toBeTruthy()
    const input = screen.getByLabelText('Nom de la nouvelle catégorie')
    fireEvent.change(input, { target: { value: 'Coopératives de santé' } })
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' })
    expect(r.current().stakeholders.categories.at(-1)).toMatchObject({ key: null, label: 'Coopératives de santé' })
    fireEvent.change(input, { target: { value: 'médias' } })
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' })
    expect(screen.getByText('Une catégorie porte déjà ce nom.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer la catégorie «\u00a0Médias\u00a0»' }))
    expect(screen.getByRole('alert').textContent).toMatch(/utilisée par 1 parties prenantes/)
    expect(r.current().stakeholders.categories.some((c) => c.id === 'cat-media')).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer la catégorie «\u00a0Coopératives de santé\u00a0»' }))
    expect(r.current().stakeholders.categories.some((c) => c.label === 'Coopératives de santé')).toBe(false)
  })

  test('in Arabic the screen is translated and the tabs follow the reading direction', () => {
    renderStage(StakeholdersScreen, sample(), 'ar')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('الأطراف المعنية')
    expect(screen.getByRole('tab', { name: 'الشبكة والجدوى' })).toBeTruthy()
    expect(screen.getByLabelText('الموقف — Direction régionale de la santé de Rabat-Salé-Kénitra')).toBeTruthy()
  })
})
