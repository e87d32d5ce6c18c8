import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { APP_EVENT_CHANNEL, MENU_EVENT_CHANNEL } from '../core/channels'
import { buildPreloadApi } from './buildApi'

contextBridge.exposeInMainWorld(
  'api',
  buildPreloadApi(
    {
      invoke: (channel, input) => ipcRenderer.invoke(channel, input),
      subscribe: (channel, listener) => {
        const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
        ipcRenderer.on(channel, wrapped)
        return () => {
          ipcRenderer.removeListener(channel, wrapped)
        }
      }
    },
    MENU_EVENT_CHANNEL,
    APP_EVENT_CHANNEL
  )
)
