import { afterEach, describe, expect, test, vi } from 'vitest'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useState } from 'react'
import { blankAction } from '../../src/core/actions/items'
import type { ActionItem, FollowUpMeeting } from '../../src/core/model/actions'
import * as languages from '../../src/core/i18n/languages'
import ActionsScreen from '../../src/renderer/src/features/actions/ActionsScreen'
import MinutesScreen from '../../src/renderer/src/features/minutes/MinutesScreen'
import { Later, Pager, usePaged } from '../../src/renderer/src/components'
import { renderWithApp } from './render'
import { renderStage, workshopProject } from './minutes-harness'
import AgendaScreen from '../../src/renderer/src/features/agenda/AgendaScreen'
import { renderAgenda, sampleProject } from './agenda-harness'

// Rendering whole screens in jsdom is slow on a busy machine: be patient.
vi.setConfig({ testTimeout: 30_000 })

// mermaid does not draw in jsdom: the gantt source is enough here.
vi.mock('../../src/renderer/src/diagrams', () => ({
  Diagram: ({ source, label }: { source: string; label: string }) => (
    <pre data-testid="diagram" aria-label={label}>
      {source}
    </pre>
  )
}))

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

/** 120 rows behind a filter box, paged by 50 — the shape of every long table. */
function PagedList({ items }: { items: string[] }) {
  const [query, setQuery] = useState('')
  const shown = items.filter((i) => i.includes(query))
  const paged = usePaged(shown, query)
  return (
    <>
      <input aria-label="filtre" value={query} onChange={(e) => setQuery(e.target.value)} />
      <Pager page={paged.page} pageCount={paged.pageCount} total={shown.length} onPage={paged.setPage} label="Pages de la liste" />
      <ul>
        {paged.rows.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </>
  )
}

const rows = Array.from({ length: 120 }, (_, i) => `ligne ${i + 1}`)
const listed = () => screen.getAllByRole('listitem').map((li) => li.textContent)

describe('pager of long tables', () => {
  test('50 rows a page: next, last, the page picker, and an inert "next" that keeps the focus on the last page', () => {
    renderWithApp(<PagedList items={rows} />)
    const nav = screen.getByRole('navigation', { name: 'Pages de la liste' })
    expect(listed()).toHaveLength(50)
    expect(listed()[0]).toBe('ligne 1')
    expect(within(nav).getByRole('status').textContent).toBe('Lignes 1 à 50 sur 120')

    fireEvent.click(within(nav).getByRole('button', { name: 'Page suivante' }))
    expect(listed()[0]).toBe('ligne 51')
    expect(within(nav).getByRole('status').textContent).toBe('Lignes 51 à 100 sur 120')

    const picker = within(nav).getByLabelText('Aller à la page') as HTMLSelectElement
    expect([...picker.options].map((o) => o.textContent)).toEqual(['Page 1 sur 3', 'Page 2 sur 3', 'Page 3 sur 3'])
    fireEvent.change(picker, { target: { value: '2' } })
    expect(listed()).toEqual(rows.slice(100))

    const next = within(nav).getByRole('button', { name: 'Page suivante' })
    next.focus()
    expect(next.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(next)
    expect(listed()).toEqual(rows.slice(100))
    expect(document.activeElement).toBe(next)

    fireEvent.click(within(nav).getByRole('button', { name: 'Première page' }))
    expect(listed()[0]).toBe('ligne 1')
  })

  test('a filter searches every row (not only the page shown) and goes back to page 1; one page shows no pager', () => {
    renderWithApp(<PagedList items={rows} />)
    fireEvent.click(screen.getByRole('button', { name: 'Dernière page' }))
    expect(listed()[0]).toBe('ligne 101')
    fireEvent.change(screen.getByLabelText('filtre'), { target: { value: 'ligne 1' } })
    // ligne 1, 10–19, 100–120: 32 rows, all found although most were on other pages.
    expect(listed()).toHaveLength(32)
    expect(listed()).toContain('ligne 119')
    expect(screen.queryByRole('navigation', { name: 'Pages de la liste' })).toBeNull()
  })

  test('in Arabic the controls are translated', () => {
    renderWithApp(<PagedList items={rows} />, { lang: 'ar' })
    const nav = screen.getByRole('navigation', { name: 'Pages de la liste' })
    expect(within(nav).getByRole('button', { name: 'الصفحة التالية' }).textContent).toBe('التالية')
    expect(within(nav).getByRole('status').textContent).toBe('الأسطر من 1 إلى 50 من أصل 120')
  })
})

describe('Later: what lies below the first screenful', () => {
  test('without IntersectionObserver (no layout) the children render at once', () => {
    render(
      <Later>
        <p>Contenu</p>
      </Later>
    )
    expect(screen.getByText('Contenu')).toBeTruthy()
  })

  test('in a browser the children come right after the first paint', async () => {
    const observed: Element[] = []
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe(el: Element) {
          observed.push(el)
        }
        disconnect() {}
      }
    )
    const { container } = render(
      <Later>
        <p>Contenu</p>
      </Later>
    )
    expect(screen.queryByText('Contenu')).toBeNull()
    expect(container.querySelector('.later')?.getAttribute('aria-hidden')).toBe('true')
    expect(observed).toHaveLength(1)
    await screen.findByText('Contenu')
    expect(container.querySelector('.later')).toBeNull()
  })
})

