import { render } from '@testing-library/react'
import type { ComponentType } from 'react'
import type { RendererApi } from '../../src/renderer/src/api/ApiContext'
import { ApiProvider } from '../../src/renderer/src/api/ApiContext'
import { NoticeBanner, NoticeProvider } from '../../src/renderer/src/api/errors'
import { I18nRoot } from '../../src/renderer/src/i18n/language'
import { ProjectProvider } from '../../src/renderer/src/project/ProjectContext'
import { ProjectStore } from '../../src/renderer/src/project/store'
import { createI18n } from '../../src/core/i18n/create'
import { createBlankProject } from '../../src/core/project/factory'
import { Participant } from '../../src/core/model/design'
import type { Lang } from '../../src/core/model/common'
import type { Project } from '../../src/core/model/project'

/**
 * Renders one stage screen of the workshop (minutes, action plan, evaluation) with the real project store,
 * i18n and notices, and an API that only records saves — the shared set-up of the component tests.
 */
export function renderStage(Screen: ComponentType, project: Project, lang: Lang = 'fr') {
  const saved: Project[] = []
  const store = new ProjectStore(project, {
    save: async (p) => {
      saved.push(p)
      return { ok: true, value: { updatedAt: new Date().toISOString() } }
    },
    delayMs: 5
  })
  const api = new Proxy({} as RendererApi, {
    get: (_t, name) => (name === 'onMenu' ? undefined : async () => ({ ok: false, error: { code: 'unexpected', params: { message: String(name) } } }))
  })
  const i18n = createI18n(lang)
  const utils = render(
    <ApiProvider api={api}>
      <I18nRoot i18n={i18n}>
        <NoticeProvider>
          <NoticeBanner />
          <ProjectProvider store={store}>
            <Screen />
          </ProjectProvider>
        </NoticeProvider>
      </I18nRoot>
    </ApiProvider>
  )
  return { ...utils, store, saved, current: () => store.getSnapshot().project, i18n }
}

/** A two-day workshop with three participants, a few blocks, an option and a stakeholder. */
export function workshopProject(extra: Partial<Project> = {}): Project {
  const p = createBlankProject({ id: 'proj1', name: 'Atelier', now: '2017-07-01T08:00:00.000Z' })
  return {
    ...p,
    design: { ...p.design, chathamHouse: true, rapporteur: 'Rapporteur DRS' },
    participants: [
      Participant.parse({ id: 'p1', name: 'Amina Tazi', institution: 'DRS Rabat-Salé-Kénitra' }),
      Participant.parse({ id: 'p2', name: 'Youssef Alaoui', institution: 'Conseil régional' }),
      Participant.parse({ id: 'p3', name: 'Khadija Bennani', institution: 'ISPITS Rabat' })
    ],
    agenda: {
      ...p.agenda,
      days: [
        {
          id: 'd1',
          date: '2017-07-06',
          start: '09:00',
          blocks: [
            { id: 'b-open', title: 'Ouverture', type: 'opening', durationMin: 30, speaker: '', objective: '', notes: '', materials: '' },
            { id: 'b-problem', title: 'Délibération sur le problème', type: 'plenary', durationMin: 90, speaker: '', objective: '', notes: '', materials: '' },
            { id: 'b-lunch', title: 'Déjeuner', type: 'meal', durationMin: 60, speaker: '', objective: '', notes: '', materials: '' }
          ]
        },
        {
          id: 'd2',
          date: '2017-07-07',
          start: '09:00',
          blocks: [{ id: 'b-who', title: 'Qui pourrait faire quoi', type: 'plenary', durationMin: 60, speaker: '', objective: '', notes: '', materials: '' }]
        }
      ]
    },
    evidence: {
      ...p.evidence,
      options: [{ id: 'opt1', title: 'Former des infirmiers polyvalents', description: '', benefits: '', harms: '', costs: '', equity: '', monitoring: '', sourceIds: [] }]
    },
    ...extra
  }
}
