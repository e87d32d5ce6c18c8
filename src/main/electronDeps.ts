import { dialog, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import type { Dialogs, Shell } from './handlers'

/** The handler map's dialogs, as Electron's native ones (modal to the main window when there is one). */
export function electronDialogs(window: () => BrowserWindow | null, defaultFolder: () => string): Dialogs {
  const open = async (options: OpenDialogOptions): Promise<string | null> => {
    const win = window()
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }
  return {
    chooseOpenFile: ({ filters }) => open({ properties: ['openFile'], filters }),
    chooseFolder: () => open({ properties: ['openDirectory', 'createDirectory'] }),
    chooseSaveFile: async ({ defaultName, filters }) => {
      const options: SaveDialogOptions = { defaultPath: `${defaultFolder()}/${defaultName}`, filters }
      const win = window()
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    }
  }
}

export const electronShell: Shell = {
  openPath: async (p) => {
    await shell.openPath(p)
  },
  showItemInFolder: (p) => shell.showItemInFolder(p)
}
