/**
 * The names of the API channels and menu commands, with no dependency at all: the preload is a sandboxed
 * single CommonJS file that may require nothing but `electron`, so it imports only this module (not the
 * zod contract). `src/core/api.ts` checks at compile time that its contract has exactly these channels:
 * adding a channel there means adding its name here.
 */
export const CHANNEL_NAMES = [
  'listProjects',
  'createProject',
  'getProject',
  'saveProject',
  'saveProjectSections',
  'renameProject',
  'duplicateProject',
  'trashProject',
  'restoreProject',
  'deleteProjectForever',
  'importProject',
  'exportProject',
  'getSettings',
  'setSettings',
  'getStorageStatus',
  'listVersions',
  'previewVersion',
  'restoreVersion',
  'listQuarantine',
  'restoreQuarantined',
  'openStorageFolder',
  'saveProjectCopy',
  'quitReady',
  'exportDocuments',
  'openPath',
  'showItemInFolder'
] as const
export type ChannelName = (typeof CHANNEL_NAMES)[number]

/** The IPC channel string for an API name; the preload and `ipc.ts` both use it. */
export const ipcChannel = (name: ChannelName): string => `hiwar:${name}`

/** Events main pushes to the renderer (the native menu). */
export const MENU_COMMANDS = ['newProject', 'openLibrary', 'importProject', 'exportProject', 'save', 'undo', 'redo'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]
export const MENU_EVENT_CHANNEL = 'hiwar:menu'

/**
 * Events main pushes to the renderer about the app's life: `prepareQuit` asks the renderer to write
 * every pending change now; it answers with the `quitReady` channel.
 */
export const APP_EVENTS = ['prepareQuit'] as const
export type AppEvent = (typeof APP_EVENTS)[number]
export const APP_EVENT_CHANNEL = 'hiwar:app-event'
