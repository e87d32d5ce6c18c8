import { render } from '@testing-library/react'
import type { ComponentType } from 'react'
import type { RendererApi } from '../../src/renderer/src/api/ApiContext'
import { ApiProvider } from '../../src/renderer/src/api/ApiContext'
import { NoticeBanner, NoticeProvider } from '../../src/renderer/src/api/errors'
import { I18nRoot } from '../../src/renderer/src/i18n/language'
import { ProjectProvider } from '../../src/renderer/src/project/ProjectContext'
import { ProjectStore } from '../../src/renderer/src/project/store'
import { ClockProvider, type Clock } from '../../src/renderer/src/features/agenda/clock'
import { createI18n } from '../../src/core/i18n/create'
import { buildSample } from '../../src/core/samples'
import { utcWallClock } from '../../src/core/agenda/live'
import type { Lang } from '../../src/core/model/common'
import type { Project } from '../../src/core/model/project'

/** The Rabat 2017 sample (its agenda: day-1 08:30–17:15, day-2 09:00–16:00). */
export function sampleProject(): Project {
  let n = 0
  return buildSample('rabat2017', { id: 'rabat', name: 'Rabat 2017', now: '2017-06-01T08:00:00.000Z', newId: () => `s${n++}` })
}

/** A clock driven by the test: `Date.now()` (faked by vi.useFakeTimers) read as UTC wall time. */
export const testClock: Clock = { now: () => Date.now(), wall: utcWallClock }

/** Renders an agenda screen with the real store, i18n and notices, an injected clock and an API that fails. */
export function renderAgenda(Screen: ComponentType, project: Project, lang: Lang = 'fr', clock: Clock = testClock) {
  const store = new ProjectStore(project, { save: async () => ({ ok: true, value: { updatedAt: new Date().toISOString() } }), delayMs: 5 })
  const api = new Proxy({} as RendererApi, {
    get: (_t, name) => (name === 'onMenu' ? undefined : async () => ({ ok: false, error: { code: 'unexpected', params: { message: String(name) } } }))
  })
  const i18n = createI18n(lang)
  const utils = render(
    <ApiProvider api={api}>
      <I18nRoot i18n={i18n}>
        <NoticeProvider>
          <NoticeBanner />
          <ClockProvider clock={clock}>
            <ProjectProvider store={store}>
              <Screen />
            </ProjectProvider>
          </ClockProvider>
        </NoticeProvider>
      </I18nRoot>
    </ApiProvider>
  )
  return { ...utils, store, agenda: () => store.getSnapshot().project.agenda, i18n }
}
