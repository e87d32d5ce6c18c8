import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { readJson, setup, value } from './support'

describe('settings', () => {
  it('defaults to French without writing a file', async () => {
    const { api, dataDir } = setup()
    expect(value(await api.getSettings())).toEqual({ uiLanguage: 'fr', docLanguage: 'fr' })
    expect(existsSync(join(dataDir, 'settings.json'))).toBe(false)
  })

  it('persists a partial update and merges it', async () => {
    const { api, dataDir } = setup()
    expect(value(await api.setSettings({ uiLanguage: 'ar' }))).toEqual({ uiLanguage: 'ar', docLanguage: 'fr' })
    expect(value(await api.setSettings({ docLanguage: 'en' }))).toEqual({ uiLanguage: 'ar', docLanguage: 'en' })
    expect(readJson(join(dataDir, 'settings.json'))).toEqual({ uiLanguage: 'ar', docLanguage: 'en' })
    const again = setup({ dataDir })
    expect(value(await again.api.getSettings())).toEqual({ uiLanguage: 'ar', docLanguage: 'en' })
  })

  it('tells main when settings changed (to rebuild the menu)', async () => {
    const onSettingsChanged = vi.fn()
    const { api } = setup({ onSettingsChanged })
    value(await api.setSettings({ uiLanguage: 'en' }))
    expect(onSettingsChanged).toHaveBeenCalledWith({ uiLanguage: 'en', docLanguage: 'fr' })
  })

  it.each([
    ['an unknown language', { uiLanguage: 'de' }],
    ['an unknown key', { theme: 'dark' }],
    ['not an object', 'ar']
  ])('refuses %s as invalidInput', async (_label, input) => {
    const { api, dataDir } = setup()
    const r = await (api.setSettings as (i: unknown) => Promise<unknown>)(input)
    expect(r).toMatchObject({ ok: false, error: { code: 'invalidInput' } })
    expect(existsSync(join(dataDir, 'settings.json'))).toBe(false)
  })

  it.each([
    ['garbage', '{{{'],
    ['a wrong value', '{"uiLanguage":"klingon"}'],
    ['null', 'null']
  ])('a bad settings file (%s) is quarantined, defaults are used, and it is reported', async (_label, bytes) => {
    const { api, dataDir } = setup()
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(join(dataDir, 'settings.json'), bytes)
    expect(value(await api.getSettings())).toEqual({ uiLanguage: 'fr', docLanguage: 'fr' })
    expect(existsSync(join(dataDir, 'settings.json'))).toBe(false)
    const [report] = value(await api.listProjects()).quarantined
    expect(report).toMatchObject({ file: 'settings.json', error: { code: 'corruptFile' } })
    expect(readFileSync(report!.quarantinedAs, 'utf8')).toBe(bytes)
  })
})
