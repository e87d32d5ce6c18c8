import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { act, fireEvent, screen, within } from '@testing-library/react'
import AgendaScreen from '../../src/renderer/src/features/agenda/AgendaScreen'
import { renderAgenda, sampleProject } from './agenda-harness'

// The injected clock reads the faked Date as UTC wall time: 08:30 UTC is 08:30 on the programme.
const DAY_1_START = Date.UTC(2017, 6, 6, 8, 30, 0)
const tick = (ms: number) => act(() => void vi.advanceTimersByTime(ms))
const remaining = () => screen.getByTestId('live-remaining').textContent
const planItem = (id: string) => document.querySelector<HTMLElement>(`.live-plan__item[data-block-id="${id}"]`)!

beforeEach(() => {
  vi.useFakeTimers({ now: DAY_1_START })
  window.location.hash = '#/project/rabat/agenda/live'
})
afterEach(() => {
  vi.useRealTimers()
})

describe('live mode with an injected clock', { timeout: 30_000 }, () => {
  test('start, count down, +5 min re-balances the rest of the day, overrun, next block, records saved', () => {
    const { agenda } = renderAgenda(AgendaScreen, sampleProject())
    expect(screen.getByRole('tab', { name: 'Mode direct' }).getAttribute('aria-selected')).toBe('true')
    expect(screen.getByText('Journée non commencée. Programme : 08:30 – 17:15.')).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: 'Démarrer la journée' }))
    expect(agenda().live).toEqual([{ dayId: 'day-1', blockId: 'blk-d1-registration', startedAt: '2017-07-06T08:30:00.000Z', endedAt: null, adjustmentMin: 0 }])
    expect(remaining()).toBe('30:00')
    expect(screen.getByTestId('live-status').textContent).toContain("À l'heure")

    tick(70_000)
    expect(remaining()).toBe('28:50')
    expect(screen.getByTestId('live-elapsed').textContent).toBe('Écoulé : 01:10')

    fireEvent.click(screen.getByRole('button', { name: 'Ajouter 5 minutes à la séquence en cours' }))
    expect(agenda().live[0]!.adjustmentMin).toBe(5)
    expect(remaining()).toBe('33:50')
    expect(screen.getByTestId('live-status').textContent).toContain('En retard de 5 min')
    expect(screen.getByText('Durée prévue 30 min · ajustée 35 min')).toBeTruthy()
    // 5 minutes lost: the plenary debate (60) gives 2, the group work (75) gives 3; breaks and meals keep theirs
    expect(planItem('blk-d1-debate').querySelector('.live-plan__delta')!.textContent).toBe('−2 min')
    expect(planItem('blk-d1-problems').querySelector('.live-plan__delta')!.textContent).toBe('−3 min')
    expect(planItem('blk-d1-lunch').querySelector('.live-plan__delta')!.textContent).toBe('')
    expect(screen.getByText('Fin prévue 17:15 · fin estimée 17:15')).toBeTruthy()

    tick(40 * 60_000)
    expect(remaining()).toBe('+06:10')
    expect(screen.getByRole('timer', { name: 'Dépassement' })).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: /Séquence suivante/ }))
    expect(agenda().live.map((r) => [r.blockId, r.endedAt])).toEqual([
      ['blk-d1-registration', '2017-07-06T09:11:10.000Z'],
      ['blk-d1-opening', null]
    ])
    expect(screen.getByRole('heading', { name: 'Séance d’ouverture : allocutions du Ministère de la Santé et de l’OMS' })).toBeTruthy()
    expect(remaining()).toBe('30:00')
    expect(screen.getByTestId('live-status').textContent).toContain('En retard de 11 min')
    expect(planItem('blk-d1-registration').querySelector('.live-plan__state')!.textContent).toBe('Terminée')
    expect(planItem('blk-d1-opening').getAttribute('aria-current')).toBe('step')
    // the facilitator's private notes are on the facilitator's screen
    expect(screen.getByText('Allocutions limitées à 10 minutes chacune. Photo de groupe à la fin de la séance.')).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: /Séquence précédente/ }))
    expect(screen.getByRole('heading', { name: 'Accueil et inscription des participants' })).toBeTruthy()
  })

  test('the projector view shows the current and next blocks in large type, never the notes; Page Down and Escape work', () => {
    const { agenda } = renderAgenda(AgendaScreen, sampleProject())
    fireEvent.click(screen.getByRole('button', { name: 'Démarrer la journée' }))
    tick(5 * 60_000)
    fireEvent.click(screen.getByRole('button', { name: 'Vue projecteur' }))
    const projector = screen.getByRole('dialog', { name: 'Vue projecteur' })
    expect(within(projector).getByRole('heading', { name: 'Accueil et inscription des participants' })).toBeTruthy()
    expect(within(projector).getByTestId('projector-remaining').textContent).toBe('25:00')
    expect(within(projector).getByText('Séance d’ouverture : allocutions du Ministère de la Santé et de l’OMS')).toBeTruthy()
    expect(within(projector).getByText('09:00')).toBeTruthy()
    expect(projector.textContent).not.toMatch(/Faire signer|Vérifier les badges|Notes de l'animateur/)
    expect(document.activeElement).toBe(within(projector).getByRole('button', { name: 'Quitter (Échap)' }))

    tick(1000)
    expect(within(projector).getByTestId('projector-remaining').textContent).toBe('24:59')
    fireEvent.keyDown(window, { key: 'PageDown' })
    expect(agenda().live.at(-1)!.blockId).toBe('blk-d1-opening')
    expect(within(projector).getByRole('heading', { name: 'Séance d’ouverture : allocutions du Ministère de la Santé et de l’OMS' })).toBeTruthy()
    fireEvent.keyDown(window, { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Vue projecteur' }))
  })

  test('the timer keeps running while a bad duration is typed in the editor', () => {
    const { agenda } = renderAgenda(AgendaScreen, sampleProject())
    fireEvent.click(screen.getByRole('button', { name: 'Démarrer la journée' }))
    tick(60_000)
    expect(remaining()).toBe('29:00')
    fireEvent.click(screen.getByRole('tab', { name: 'Édition' }))
    const duration = within(document.querySelector<HTMLElement>('[data-block-id="blk-d1-registration"]')!).getByLabelText('Durée')
    fireEvent.focus(duration)
    fireEvent.change(duration, { target: { value: '-20' } })
    fireEvent.blur(duration)
    tick(30_000)
    expect(agenda().days[0]!.blocks[0]!.durationMin).toBe(30)
    fireEvent.click(screen.getByRole('tab', { name: 'Mode direct' }))
    expect(remaining()).toBe('28:30')
    tick(2000)
    expect(remaining()).toBe('28:28')
  })

  test('finishing the day and clearing its tracking', () => {
    const { agenda } = renderAgenda(AgendaScreen, sampleProject())
    fireEvent.click(screen.getByRole('button', { name: 'Démarrer la journée' }))
    tick(10 * 60_000)
    fireEvent.click(screen.getByRole('button', { name: 'Terminer la journée' }))
    expect(screen.getByText('Journée terminée à 08:40 (fin prévue 17:15).')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Effacer le suivi de la journée' }))
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Effacer le suivi de la journée' }))
    expect(agenda().live).toEqual([])
    expect(screen.getByText('Journée non commencée. Programme : 08:30 – 17:15.')).toBeTruthy()
  })

  test('in Arabic: the status in words, the timer in Western digits, the second day chosen', () => {
    vi.setSystemTime(Date.UTC(2017, 6, 7, 9, 5, 0))
    renderAgenda(AgendaScreen, sampleProject(), 'ar')
    fireEvent.change(screen.getByLabelText('اليوم'), { target: { value: 'day-2' } })
    fireEvent.click(screen.getByRole('button', { name: 'بدء اليوم' }))
    expect(remaining()).toBe('45:00')
    expect(screen.getByTestId('live-status').textContent).toContain('متأخر بـ 5 د')
    expect(screen.getByRole('heading', { name: 'Restitution et choix des problématiques prioritaires' })).toBeTruthy()
  })
})
