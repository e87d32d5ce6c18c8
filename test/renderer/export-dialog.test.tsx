import { describe, expect, test } from 'vitest'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import type { DocumentsExport } from '../../src/core/api'
import { DOCUMENT_KINDS, documentFileName } from '../../src/core/documents/kinds'
import { createI18n } from '../../src/core/i18n/create'
import type { Lang } from '../../src/core/model/common'
import type { Project } from '../../src/core/model/project'
import { fail, ok } from '../../src/core/result'
import { buildSample } from '../../src/core/samples'
import { ApiProvider, type RendererApi } from '../../src/renderer/src/api/ApiContext'
import { NoticeProvider } from '../../src/renderer/src/api/errors'
import { ExportDialog } from '../../src/renderer/src/features/export'
import { I18nRoot } from '../../src/renderer/src/i18n/language'
import { ProjectProvider } from '../../src/renderer/src/project/ProjectContext'
import { ProjectStore } from '../../src/renderer/src/project/store'

type ExportInput = { kinds: string[]; lang: Lang; fileNameOverride?: string; reuseFolder?: boolean }

/** An API that writes nothing: it records export calls and answers from a script. */
function scriptedApi(answer: (input: ExportInput, call: number) => ReturnType<RendererApi['exportDocuments']>) {
  const calls: ExportInput[] = []
  const opened: string[] = []
  const shown: string[] = []
  const api = new Proxy({} as RendererApi, {
    get: (_t, name) => {
      if (name === 'onMenu') return undefined
      if (name === 'exportDocuments') return async (input: ExportInput) => (calls.push(input), answer(input, calls.length))
      if (name === 'openPath') return async ({ path }: { path: string }) => (opened.push(path), ok({ path }))
      if (name === 'showItemInFolder') return async ({ path }: { path: string }) => (shown.push(path), ok({ path }))
      if (name === 'saveProject') return async () => ok({ updatedAt: '2017-07-10T10:00:00.000Z' })
      return async () => fail('unexpected', { message: String(name) })
    }
  })
  return { api, calls, opened, shown }
}

const written = (input: ExportInput, name?: string): DocumentsExport => ({
  folder: '/home/user/Documents',
  files: input.kinds.map((kind) => ({ kind: kind as DocumentsExport['files'][number]['kind'], path: `/home/user/Documents/${name ?? documentFileName(kind as 'summary', input.lang, 'Atelier')}` }))
})

function renderDialog(api: RendererApi, lang: Lang = 'fr') {
  let n = 0
  const project: Project = buildSample('rabat2017', { id: 'rabat', name: 'Atelier', now: '2017-07-01T09:00:00.000Z', newId: () => `r${++n}` })
  const store = new ProjectStore(project, { save: async () => ok({ updatedAt: '2017-07-10T10:00:00.000Z' }), delayMs: 5 })
  let closed = 0
  render(
    <ApiProvider api={api}>
      <I18nRoot i18n={createI18n(lang)}>
        <NoticeProvider>
          <ProjectProvider store={store}>
            <ExportDialog onClose={() => void closed++} />
          </ProjectProvider>
        </NoticeProvider>
      </I18nRoot>
    </ApiProvider>
  )
  return { closed: () => closed, t: createI18n(lang).getFixedT(lang) }
}