const action = (i: number, patch: Partial<ActionItem> = {}): ActionItem => ({ ...blankAction(`a${i}`, `Action numéro ${i}`), ...patch })

function bigPlan(count: number, followUps: FollowUpMeeting[] = []) {
  const p = workshopProject()
  const items = Array.from({ length: count }, (_, i) => action(i + 1, i === 109 ? { status: 'dropped' } : {}))
  return { ...p, actions: { ...p.actions, items, followUps } }
}

const tableRows = () => [...document.querySelectorAll('.action-table tbody tr.action-table__row')]

describe('action plan of 120 actions', () => {
  test('the table shows 50 rows with their plan numbers; the pager moves through the plan', () => {
    renderStage(ActionsScreen, bigPlan(120))
    expect(tableRows()).toHaveLength(50)
    const top = screen.getByRole('navigation', { name: "Pages du plan d'action" })
    fireEvent.click(within(top).getByRole('button', { name: 'Page suivante' }))
    expect(tableRows()).toHaveLength(50)
    expect(tableRows()[0]!.querySelector('.action-table__n')?.textContent).toBe('51')
    expect(tableRows()[0]!.textContent).toContain('Action numéro 51')
    // The same controls at the bottom of the table.
    expect(screen.getByRole('navigation', { name: "Pages du plan d'action (bas du tableau)" })).toBeTruthy()
  })

  test('a filter finds an action that is on page 3, and the page goes back to 1', () => {
    renderStage(ActionsScreen, bigPlan(120))
    fireEvent.click(within(screen.getByRole('navigation', { name: "Pages du plan d'action" })).getByRole('button', { name: 'Dernière page' }))
    fireEvent.change(screen.getByLabelText('Statut'), { target: { value: 'dropped' } })
    expect(tableRows()).toHaveLength(1)
    expect(tableRows()[0]!.textContent).toContain('Action numéro 110')
    expect(tableRows()[0]!.querySelector('.action-table__n')?.textContent).toBe('110')
  })

  test('a new action is added at the end: the last page is shown with its editor open', () => {
    const r = renderStage(ActionsScreen, bigPlan(120))
    fireEvent.change(screen.getByLabelText('Intitulé de la nouvelle action'), { target: { value: 'Action ajoutée' } })
    fireEvent.click(screen.getByRole('button', { name: "Ajouter l'action" }))
    expect(r.current().actions.items).toHaveLength(121)
    const open = document.querySelector('.action-table__row--open')
    expect(open?.textContent).toContain('Action ajoutée')
    expect(open?.querySelector('.action-table__n')?.textContent).toBe('121')
    expect(screen.getByRole('navigation', { name: "Pages du plan d'action" }).querySelector('[role="status"]')?.textContent).toBe('Lignes 101 à 121 sur 121')
  })

  test('follow-ups: the latest meeting is open 50 rows at a time, an earlier one opens on demand', () => {
    const progress = (n: number) => Array.from({ length: n }, (_, i) => ({ actionId: `a${i + 1}`, status: 'notStarted' as const, percent: 0, note: '' }))
    const meetings: FollowUpMeeting[] = [
      { id: 'm1', date: '2017-09-01', notes: '', progress: progress(60) },
      { id: 'm2', date: '2017-10-01', notes: '', progress: progress(80) }
    ]
    renderStage(ActionsScreen, bigPlan(80, meetings))
    const [latest, earlier] = screen.getAllByRole('article')
    expect(latest!.querySelectorAll('.meeting__table tbody tr')).toHaveLength(50)
    expect(within(latest!).getByRole('navigation', { name: /^Pages du suivi du .*2017$/ })).toBeTruthy()
    fireEvent.click(within(latest!).getAllByRole('button', { name: 'Page suivante' })[0]!)
    expect(latest!.querySelectorAll('.meeting__table tbody tr')).toHaveLength(30)

    expect(earlier!.querySelector('.meeting__table')).toBeNull()
    const toggle = within(earlier!).getByRole('button', { name: 'Afficher les 60 actions suivies' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(toggle)
    expect(earlier!.querySelectorAll('.meeting__table tbody tr')).toHaveLength(50)
    expect(within(earlier!).getByRole('button', { name: 'Masquer les 60 actions suivies' }).getAttribute('aria-expanded')).toBe('true')
  })
})

describe('action plan: a switch lays out a screenful', () => {
  test('with layout (IntersectionObserver), the first 15 rows come with the screen, the page of 50 and the gantt section just after', async () => {
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe() {}
        disconnect() {}
      }
    )
    renderStage(ActionsScreen, bigPlan(120))
    expect(tableRows()).toHaveLength(15)
    expect(screen.queryByRole('heading', { name: "Calendrier du plan d'action" })).toBeNull()
    expect(await screen.findByRole('heading', { name: "Calendrier du plan d'action" })).toBeTruthy()
    await waitFor(() => expect(tableRows()).toHaveLength(50))
  })
})

