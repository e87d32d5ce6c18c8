import { basename } from 'node:path'
import { Low } from 'lowdb'
import { Settings } from '../../core/model/settings'
import { AppFailure } from '../../core/result'
import { KeyedMutex } from './keyedMutex'
import { quarantineFile } from './moveAside'
import { describeZodError } from './projectCodec'
import type { ProjectStore } from './projectStore'
import { InvalidJsonError, SafeJSONFile } from './safeJsonFile'

const SETTINGS_MAX_BYTES = 1024 * 1024

/**
 * `<data>/settings.json` through lowdb. A missing file means defaults; a bad one is quarantined (reported
 * with the project library's reports) and defaults are used — it is never overwritten in place.
 */
export class SettingsStore {
  readonly #store: ProjectStore
  readonly #now: () => Date
  readonly #lock = new KeyedMutex()
  /** Settings changed while the folder is read-only (another copy of Hiwar writes it): kept in memory. */
  #inMemory: Settings | null = null

  constructor(store: ProjectStore, now: () => Date) {
    this.#store = store
    this.#now = now
  }

  get() {
    return this.#lock.run('settings', () => this.#read())
  }

  update(patch: Partial<Settings>): Promise<Settings> {
    return this.#lock.run('settings', async () => {
      const next = Settings.parse({ ...(await this.#read()), ...stripUndefined(patch) })
      if ((await this.#store.access()).mode === 'readOnly') {
        this.#inMemory = next
        return next
      }
      await this.#store.assertWriter()
      const db = new Low<unknown>(this.#adapter(), next)
      await this.#store.retry(() => db.write())
      return next
    })
  }

  #adapter(): SafeJSONFile<unknown> {
    return new SafeJSONFile<unknown>(this.#store.layout.settings, { fs: this.#store.fs, maxBytes: SETTINGS_MAX_BYTES })
  }

  async #read(): Promise<Settings> {
    await this.#store.ready()
    if (this.#inMemory) return this.#inMemory
    const path = this.#store.layout.settings
    const db = new Low<unknown>(this.#adapter(), null)
    let reason: string
    try {
      await db.read()
      if (db.data === null && (await this.#store.fs.size(path)) === null) return Settings.parse({})
      const parsed = Settings.safeParse(db.data)
      if (parsed.success) return parsed.data
      reason = describeZodError(parsed.error)
    } catch (e) {
      if (e instanceof InvalidJsonError) reason = `invalid JSON: ${e.message}`
      else if (e instanceof AppFailure && e.code === 'fileTooLarge') reason = `file too large (${e.params.size} bytes)`
      else throw e
    }
    const file = basename(path)
    if ((await this.#store.access()).mode === 'readOnly') return Settings.parse({})
    const report = await quarantineFile({
      fs: this.#store.fs,
      quarantineDir: this.#store.layout.quarantine,
      path,
      error: { code: 'corruptFile', params: { file, reason } },
      reason,
      now: this.#now()
    })
    this.#store.recordQuarantine(report)
    return Settings.parse({})
  }
}

const stripUndefined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