describe('Word export dialog', () => {
  test('all documents are ticked by default, the language defaults to the project document language', () => {
    const { api } = scriptedApi(async (i) => ok(written(i)))
    const { t } = renderDialog(api)
    const boxes = screen.getAllByRole('checkbox')
    expect(boxes).toHaveLength(DOCUMENT_KINDS.length)
    expect(boxes.every((b) => (b as HTMLInputElement).checked)).toBe(true)
    expect((screen.getByLabelText(t('common:language.fr')) as HTMLInputElement).checked).toBe(true)
    expect(screen.getByRole('button', { name: t('documents:export.submit', { count: 13 }) })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: t('documents:export.selectNone') }))
    expect(screen.getByText(t('documents:export.noneSelected'))).toBeTruthy()
    expect((screen.getByRole('button', { name: t('documents:export.submit', { count: 0 }) }) as HTMLButtonElement).disabled).toBe(true)
  })

  test('exports one document at a time in the chosen language (folder asked once), then opens or shows each file', async () => {
    const script = scriptedApi(async (i) => ok(written(i)))
    const { t } = renderDialog(script.api)
    fireEvent.click(screen.getByRole('button', { name: t('documents:export.selectNone') }))
    fireEvent.click(screen.getByLabelText(t('documents:kinds.conceptNote')))
    fireEvent.click(screen.getByLabelText(t('documents:kinds.summary')))
    fireEvent.click(screen.getByLabelText(t('common:language.ar')))
    fireEvent.click(screen.getByRole('button', { name: t('documents:export.submit', { count: 2 }) }))
    await waitFor(() => expect(screen.getByRole('dialog').textContent).toContain(t('documents:export.done', { count: 2 })))
    expect(script.calls.map((c) => [c.kinds, c.lang, c.reuseFolder])).toEqual([
      [['conceptNote'], 'ar', false],
      [['summary'], 'ar', true]
    ])
    expect(screen.getByText('/home/user/Documents')).toBeTruthy()
    const rows = screen.getAllByRole('listitem')
    expect(rows).toHaveLength(2)
    fireEvent.click(within(rows[1]!).getByRole('button', { name: t('documents:export.openFile') }))
    fireEvent.click(within(rows[0]!).getByRole('button', { name: t('documents:export.showInFolder') }))
    await waitFor(() => expect(script.opened).toHaveLength(1))
    expect(script.opened[0]).toContain('خلاصة الحوار')
    expect(script.shown[0]).toContain('مذكرة مفاهيمية')
  })

  test('a file open in Word: a clear message, then "save under another name" and the batch goes on', async () => {
    const busyPath = '/home/user/Documents/Compte rendu - Atelier.docx'
    const script = scriptedApi(async (i) => {
      if (i.kinds[0] === 'minutes' && !i.fileNameOverride) return fail('fileBusy', { path: busyPath, kind: 'minutes', written: 0, busy: 1 })
      return ok(written(i, i.fileNameOverride ? `${i.fileNameOverride}` : undefined))
    })
    const { t } = renderDialog(script.api)
    fireEvent.click(screen.getByRole('button', { name: t('documents:export.selectNone') }))
    fireEvent.click(screen.getByLabelText(t('documents:kinds.minutes')))
    fireEvent.click(screen.getByLabelText(t('documents:kinds.summary')))
    fireEvent.click(screen.getByRole('button', { name: t('documents:export.submit', { count: 2 }) }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe(t('documents:export.fileBusy', { name: 'Compte rendu - Atelier.docx' }))
    const input = screen.getByLabelText(t('documents:export.otherName')) as HTMLInputElement
    await waitFor(() => expect(input.value).toBe('Compte rendu - Atelier (2).docx'))
    fireEvent.change(input, { target: { value: 'Compte rendu - version Word fermée.docx' } })
    fireEvent.click(screen.getByRole('button', { name: t('documents:export.saveAs') }))
    await waitFor(() => expect(screen.getByRole('dialog').textContent).toContain(t('documents:export.done', { count: 2 })))
    expect(script.calls.map((c) => [c.kinds[0], c.fileNameOverride ?? null])).toEqual([
      ['minutes', null],
      ['minutes', 'Compte rendu - version Word fermée.docx'],
      ['summary', null]
    ])
  })

  test('a file open in Word can be skipped; an error other than busy is shown in the dialog', async () => {
    const script = scriptedApi(async (i) =>
      i.kinds[0] === 'minutes' ? fail('fileBusy', { path: '/x/Compte rendu.docx', kind: 'minutes' }) : i.kinds[0] === 'summary' ? fail('diskFull') : ok(written(i))
    )
    const { t } = renderDialog(script.api)
    fireEvent.click(screen.getByRole('button', { name: t('documents:export.selectNone') }))
    fireEvent.click(screen.getByLabelText(t('documents:kinds.minutes')))
    fireEvent.click(screen.getByLabelText(t('documents:kinds.summary')))
    fireEvent.click(screen.getByRole('button', { name: t('documents:export.submit', { count: 2 }) }))
    await screen.findByRole('button', { name: t('documents:export.skip') })
    fireEvent.click(screen.getByRole('button', { name: t('documents:export.skip') }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe(t('common:errors.diskFull'))
  })

  test('a cancelled folder dialog returns quietly to the choices', async () => {
    const script = scriptedApi(async () => fail('cancelled'))
    const { t } = renderDialog(script.api)
    fireEvent.click(screen.getByRole('button', { name: t('documents:export.selectNone') }))
    fireEvent.click(screen.getByLabelText(t('documents:kinds.conceptNote')))
    fireEvent.click(screen.getByRole('button', { name: t('documents:export.submit', { count: 1 }) }))
    await waitFor(() => expect(script.calls).toHaveLength(1))
    await screen.findByRole('button', { name: t('documents:export.submit', { count: 1 }) })
    expect(screen.queryByRole('alert')).toBeNull()
  })

  test('in Arabic the dialog is translated', () => {
    const { api } = scriptedApi(async (i) => ok(written(i)))
    const { t } = renderDialog(api, 'ar')
    expect(screen.getByRole('dialog').textContent).toContain(t('documents:export.title'))
    expect(t('documents:export.title')).toBe('تصدير وثائق Word')
  })
})
