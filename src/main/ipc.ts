import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CHANNEL_NAMES, ipcChannel, type AppApi } from '../core/api'
import { fail } from '../core/result'

/** Whether an invoke comes from our own page's top frame (no subframe, no foreign or destroyed frame). */
export function senderIsTrusted(event: IpcMainInvokeEvent, isOwnPage: (url: string) => boolean): boolean {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null) return false
  return isOwnPage(frame.url)
}

/**
 * The one place that touches `ipcMain`: every channel of the contract is registered and forwarded to the
 * same handler map the tests use (which parses the payload with zod). Calls from anything but our own
 * page are refused. Returns a function that removes the handlers.
 */
export function registerIpc(api: AppApi, isOwnPage: (url: string) => boolean): () => void {
  for (const name of CHANNEL_NAMES) {
    const handler = api[name] as (input?: unknown) => Promise<unknown>
    ipcMain.handle(ipcChannel(name), (event, input: unknown) => {
      if (!senderIsTrusted(event, isOwnPage)) return fail('invalidInput', { field: 'sender' })
      return handler(input)
    })
  }
  return () => {
    for (const name of CHANNEL_NAMES) ipcMain.removeHandler(ipcChannel(name))
  }
}
