import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { App } from '../../src/renderer/src/app/App'
import { createFakeApi, sampleProject } from './fakeApi'
import { renderWithApp } from './render'

const openAt = (hash: string) => {
  window.location.hash = hash
}

// The stage screens are lazy chunks; load the framing module once so the first test does not pay for it.
beforeAll(async () => {
  await import('../../src/renderer/src/features/framing/FramingScreen')
}, 30_000)

afterEach(() => {
  document.documentElement.lang = 'fr'
  document.documentElement.dir = 'ltr'
})

describe('library', { timeout: 30_000 }, () => {
  test('lists projects recent first, searches (accents ignored), shows region, date and completeness', async () => {
    const older = { ...sampleProject('p1', 'Atelier Rabat 2017'), updatedAt: '2017-07-06T10:00:00.000Z' }
    const newer = { ...sampleProject('p2', 'Équité territoriale — Souss-Massa'), updatedAt: '2018-01-10T09:00:00.000Z' }
    const api = createFakeApi({ projects: [older, newer] })
    openAt('#/')
    renderWithApp(<App />, { api })
    const cards = await screen.findAllByRole('listitem')
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual(['Équité territoriale — Souss-Massa', 'Atelier Rabat 2017'])
    expect(within(cards[1]!).getByText('Modifié le 6 juillet 2017')).toBeTruthy()
    expect(within(cards[1]!).getByText('Rabat-Salé-Kénitra')).toBeTruthy()
    expect(within(cards[1]!).getByText(/% complété/)).toBeTruthy()
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'equite' } })
    expect(screen.getAllByRole('listitem')).toHaveLength(1)
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'zzz' } })
    expect(screen.getByText('Aucun projet ne correspond à « zzz ».')).toBeTruthy()
  })

  test('create a blank project with the prompted name, then it opens', async () => {
    const api = createFakeApi()
    openAt('#/')
    renderWithApp(<App />, { api })
    fireEvent.click(await screen.findByRole('button', { name: 'Nouveau projet' }))
    const dialog = screen.getByRole('dialog')
    const name = within(dialog).getByLabelText(/Nom du projet/) as HTMLInputElement
    expect(name.value).toBe('Nouveau dialogue politique')
    fireEvent.change(name, { target: { value: '' } })
    expect((within(dialog).getByRole('button', { name: 'Créer' }) as HTMLButtonElement).disabled).toBe(true)
    fireEvent.change(name, { target: { value: 'Dialogue santé mentale — Oriental' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Créer' }))
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/project\/\w+\/framing$/))
    expect(await screen.findByText('Dialogue santé mentale — Oriental')).toBeTruthy()
    expect([...api.projects.values()].map((p) => p.name)).toEqual(['Dialogue santé mentale — Oriental'])
  })

  test('from the sample: named from i18n, with the sample badge', async () => {
    const api = createFakeApi()
    openAt('#/')
    renderWithApp(<App />, { api })
    fireEvent.click((await screen.findAllByRole('button', { name: "Créer depuis l'exemple Rabat 2017" }))[0]!)
    await waitFor(() => expect(api.projects.size).toBe(1))
    const project = [...api.projects.values()][0]!
    expect(project.name).toBe('Atelier Rabat 2017 — dialogue politique et régionalisation')
    expect(project.sample).toBe('rabat2017')
  })

  test('rename, duplicate, trash, restore, delete for good (confirmed)', async () => {
    const api = createFakeApi({ projects: [sampleProject('p1', 'Atelier Rabat 2017')] })
    openAt('#/')
    renderWithApp(<App />, { api })
    fireEvent.click(await screen.findByRole('button', { name: 'Renommer' }))
    const field = within(screen.getByRole('dialog')).getByLabelText(/Nom du projet/)
    fireEvent.change(field, { target: { value: 'Rabat 2017 (version DRS)' } })
    fireEvent.submit(field.closest('form')!)
    expect(await screen.findByRole('heading', { name: 'Rabat 2017 (version DRS)' })).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: 'Dupliquer' }))
    expect(await screen.findByRole('heading', { name: 'Rabat 2017 (version DRS) (copie)' })).toBeTruthy()

    const copyCard = screen.getByRole('heading', { name: 'Rabat 2017 (version DRS) (copie)' }).closest('li')!
    fireEvent.click(within(copyCard).getByRole('button', { name: 'Mettre à la corbeille' }))
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Rabat 2017 (version DRS) (copie)' })).toBeNull())
    expect(screen.getByRole('link', { name: 'Corbeille (1)' })).toBeTruthy()

    await act(async () => {
      openAt('#/trash')
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(await screen.findByRole('heading', { name: 'Corbeille' })).toBeTruthy()
    fireEvent.click(await screen.findByRole('button', { name: 'Restaurer' }))
    expect(await screen.findByText('La corbeille est vide.')).toBeTruthy()
    expect([...api.projects.values()].every((p) => p.trashedAt === null)).toBe(true)

    const copyId = [...api.projects.values()].find((p) => p.name.endsWith('(copie)'))!.id
    await api.trashProject({ id: copyId })
    await act(async () => {
      openAt('#/')
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    await act(async () => {
      openAt('#/trash')
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer définitivement' }))
    const confirm = screen.getByRole('dialog', { name: 'Confirmation' })
    expect(within(confirm).getByText(/Supprimer définitivement « Rabat 2017 \(version DRS\) \(copie\) » \?/)).toBeTruthy()
    fireEvent.click(within(confirm).getByRole('button', { name: 'Supprimer définitivement' }))
    await waitFor(() => expect(api.projects.has(copyId)).toBe(false))
    expect(api.projects.size).toBe(1)
  })

  test('quarantined files are listed with their translated reason', async () => {
    const api = createFakeApi()
    api.quarantined = [{ file: 'abc.json', quarantinedAs: '/data/quarantine/abc.json', reason: 'Unexpected token', at: '2017-07-06T10:00:00.000Z', error: { code: 'notHiwarFile', params: {} } }]
    openAt('#/')
    renderWithApp(<App />, { api })
    expect(await screen.findByText('abc.json — Ce fichier n\'est pas un projet Hiwar.')).toBeTruthy()
  })
})

describe('language', () => {
  test('the saved UI language is restored at start: <html lang="ar" dir="rtl">', async () => {
    const api = createFakeApi({ settings: { uiLanguage: 'ar' } })
    openAt('#/')
    renderWithApp(<App />, { api })
    expect(await screen.findByRole('heading', { name: 'مشاريع الحوار' })).toBeTruthy()
    expect(document.documentElement.lang).toBe('ar')
    expect(document.documentElement.dir).toBe('rtl')
  })

  test('the switcher changes the UI and saves the choice', async () => {
    const api = createFakeApi()
    openAt('#/')
    renderWithApp(<App />, { api })
    const group = await screen.findByRole('group', { name: "Langue de l'interface" })
    fireEvent.click(within(group).getByRole('button', { name: 'English' }))
    expect(await screen.findByRole('heading', { name: /projects/i })).toBeTruthy()
    expect(document.documentElement.lang).toBe('en')
    expect(document.documentElement.dir).toBe('ltr')
    await waitFor(() => expect(api.settings.uiLanguage).toBe('en'))
    fireEvent.click(within(group).getByRole('button', { name: 'العربية' }))
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'))
    expect(api.settings.uiLanguage).toBe('ar')
  })
})

// The project view renders the whole sample framing form: slow under jsdom on a busy machine.
describe('project view', { timeout: 60_000 }, () => {
  test('nine stages with completeness and the checklist of the current stage', async () => {
    const api = createFakeApi({ projects: [sampleProject('p1')] })
    openAt('#/project/p1/minutes')
    renderWithApp(<App />, { api })
    const nav = await screen.findByRole('navigation', { name: 'Étapes du dialogue' })
    const links = within(nav).getAllByRole('link')
    expect(links).toHaveLength(9)
    expect(links[0]!.textContent).toContain('Cadrage')
    expect(links[0]!.textContent).toContain('100 % complété')
    expect(links[6]!.getAttribute('aria-current')).toBe('step')
    const checklist = screen.getByRole('complementary', { name: 'Liste de contrôle de l\'étape' })
    expect(within(checklist).getByText('Points consignés')).toBeTruthy()
  })

  test('framing: edits autosave, the indicator says so, Ctrl+Z undoes a whole typing run, Ctrl+S saves now', async () => {
    const api = createFakeApi({ projects: [sampleProject('p1')] })
    openAt('#/project/p1/framing')
    renderWithApp(<App />, { api })
    const province = await screen.findByLabelText('Nom du commanditaire (précision)', {}, { timeout: 20_000 })
    const before = (province as HTMLInputElement).value
    for (const text of ['D', 'DR', 'DRS']) fireEvent.change(province, { target: { value: text } })
    expect(screen.getByText('Modifications non enregistrées')).toBeTruthy()
    fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true })
    await waitFor(() => expect(api.projects.get('p1')?.framing.sponsorName).toBe('DRS'))
    expect(await screen.findByText(/^Enregistré · \d\d:\d\d$/)).toBeTruthy()
    fireEvent.keyDown(window, { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect((province as HTMLInputElement).value).toBe(before)
    fireEvent.keyDown(window, { key: 'Z', code: 'KeyZ', ctrlKey: true, shiftKey: true })
    expect((province as HTMLInputElement).value).toBe('DRS')
  })

  test('framing: region appears for a regional level; national clears it', async () => {
    const api = createFakeApi({ projects: [sampleProject('p1')] })
    openAt('#/project/p1/framing')
    renderWithApp(<App />, { api })
    const level = (await screen.findByLabelText('Niveau', {}, { timeout: 20_000 })) as HTMLSelectElement
    expect(screen.getByLabelText('Région')).toBeTruthy()
    const regions = [...(screen.getByLabelText('Région') as HTMLSelectElement).options].map((o) => o.textContent)
    expect(regions).toHaveLength(13)
    expect(regions).toContain('Drâa-Tafilalet')
    fireEvent.change(level, { target: { value: 'national' } })
    expect(screen.queryByLabelText('Région')).toBeNull()
    fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true })
    await waitFor(() => expect(api.projects.get('p1')?.framing).toMatchObject({ level: 'national', region: null }))
  })

  test('a save error is shown with its reason and a retry; the data stays on screen', async () => {
    const api = createFakeApi({ projects: [sampleProject('p1')] })
    api.saveError = { code: 'diskFull', params: {} }
    openAt('#/project/p1/framing')
    renderWithApp(<App />, { api })
    const context = (await screen.findByLabelText('Contexte et justification', {}, { timeout: 20_000 })) as HTMLTextAreaElement
    fireEvent.change(context, { target: { value: 'Texte précieux' } })
    fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true })
    expect(await screen.findByText(/^Non enregistré — Le disque est plein\./)).toBeTruthy()
    expect(context.value).toBe('Texte précieux')
    api.saveError = null
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }))
    await waitFor(() => expect(api.projects.get('p1')?.framing.context).toBe('Texte précieux'))
  })

  test('a missing project says so and offers the way back', async () => {
    const api = createFakeApi()
    openAt('#/project/nothere/framing')
    renderWithApp(<App />, { api })
    expect(await screen.findByText('Projet introuvable. Il a peut-être été supprimé.')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Retour aux projets' })).toBeTruthy()
  })

  test('the native menu saves, undoes and redoes', async () => {
    const api = createFakeApi({ projects: [sampleProject('p1')] })
    openAt('#/project/p1/framing')
    renderWithApp(<App />, { api })
    const field = await screen.findByLabelText('Intitulé du plan ou du processus', {}, { timeout: 20_000 })
    fireEvent.change(field, { target: { value: 'PRS Rabat-Salé-Kénitra' } })
    act(() => api.emitMenu('save'))
    await waitFor(() => expect(api.projects.get('p1')?.framing.policyProcessName).toBe('PRS Rabat-Salé-Kénitra'))
    act(() => api.emitMenu('undo'))
    expect((field as HTMLInputElement).value).not.toBe('PRS Rabat-Salé-Kénitra')
    act(() => api.emitMenu('redo'))
    expect((field as HTMLInputElement).value).toBe('PRS Rabat-Salé-Kénitra')
  })
})
