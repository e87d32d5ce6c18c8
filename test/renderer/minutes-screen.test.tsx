import { describe, expect, test, vi } from 'vitest'
import { act, fireEvent, screen, within } from '@testing-library/react'
import MinutesScreen from '../../src/renderer/src/features/minutes/MinutesScreen'
import { Project } from '../../src/core/model/project'
import { renderStage, workshopProject } from './minutes-harness'

// Rendering whole screens in jsdom is slow on a busy machine: be patient.
vi.setConfig({ testTimeout: 30_000 })

const typeEntry = (text: string, opts: { alt?: string } = {}) => {
  const input = screen.getByLabelText('Texte de l\'entrée') as HTMLTextAreaElement
  if (opts.alt) fireEvent.keyDown(input, { key: opts.alt, code: `Digit${opts.alt}`, altKey: true })
  fireEvent.change(input, { target: { value: text } })
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' })
  return input
}

describe('minutes screen — note-taking', () => {
  test('Enter adds a typed entry to the selected block and keeps focus in the input', () => {
    const r = renderStage(MinutesScreen, workshopProject())
    fireEvent.click(screen.getByRole('button', { name: /Délibération sur le problème/ }))
    const input = screen.getByLabelText('Texte de l\'entrée') as HTMLTextAreaElement
    input.focus()
    typeEntry('Pénurie aiguë en zone rurale')
    typeEntry('Créer un groupe de travail régional', { alt: '5' })
    expect(input.value).toBe('')
    expect(document.activeElement).toBe(input)
    const entries = r.current().minutes.entries
    expect(entries.map((e) => [e.blockId, e.type, e.text])).toEqual([
      ['b-problem', 'keyPoint', 'Pénurie aiguë en zone rurale'],
      ['b-problem', 'decision', 'Créer un groupe de travail régional']
    ])
    const list = screen.getByRole('list', { name: /Entrées de la séquence « Délibération sur le problème »/ })
    expect(within(list).getByText('Décision')).toBeTruthy()
    expect(within(list).getByText('Point clé')).toBeTruthy()
    expect(Project.safeParse(r.current()).success).toBe(true)
  })

  test('Chatham House: the notice is shown and there is no speaker field', () => {
    renderStage(MinutesScreen, workshopProject())
    expect(screen.getByRole('note').textContent).toContain('Règle de Chatham House en vigueur')
    expect(screen.queryByLabelText('Intervenant (facultatif)')).toBeNull()
  })

  test('without the rule the speaker is recorded and shown', () => {
    const base = workshopProject()
    const r = renderStage(MinutesScreen, { ...base, design: { ...base.design, chathamHouse: false } })
    fireEvent.change(screen.getByLabelText('Intervenant (facultatif)'), { target: { value: 'Dr Alami' } })
    typeEntry('Le coût fait débat', { alt: '3' })
    expect(r.current().minutes.entries[0]).toMatchObject({ speaker: 'Dr Alami', type: 'disagreement' })
    expect(screen.getByText('Intervenant : \u2068Dr Alami\u2069')).toBeTruthy()
  })

  test('an action raised becomes an action-plan item in one click', () => {
    const r = renderStage(MinutesScreen, workshopProject())
    typeEntry('La DRS prépare une note au conseil régional', { alt: '6' })
    fireEvent.click(screen.getByRole('button', { name: 'Inscrire au plan d\'action' }))
    const { actions, minutes } = r.current()
    expect(actions.items).toHaveLength(1)
    expect(actions.items[0]).toMatchObject({ title: 'La DRS prépare une note au conseil régional', sourceEntryId: minutes.entries[0]!.id })
    expect(minutes.entries[0]!.actionId).toBe(actions.items[0]!.id)
    // the title is isolated (FSI … PDI) so it keeps its direction inside the sentence
    expect(screen.getByText(/Inscrite au plan d'action : « \u2068La DRS prépare une note au conseil régional\u2069 »/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Inscrire au plan d\'action' })).toBeNull()
  })

  test('an empty entry is refused with a message, nothing is added', () => {
    const r = renderStage(MinutesScreen, workshopProject())
    typeEntry('   ')
    expect(r.current().minutes.entries).toHaveLength(0)
    expect(screen.getByText('Le texte de l\'entrée est vide.')).toBeTruthy()
  })
})

describe('minutes screen — a long session', () => {
  test('1,000 entries on one block: the list shows them all and typing a new one still works', () => {
    const base = workshopProject()
    const entries = Array.from({ length: 1000 }, (_, i) => ({
      id: `e${i}`,
      blockId: 'b-open',
      type: 'keyPoint' as const,
      text: `Point ${i + 1}`,
      speaker: '',
      createdAt: '2017-07-06T08:10:00.000Z',
      actionId: null
    }))
    const r = renderStage(MinutesScreen, { ...base, minutes: { ...base.minutes, entries } })
    // (plain selectors: role queries over 3,000 buttons are what is slow in jsdom, not the screen)
    const block = [...document.querySelectorAll<HTMLButtonElement>('.minutes-blocks__item')].find((b) => b.textContent?.includes('Ouverture'))!
    fireEvent.click(block)
    const list = document.querySelector('ol.minutes-entries')!
    expect(list.getAttribute('aria-label')).toBe('Entrées de la séquence « Ouverture »')
    expect(list.querySelectorAll('li')).toHaveLength(1000)
    const input = document.querySelector<HTMLTextAreaElement>('.minutes-composer__text')!
    const start = performance.now()
    for (const ch of 'Le point 1001') fireEvent.change(input, { target: { value: input.value + ch } })
    const typing = performance.now() - start
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' })
    expect(r.current().minutes.entries).toHaveLength(1001)
    expect(list.querySelectorAll('li')).toHaveLength(1001)
    expect(block.textContent).toContain('1001 entrées')
    // Typing re-renders the composer, not the 1,000-entry list.
    expect(typing).toBeLessThan(3000)
  })
})

