import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../core/api'

/** Only the label lookup is needed (`i18n.t` bound to a language, or a fake in tests). */
export type Translate = (key: string) => string

/** Commands whose keyboard shortcut the renderer already handles (src/renderer/src/project/shortcuts.ts). */
const RENDERER_KEYS: ReadonlySet<MenuCommand> = new Set(['save', 'undo', 'redo'])

/** What the menu's items do; main wires these to the window, the app and the shell. */
export interface MenuActions {
  /** Forwards a command to the renderer (MENU_EVENT_CHANNEL). */
  send(command: MenuCommand): void
  about(): void
  openDataFolder(): void
}

/**
 * The native menu, every label from i18next `menu.*` (rebuilt when the UI language changes). Commands the
 * renderer owns (new, open, import, export, save, undo, redo) are sent to it; text editing, zoom and quit
 * use Electron roles with our translated labels.
 */
export function buildMenuTemplate(t: Translate, actions: MenuActions, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const command = (cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id: cmd,
    label: t(`menu.${cmd}`),
    ...(accelerator ? { accelerator } : {}),
    // The renderer handles these keys itself (also inside text fields, any keyboard layout): the menu
    // only shows them, or each press would count twice.
    ...(RENDERER_KEYS.has(cmd) ? { registerAccelerator: false } : {}),
    click: () => actions.send(cmd)
  })
  const isMac = platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    {
      id: 'file',
      label: t('menu.file'),
      submenu: [
        command('newProject', 'CmdOrCtrl+N'),
        command('openLibrary', 'CmdOrCtrl+O'),
        { type: 'separator' },
        command('importProject', 'CmdOrCtrl+I'),
        command('exportProject', 'CmdOrCtrl+E'),
        { type: 'separator' },
        command('save', 'CmdOrCtrl+S'),
        { type: 'separator' },
        { id: 'quit', role: 'quit', label: t('menu.quit') }
      ]
    },
    {
      id: 'edit',
      label: t('menu.edit'),
      submenu: [
        command('undo', 'CmdOrCtrl+Z'),
        command('redo', isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { id: 'cut', role: 'cut', label: t('menu.cut') },
        { id: 'copy', role: 'copy', label: t('menu.copy') },
        { id: 'paste', role: 'paste', label: t('menu.paste') },
        { id: 'selectAll', role: 'selectAll', label: t('menu.selectAll') }
      ]
    },
    {
      id: 'view',
      label: t('menu.view'),
      submenu: [
        { id: 'reload', role: 'reload', label: t('menu.reload') },
        { type: 'separator' },
        { id: 'resetZoom', role: 'resetZoom', label: t('menu.resetZoom') },
        { id: 'zoomIn', role: 'zoomIn', label: t('menu.zoomIn') },
        { id: 'zoomOut', role: 'zoomOut', label: t('menu.zoomOut') },
        { type: 'separator' },
        { id: 'fullscreen', role: 'togglefullscreen', label: t('menu.fullscreen') }
      ]
    },
    {
      id: 'help',
      label: t('menu.help'),
      role: 'help',
      submenu: [
        { id: 'dataFolder', label: t('menu.dataFolder'), click: () => actions.openDataFolder() },
        { type: 'separator' },
        { id: 'about', label: t('menu.about'), click: () => actions.about() }
      ]
    }
  ]
  if (isMac) template.unshift({ id: 'app', label: t('app.name'), role: 'appMenu' })
  return template
}
