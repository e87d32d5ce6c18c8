import { describe, expect, test } from 'vitest'
import { act, fireEvent, screen, within } from '@testing-library/react'
import AgendaScreen from '../../src/renderer/src/features/agenda/AgendaScreen'
import { createBlankProject } from '../../src/core/project/factory'
import { scheduleDay } from '../../src/core/agenda/schedule'
import { renderAgenda, sampleProject } from './agenda-harness'

const blockEl = (id: string) => document.querySelector<HTMLElement>(`[data-block-id="${id}"]`)!
const timeOf = (id: string) => blockEl(id).querySelector('.agenda-block__time')!.textContent
const dayIds = (agenda: { days: { blocks: { id: string }[] }[] }, i: number) => agenda.days[i]!.blocks.map((b) => b.id)

// Rendering the whole two-day sample in jsdom takes a while on a busy machine.
describe('agenda editor', { timeout: 30_000 }, () => {
  test('shows each block with its computed start–end, a colour category with a text label, and the day summary', () => {
    renderAgenda(AgendaScreen, sampleProject())
    expect(timeOf('blk-d1-registration')).toBe('08:30 – 09:00')
    expect(timeOf('blk-d1-opening')).toBe('09:00 – 09:30')
    expect(timeOf('blk-d1-lunch')).toBe('12:30 – 14:00')
    expect(blockEl('blk-d1-lunch').querySelector('.type-chip--meal')?.textContent).toBe('Repas')
    expect(screen.getByRole('heading', { name: 'Jour 1 — 6 juillet 2017' })).toBeTruthy()
    expect(screen.getByText('08:30 – 17:15 · 13 séquence(s) · 8 h 45')).toBeTruthy()
  })

  test('a new duration (typed "1h") recomputes the times of every following block', () => {
    const { agenda } = renderAgenda(AgendaScreen, sampleProject())
    const input = within(blockEl('blk-d1-registration')).getByLabelText('Durée')
    fireEvent.change(input, { target: { value: '1h' } })
    expect(agenda().days[0]!.blocks[0]!.durationMin).toBe(60)
    expect(timeOf('blk-d1-opening')).toBe('09:30 – 10:00')
    expect(timeOf('blk-d1-wrapup')).toBe('17:30 – 17:45')
  })

  test('a negative or absurd duration is refused with a clear message; the typed text stays and the data keeps its value', () => {
    const { agenda } = renderAgenda(AgendaScreen, sampleProject())
    const input = within(blockEl('blk-d1-opening')).getByLabelText('Durée') as HTMLInputElement
    fireEvent.focus(input)
    fireEvent.change(input, { target: { value: '-15' } })
    fireEvent.blur(input)
    expect(input.value).toBe('-15')
    expect(within(blockEl('blk-d1-opening')).getByText('Une durée ne peut pas être négative (-15).')).toBeTruthy()
    expect(agenda().days[0]!.blocks[1]!.durationMin).toBe(30)
    fireEvent.focus(input)
    fireEvent.change(input, { target: { value: '99999' } })
    fireEvent.blur(input)
    expect(within(blockEl('blk-d1-opening')).getByText("99999 minutes, c'est plus d'une journée : maximum 1440 minutes.")).toBeTruthy()
    expect(timeOf('blk-d1-objectives')).toBe('09:30 – 09:45')
  })

  test('Alt+↓ moves the focused block down, times are recomputed, focus stays on the same field, and it is announced', () => {
    const { agenda } = renderAgenda(AgendaScreen, sampleProject())
    const title = within(blockEl('blk-d1-opening')).getByLabelText('Intitulé')
    title.focus()
    fireEvent.keyDown(title, { key: 'ArrowDown', altKey: true })
    expect(dayIds(agenda(), 0).slice(0, 3)).toEqual(['blk-d1-registration', 'blk-d1-objectives', 'blk-d1-opening'])
    expect(timeOf('blk-d1-objectives')).toBe('09:00 – 09:15')
    expect(timeOf('blk-d1-opening')).toBe('09:15 – 09:45')
    expect(document.activeElement).toBe(within(blockEl('blk-d1-opening')).getByLabelText('Intitulé'))
    expect(screen.getByText(/déplacée : jour 1, position 3, 09:15 – 09:45/)).toBeTruthy()
  })

  test('Alt+↓ on the last block of a day takes it to the top of the next day; Alt+↑ brings it back', () => {
    const { agenda } = renderAgenda(AgendaScreen, sampleProject())
    const handle = blockEl('blk-d1-wrapup').querySelector<HTMLElement>('.agenda-block__handle')!
    handle.focus()
    fireEvent.keyDown(handle, { key: 'ArrowDown', altKey: true })
    expect(dayIds(agenda(), 1)[0]).toBe('blk-d1-wrapup')
    expect(timeOf('blk-d1-wrapup')).toBe('09:00 – 09:15')
    expect(timeOf('blk-d2-priorities')).toBe('09:15 – 10:00')
    // the moved block remounted in the other day: focus followed it
    expect(document.activeElement).toBe(blockEl('blk-d1-wrapup').querySelector('.agenda-block__handle'))
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp', altKey: true })
    expect(dayIds(agenda(), 0).at(-1)).toBe('blk-d1-wrapup')
  })

  test('the ↑ / ↓ buttons move too, and the first block says it cannot go further', () => {
    const { agenda } = renderAgenda(AgendaScreen, sampleProject())
    fireEvent.click(screen.getByRole('button', { name: 'Descendre « Accueil et inscription des participants »' }))
    expect(dayIds(agenda(), 0)[1]).toBe('blk-d1-registration')
    fireEvent.click(screen.getByRole('button', { name: 'Monter « Accueil et inscription des participants »' }))
    fireEvent.click(screen.getByRole('button', { name: 'Monter « Accueil et inscription des participants »' }))
    expect(dayIds(agenda(), 0)[0]).toBe('blk-d1-registration')
    // the title is wrapped in Unicode isolates (FSI … PDI) so it keeps its own direction in any language
    expect(screen.getByText("« \u2068Accueil et inscription des participants\u2069 » est déjà à cette extrémité de l'ordre du jour.")).toBeTruthy()
  })

  test('drag and drop moves a block before another one, even in another day', () => {
    const { agenda } = renderAgenda(AgendaScreen, sampleProject())
    const handle = blockEl('blk-d1-lunch').querySelector('.agenda-block__handle')!
    const data = new Map<string, string>()
    const dataTransfer = { setData: (k: string, v: string) => data.set(k, v), getData: (k: string) => data.get(k) ?? '', setDragImage: () => {}, effectAllowed: '', dropEffect: '' }
    fireEvent.dragStart(handle, { dataTransfer })
    const target = blockEl('blk-d2-steps')
    fireEvent.dragOver(target, { dataTransfer, clientY: 0 })
    fireEvent.drop(target, { dataTransfer })
    expect(dayIds(agenda(), 1).slice(0, 3)).toEqual(['blk-d2-priorities', 'blk-d1-lunch', 'blk-d2-steps'])
    expect(timeOf('blk-d1-lunch')).toBe('09:45 – 11:15')
  })

  test('"insert the standard sequence" adds the method\'s ten steps in French, 09:00 → 15:40', () => {
    const blank = createBlankProject({ id: 'p', name: 'P', now: '2024-01-01T00:00:00.000Z' })
    const { agenda } = renderAgenda(AgendaScreen, blank)
    expect(screen.getByText('Aucune journée pour l\'instant. Ajoutez une journée, puis ses séquences.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '+ Ajouter une journée' }))
    fireEvent.click(screen.getByRole('button', { name: 'Insérer la séquence standard' }))
    const day = agenda().days[0]!
    expect(day.blocks.map((b) => b.title)).toEqual([
      'Ouverture et présentation des participants',
      "Présentation de la note d'information stratégique",
      'Délibération sur le problème',
      'Pause-café',
      'Délibération sur les options politiques',
      'Déjeuner',
      'Délibération sur la mise en œuvre',
      'Qui pourrait faire quoi : prochaines étapes',
      'Synthèse et clôture',
      'Évaluation du dialogue'
    ])
    const timed = scheduleDay(day)
    expect([timed.start, timed.end]).toEqual(['09:00', '15:40'])
    expect(screen.getByText('10 séquences ajoutées au jour 1.')).toBeTruthy()
  })

  test('in Arabic the standard sequence and the labels are Arabic', () => {
    const blank = createBlankProject({ id: 'p', name: 'P', now: '2024-01-01T00:00:00.000Z' })
    const { agenda } = renderAgenda(AgendaScreen, blank, 'ar')
    fireEvent.click(screen.getByRole('button', { name: '+ إضافة يوم' }))
    fireEvent.click(screen.getByRole('button', { name: 'إدراج التسلسل المعياري' }))
    expect(agenda().days[0]!.blocks[2]!.title).toBe('النقاش حول المشكلة')
    expect(screen.getAllByText('نقاش في الجلسة العامة').length).toBeGreaterThan(0)
  })

  test('a day running past midnight says so, nothing is dropped', () => {
    const { agenda } = renderAgenda(AgendaScreen, sampleProject())
    const start = screen.getAllByLabelText('Heure de début')[1]!
    fireEvent.change(start, { target: { value: '20:00' } })
    expect(agenda().days[1]!.start).toBe('20:00')
    expect(screen.getByText(/Le jour 2 se termine après minuit \(03:00 le lendemain, 180 min de trop\)/)).toBeTruthy()
    expect(timeOf('blk-d2-closing')).toBe('02:35 (+1 j) – 03:00 (+1 j)')
    expect(agenda().days[1]!.blocks).toHaveLength(10)
  })

  test('a new block gets the focus in its title; the details hold speaker, objective, private notes and materials', () => {
    const { agenda } = renderAgenda(AgendaScreen, sampleProject())
    const day2 = screen.getByRole('region', { name: 'Jour 2 — 7 juillet 2017' })
    fireEvent.click(within(day2).getByRole('button', { name: '+ Ajouter une séquence' }))
    const added = agenda().days[1]!.blocks.at(-1)!
    expect(document.activeElement).toBe(within(blockEl(added.id)).getByLabelText('Intitulé'))
    fireEvent.change(document.activeElement!, { target: { value: 'Photo de groupe' } })
    fireEvent.click(within(blockEl(added.id)).getByRole('button', { name: 'Détails de « Photo de groupe »' }))
    fireEvent.change(within(blockEl(added.id)).getByLabelText(/Notes de l'animateur/), { target: { value: 'Sur les marches' } })
    expect(agenda().days[1]!.blocks.at(-1)).toMatchObject({ title: 'Photo de groupe', notes: 'Sur les marches', durationMin: 30 })
    expect(timeOf(added.id)).toBe('16:00 – 16:30')
  })

  test('undo (Ctrl+Z) restores a moved block', () => {
    const { agenda, store } = renderAgenda(AgendaScreen, sampleProject())
    fireEvent.click(screen.getByRole('button', { name: 'Descendre « Accueil et inscription des participants »' }))
    expect(dayIds(agenda(), 0)[0]).toBe('blk-d1-opening')
    act(() => store.undo())
    expect(dayIds(agenda(), 0)[0]).toBe('blk-d1-registration')
  })
})

describe('programme, run-sheet and tabs', { timeout: 30_000 }, () => {
  test('the participant programme has no facilitator notes; the run-sheet has them and the materials', () => {
    renderAgenda(AgendaScreen, sampleProject())
    fireEvent.click(screen.getByRole('tab', { name: 'Programme' }))
    const programme = screen.getByRole('tabpanel')
    expect(within(programme).getAllByText('Pause-café').length).toBe(3)
    expect(within(programme).queryByText(/Faire signer la feuille de présence/)).toBeNull()
    expect(within(programme).queryByText(/Pupitre, micros/)).toBeNull()
    fireEvent.click(screen.getByRole('tab', { name: 'Fiche de déroulement' }))
    const runSheet = screen.getByRole('tabpanel')
    expect(within(runSheet).getAllByText(/Faire signer la feuille de présence/).length).toBeGreaterThan(0)
    expect(within(runSheet).getByText(/Pupitre, micros/)).toBeTruthy()
  })

  test('tabs follow the arrow keys (mirrored in Arabic) and the view is kept in the address for a reload', () => {
    window.location.hash = '#/project/rabat/agenda'
    renderAgenda(AgendaScreen, sampleProject())
    const edit = screen.getByRole('tab', { name: 'Édition' })
    edit.focus()
    fireEvent.keyDown(edit, { key: 'ArrowRight' })
    expect(screen.getByRole('tab', { name: 'Programme' }).getAttribute('aria-selected')).toBe('true')
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Programme' }))
    expect(window.location.hash).toBe('#/project/rabat/agenda/programme')
    fireEvent.keyDown(document.activeElement!, { key: 'End' })
    expect(window.location.hash).toBe('#/project/rabat/agenda/live')
  })
})