describe('minutes screen — attendance', () => {
  test('keyboard marks, walk-in on the spot, totals', () => {
    const r = renderStage(MinutesScreen, workshopProject())
    fireEvent.click(screen.getByRole('tab', { name: 'Présences' }))
    const first = screen.getByRole('button', { name: 'Amina Tazi, Jour 1 — Matin : —' })
    fireEvent.keyDown(first, { key: 'p' })
    fireEvent.keyDown(first, { key: 'ArrowDown' })
    const second = screen.getByRole('button', { name: /Youssef Alaoui, Jour 1 — Matin/ })
    expect(document.activeElement).toBe(second)
    fireEvent.keyDown(second, { key: 'e' })
    fireEvent.click(screen.getByRole('button', { name: 'Marquer présents tous les participants non renseignés — Jour 1 — Matin' }))
    const marks = r.current().minutes.attendance
    expect(marks.filter((m) => m.dayId === 'd1' && m.half === 'am').map((m) => [m.participantId, m.status]).sort()).toEqual([
      ['p1', 'present'],
      ['p2', 'excused'],
      ['p3', 'present']
    ])
    expect(screen.getByText('Présents : 2 · absents : 0 · excusés : 1')).toBeTruthy()

    fireEvent.change(screen.getByLabelText('Nom et prénom'), { target: { value: 'Nadia Chraibi' } })
    fireEvent.change(screen.getByLabelText('Présente depuis'), { target: { value: '1' } })
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter sur place' }))
    const walkIn = r.current().participants.find((p) => p.name === 'Nadia Chraibi')!
    expect(walkIn.walkIn).toBe(true)
    expect(r.current().minutes.attendance).toContainEqual({ participantId: walkIn.id, dayId: 'd1', half: 'pm', status: 'present' })
    expect(screen.getByRole('button', { name: 'Nadia Chraibi, Jour 1 — Après-midi : Présent' })).toBeTruthy()
  })
})

describe('minutes screen — finalise and amend', () => {
  test('finalising locks direct entry; an amendment with a reason changes the entry and shows in the trail', async () => {
    const r = renderStage(MinutesScreen, workshopProject())
    typeEntry('Former 150 infirmiers', { alt: '4' })
    fireEvent.click(screen.getByRole('tab', { name: 'Finalisation et amendements' }))
    fireEvent.click(screen.getByRole('button', { name: 'Finaliser le compte rendu…' }))
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Finaliser' }))
    expect(r.current().minutes.status).toBe('final')

    fireEvent.click(screen.getByRole('tab', { name: 'Prise de notes' }))
    expect(screen.queryByLabelText('Texte de l\'entrée')).toBeNull()
    expect(screen.getByText('Compte rendu finalisé')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Amender' }))
    const dialog = screen.getByRole('dialog')
    fireEvent.change(within(dialog).getByLabelText('Nouveau texte'), { target: { value: 'Former 200 infirmiers' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer l\'amendement' }))
    expect(within(dialog).getByText('Indiquez le motif de l\'amendement.')).toBeTruthy()
    fireEvent.change(within(dialog).getByLabelText('Motif de l\'amendement'), { target: { value: 'Chiffre corrigé par la DRS' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer l\'amendement' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    const m = r.current().minutes
    expect(m.entries[0]!.text).toBe('Former 200 infirmiers')
    expect(m.amendments[0]).toMatchObject({ reason: 'Chiffre corrigé par la DRS', author: 'Rapporteur DRS', before: 'Former 150 infirmiers', after: 'Former 200 infirmiers' })
    expect(screen.getByText('Amendée (1 fois)')).toBeTruthy()

    fireEvent.click(screen.getByRole('tab', { name: 'Finalisation et amendements' }))
    expect(screen.getByText('Motif : \u2068Chiffre corrigé par la DRS\u2069')).toBeTruthy()
    await act(async () => {
      await r.store.saveNow()
    })
    expect(r.saved.at(-1)!.minutes.amendments).toHaveLength(1)
  })

  test('in Arabic the screen is translated and the status labels are text', () => {
    renderStage(MinutesScreen, workshopProject(), 'ar')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('المحضر والحضور')
    fireEvent.click(screen.getByRole('tab', { name: 'الحضور' }))
    expect(screen.getByRole('button', { name: 'Amina Tazi، اليوم 1 — الفترة الصباحية: —' })).toBeTruthy()
  })
})
