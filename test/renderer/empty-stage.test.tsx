import { describe, expect, test, vi } from 'vitest'
import { screen } from '@testing-library/react'
import { App } from '../../src/renderer/src/app/App'
import { createFakeApi, sampleProject } from './fakeApi'
import { renderWithApp } from './render'

// A build where no stage screen is registered yet: every stage must say so honestly.
vi.mock('../../src/renderer/src/features/registry', () => ({ STAGE_SCREENS: {}, preloadStageScreens: () => () => {}, loadedStageScreen: () => null }))

describe('a stage without a screen', () => {
  test('shows the translated "coming soon" state naming the stage, with the checklist still there', async () => {
    const api = createFakeApi({ projects: [sampleProject('p1')] })
    window.location.hash = '#/project/p1/stakeholders'
    renderWithApp(<App />, { api })
    expect(await screen.findByText('Cette étape arrive bientôt', {}, { timeout: 10_000 })).toBeTruthy()
    expect(screen.getByText(/L'écran « Parties prenantes » n'est pas encore disponible/)).toBeTruthy()
    expect(screen.getByRole('complementary', { name: "Liste de contrôle de l'étape" })).toBeTruthy()
  })
})