describe('agenda: a switch lays out the first blocks of the first day', () => {
  test('with layout (IntersectionObserver), a long first day shows 8 blocks with the screen and all of them just after', async () => {
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe() {}
        disconnect() {}
      }
    )
    const p = sampleProject()
    const [first, ...others] = p.agenda.days
    const blocks = Array.from({ length: 45 }, (_, i) => ({ ...first!.blocks[i % first!.blocks.length]!, id: `long-${i}`, durationMin: 10 }))
    renderAgenda(AgendaScreen, { ...p, agenda: { ...p.agenda, days: [{ ...first!, blocks }, ...others] } })
    const firstDayBlocks = () => document.querySelectorAll(`.agenda-day[data-day-id="${first!.id}"] li[data-block-id]`)
    expect(firstDayBlocks()).toHaveLength(8)
    await waitFor(() => expect(firstDayBlocks()).toHaveLength(45))
  })
})

describe('minutes: typing re-renders the composer only', () => {
  test('keystrokes do not re-render the block list (no date formatted), and a block keeps its unsent draft', () => {
    const formatDate = vi.spyOn(languages, 'formatDate')
    renderStage(MinutesScreen, workshopProject())
    fireEvent.click(screen.getByRole('button', { name: /Délibération sur le problème/ }))
    const input = () => document.querySelector<HTMLTextAreaElement>('.minutes-composer__text')!
    const before = formatDate.mock.calls.length
    for (const text of ['P', 'Pé', 'Pén', 'Pénu', 'Pénurie']) fireEvent.change(input(), { target: { value: text } })
    expect(input().value).toBe('Pénurie')
    expect(formatDate.mock.calls.length).toBe(before)

    // Another block, then back: the draft is still there; nothing was added to the minutes.
    fireEvent.click(screen.getByRole('button', { name: /Ouverture/ }))
    expect(input().value).toBe('')
    fireEvent.click(screen.getByRole('button', { name: /Délibération sur le problème/ }))
    expect(input().value).toBe('Pénurie')
    fireEvent.keyDown(input(), { key: 'Enter', code: 'Enter' })
    expect(input().value).toBe('')
    fireEvent.click(screen.getByRole('button', { name: /Ouverture/ }))
    fireEvent.click(screen.getByRole('button', { name: /Délibération sur le problème/ }))
    expect(input().value).toBe('')
    act(() => {})
  })
})
