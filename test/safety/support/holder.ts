/**
 * A second copy of Hiwar for the single-writer tests: opens the data folder through the real handler
 * map, prints `held <pid> <readOnly>`, and keeps the folder until its stdin closes (or it is killed).
 * Argument: <dataDir>.
 */
import { createHandlers } from '../../../src/main/handlers'

const dataDir = process.argv[2] as string
const api = createHandlers({
  dataDir,
  dialogs: { chooseOpenFile: async () => null, chooseSaveFile: async () => null, chooseFolder: async () => null }
})
const status = await api.getStorageStatus()
process.stdout.write(`held ${process.pid} ${status.ok ? status.value.readOnly : 'error'}\n`)
process.stdin.resume()
process.stdin.on('end', () => process.exit(0))
