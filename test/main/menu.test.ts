import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { MENU_COMMANDS } from '../../src/core/api'
import { createI18n } from '../../src/core/i18n/create'
import { LANGUAGES } from '../../src/core/model/common'
import { buildMenuTemplate } from '../../src/main/menu'

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])])

const build = (lang: (typeof LANGUAGES)[number], platform: NodeJS.Platform = 'linux') => {
  const actions = { send: vi.fn(), about: vi.fn(), openDataFolder: vi.fn() }
  const i18n = createI18n(lang)
  const template = buildMenuTemplate((k) => i18n.t(k), actions, platform)
  return { template, items: flatten(template), actions }
}

describe('the native menu', () => {
  it('has File, Edit, View and Help, in French by default', () => {
    const { template } = build('fr')
    expect(template.map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide'])
  })

  it.each(LANGUAGES)('every label is translated in %s (no raw key)', (lang) => {
    const { items } = build(lang)
    for (const item of items.filter((i) => i.type !== 'separator')) {
      expect(item.label, item.id).toBeTruthy()
      expect(item.label, item.id).not.toMatch(/^menu\./)
    }
  })

  it('is in Arabic when the UI is', () => {
    const { template } = build('ar')
    const i18n = createI18n('ar')
    expect(template[0]?.label).toBe(i18n.t('menu.file'))
    expect(template[0]?.label).not.toBe('Fichier')
  })

  it('sends each renderer command on click, with the usual shortcuts', () => {
    const { items, actions } = build('fr')
    for (const command of MENU_COMMANDS) {
      const item = items.find((i) => i.id === command)
      expect(item, command).toBeDefined()
      ;(item!.click as () => void)()
      expect(actions.send).toHaveBeenLastCalledWith(command)
    }
    expect(items.find((i) => i.id === 'save')?.accelerator).toBe('CmdOrCtrl+S')
    expect(items.find((i) => i.id === 'newProject')?.accelerator).toBe('CmdOrCtrl+N')
  })

  it('shows but does not register the shortcuts the renderer handles (save, undo, redo), so a key press counts once', () => {
    const { items } = build('fr')
    for (const id of ['save', 'undo', 'redo']) expect(items.find((i) => i.id === id)?.registerAccelerator, id).toBe(false)
    for (const id of ['newProject', 'openLibrary', 'importProject', 'exportProject']) {
      expect(items.find((i) => i.id === id)?.registerAccelerator, id).toBeUndefined()
    }
  })

  it('File has new, open, import, export, save and quit; Help has the data folder and about', () => {
    const { template, actions } = build('en')
    const ids = (i: number) => (template[i]!.submenu as MenuItemConstructorOptions[]).filter((x) => x.type !== 'separator').map((x) => x.id)
    expect(ids(0)).toEqual(['newProject', 'openLibrary', 'importProject', 'exportProject', 'save', 'quit'])
    expect(ids(3)).toEqual(['dataFolder', 'about'])
    const help = template[3]!.submenu as MenuItemConstructorOptions[]
    ;(help.find((x) => x.id === 'dataFolder')!.click as () => void)()
    ;(help.find((x) => x.id === 'about')!.click as () => void)()
    expect(actions.openDataFolder).toHaveBeenCalledOnce()
    expect(actions.about).toHaveBeenCalledOnce()
    expect(flatten(template).find((x) => x.id === 'quit')?.role).toBe('quit')
  })

  it('adds the application menu on macOS only', () => {
    expect(build('fr', 'darwin').template[0]?.role).toBe('appMenu')
    expect(build('fr', 'win32').template[0]?.id).toBe('file')
  })
})
