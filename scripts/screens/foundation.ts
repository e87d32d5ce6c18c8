import { STAGES } from '../../src/core/workflow/stages'
import type { ScreenDef, ScreenModule } from '../../test/support/screens'

/** The library a facilitator would have after a few weeks: the sample, two other dialogues, one in the trash. */
export const prepare: ScreenModule['prepare'] = async ({ handlers }) => {
  const must = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string } }): T => {
    if (!r.ok) throw new Error(`prepare failed: ${r.error.code}`)
    return r.value
  }
  const oriental = must(await handlers.createProject({ name: 'Santé mentale — dialogue régional de l’Oriental' }))
  must(
    await handlers.saveProject({
      project: {
        ...oriental,
        framing: { ...oriental.framing, sponsor: 'drs', level: 'regional', region: 'oriental', languages: ['fr', 'ar'] }
      }
    })
  )
  must(await handlers.createProject({ name: 'الحوار الوطني حول تمويل الصحة' }))
  const old = must(await handlers.createProject({ name: 'Essai — atelier Marrakech 2015 (brouillon)' }))
  must(await handlers.trashProject({ id: old.id }))
}

export const screens: ScreenDef[] = [
  { name: 'library', go: async ({ goto, page }) => (await goto('#/'), void (await page.waitForSelector('.project-card'))) },
  {
    name: 'library-new-project',
    go: async ({ goto, page }) => {
      await goto('#/')
      await page.click('.library__toolbar .btn--primary')
      await page.waitForSelector('[role="dialog"]')
    }
  },
  { name: 'trash', go: async ({ goto, page }) => (await goto('#/trash'), void (await page.waitForSelector('.project-card'))) },
  ...STAGES.map(
    (stage): ScreenDef => ({
      name: `stage-${stage}`,
      go: async ({ gotoStage, sampleId }) => gotoStage(sampleId, stage)
    })
  )
]
