import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { resources } from '../../src/core/i18n/resources'
import type { Project } from '../../src/core/model/project'
import { fileStamp } from '../../src/main/storage/layout'
import { openApp, screenshot, type HiwarApp } from '../support/app'

/**
 * The recovery screens in Chromium over the real handlers: the Versions screen (list, preview, restore),
 * the quarantine screen (reason, restore the newest good version), and a save refused because another
 * copy of Hiwar took the folder — "not saved — reason" and "save a copy as", with the edit kept.
 */
const S = { fr: resources.fr.safety, ar: resources.ar.safety }
const C = resources.fr.common

let app: HiwarApp | null = null
afterEach(async () => {
  await app?.close()
  app = null
})

async function writeSnapshot(dataDir: string, project: Project, at: string, context: string) {
  const dir = join(dataDir, 'snapshots', project.id)
  await mkdir(dir, { recursive: true })
  const version = { ...project, framing: { ...project.framing, context }, updatedAt: at }
  await writeFile(join(dir, `${fileStamp(new Date(at))}.json`), JSON.stringify(version, null, 2))
}

describe('Versions screen', () => {
  for (const lang of ['fr', 'ar'] as const) {
    test(`lists, previews and restores an older version (${lang})`, async () => {
      app = await openApp({ lang })
      const id = await app.createSample('Atelier Rabat 2017')
      const current = await app.handlers.getProject({ id })
      if (!current.ok) throw new Error('load failed')
      await writeSnapshot(app.dataDir, current.value, '2017-07-05T16:30:00.000Z', 'Version de la veille au soir')
      await writeSnapshot(app.dataDir, current.value, '2017-07-06T08:15:00.000Z', 'Version du matin')
      await app.goto(`#/project/${id}/framing`)
      await app.page.getByRole('button', { name: S[lang].versions.open, exact: true }).click()
      await app.page.waitForSelector('.versions-screen .versions__item')
      // Two written here, one from the creation of the project.
      expect(await app.page.locator('.versions__item').count()).toBe(3)
      await app.page.locator('.versions__item', { hasText: lang === 'fr' ? '5 juillet 2017' : '2017' }).last().click()
      await app.page.waitForSelector('.version-preview')
      expect(await app.page.locator('.version-preview__excerpt').textContent()).toBe('Version de la veille au soir')
      await screenshot(app.page, `${lang}-safety-versions`)
      await app.page.getByRole('button', { name: S[lang].versions.restore, exact: true }).click()
      await app.page.getByRole('dialog').getByRole('button', { name: S[lang].versions.restore, exact: true }).click()
      await app.page.waitForSelector('.project .stage-screen')
      expect((await app.readProjectFile(id)).framing.context).toBe('Version de la veille au soir')
      // The version it replaced is kept: the list grew by one.
      const versions = await app.handlers.listVersions({ id })
      expect(versions.ok && versions.value.length).toBe(4)
      app.assertNoErrors()
    })
  }
})

describe('Quarantine screen', () => {
  test('a damaged file: listed with its reason, the newest good version restores', async () => {
    app = await openApp({ lang: 'fr' })
    const id = await app.createSample('Atelier abîmé')
    const good = await app.handlers.getProject({ id })
    if (!good.ok) throw new Error('load failed')
    // An older snapshot too: the newest readable one (made when the project was created) must win.
    await writeSnapshot(app.dataDir, good.value, '2017-07-06T09:00:00.000Z', 'Version plus ancienne')
    // The file is damaged on disk (truncated by a failing USB stick, say).
    const file = join(app.dataDir, 'projects', `${id}.json`)
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.slice(0, text.length / 2))
    await app.goto('#/')
    await app.page.getByRole('link', { name: S.fr.quarantine.open }).click()
    await app.page.waitForSelector('.quarantine-item')
    expect(await app.page.locator('.quarantine-item__reason').textContent()).toContain(`${id}.json`)
    await screenshot(app.page, 'fr-safety-quarantine')
    await app.page.getByRole('button', { name: S.fr.quarantine.restore }).click()
    await app.page.getByRole('dialog').getByRole('button', { name: S.fr.quarantine.restore }).click()
    await app.page.waitForSelector('.quarantine-item button:has-text("' + S.fr.quarantine.openProject + '")')
    expect((await app.readProjectFile(id)).framing.context).toBe(good.value.framing.context)
    // The damaged file is still there, untouched, for whoever wants to look at it.
    const entries = await app.handlers.listQuarantine()
    expect(entries.ok && (await readFile(entries.value[0]!.path, 'utf8'))).toBe(text.slice(0, text.length / 2))
    await app.gotoStage(id, 'framing')
    app.assertNoErrors()
  })
})

describe('a save the folder refuses', () => {
  test('another copy took the folder: "not saved — reason", the edit stays, "save a copy as" writes it', async () => {
    app = await openApp({ lang: 'fr' })
    const id = await app.createSample('Atelier partagé')
    await app.gotoStage(id, 'framing')
    // Another computer takes the data folder over (its lock replaces ours).
    const stamp = new Date().toISOString()
    await writeFile(
      join(app.dataDir, 'hiwar.lock'),
      JSON.stringify({ app: 'hiwar', pid: 4242, hostname: `${hostname()}-autre-poste`, token: 'other', startedAt: stamp, refreshedAt: stamp })
    )
    const context = app.page.getByLabel(resources.fr.framing.context)
    await context.fill('Note prise pendant la séance, à ne pas perdre')
    await app.page.waitForSelector('.save-state--error', { timeout: 15_000 })
    expect(await app.page.locator('.save-state__text').textContent()).toContain(C.errors.lockedByOtherInstance)
    await screenshot(app.page, 'fr-safety-not-saved')
    const out = await mkdtemp(join(tmpdir(), 'hiwar-copy-'))
    try {
      app.dialogs.saveFile = join(out, 'atelier-copie')
      await app.page.getByRole('button', { name: S.fr.copy.saveAs }).click()
      await app.page.waitForSelector(`.notice--info:has-text("${join(out, 'atelier-copie.hiwar.json')}")`)
      const copy = JSON.parse(await readFile(join(out, 'atelier-copie.hiwar.json'), 'utf8')) as Project
      expect(copy.framing.context).toBe('Note prise pendant la séance, à ne pas perdre')
      // The edit is still on screen, and the project file was not touched by this copy.
      expect(await context.inputValue()).toBe('Note prise pendant la séance, à ne pas perdre')
      expect((await app.readProjectFile(id)).framing.context).not.toBe('Note prise pendant la séance, à ne pas perdre')
    } finally {
      await rm(out, { recursive: true, force: true })
    }
    app.errors.length = 0
  })
})
