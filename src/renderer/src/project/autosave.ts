import type { SavedInfo } from '../../../core/api'
import type { AppError, Result } from '../../../core/result'

export type SaveState =
  | { status: 'saved'; at: string }
  | { status: 'unsaved'; at: string }
  | { status: 'saving'; at: string }
  | { status: 'error'; at: string; error: AppError }

export interface AutosaverOptions<T> {
  save: (doc: T) => Promise<Result<SavedInfo>>
  onState: (state: SaveState) => void
  /** When the document was last written (shown as "Enregistré · 10:42"). */
  savedAt: string
  delayMs?: number
}

/**
 * Debounced, serialized saving of the latest document. Never two saves in flight: a change during a save
 * is written by the next one (the latest state wins). A failed save keeps the document in memory, reports
 * the error and is retried on the next change or `flush()`.
 */
export class Autosaver<T> {
  private latest: T | null = null
  private version = 0
  private savedVersion = 0
  private timer: ReturnType<typeof setTimeout> | null = null
  private running: Promise<boolean> | null = null
  private lastError: AppError | null = null
  private savedAt: string
  private disposed = false
  private readonly delayMs: number

  constructor(private readonly options: AutosaverOptions<T>) {
    this.savedAt = options.savedAt
    this.delayMs = options.delayMs ?? 600
  }

  get dirty(): boolean {
    return this.version > this.savedVersion
  }

  /** Records a new document and schedules a save after the debounce delay. */
  changed(doc: T): void {
    this.latest = doc
    this.version++
    if (!this.running) this.emit(this.lastError ? 'error' : 'unsaved')
    this.schedule()
  }

  /** Saves now (after any save in flight). Resolves true when everything is on disk. */
  flush(): Promise<boolean> {
    this.clearTimer()
    if (this.running) return this.running.then(() => (this.dirty ? this.flush() : this.lastError === null))
    if (!this.dirty || this.latest === null) return Promise.resolve(this.lastError === null)
    const version = this.version
    const doc = this.latest
    this.emit('saving')
    const run = this.options
      .save(doc)
      .catch((e: unknown): Result<SavedInfo> => ({
        ok: false,
        error: { code: 'unexpected', params: { message: e instanceof Error ? e.message : String(e) } }
      }))
      .then((result) => {
        this.running = null
        if (result.ok) {
          this.savedVersion = Math.max(this.savedVersion, version)
          this.savedAt = result.value.updatedAt
          this.lastError = null
          this.emit(this.dirty ? 'unsaved' : 'saved')
          if (this.dirty) this.schedule()
          return true
        }
        this.lastError = result.error
        this.emit('error')
        return false
      })
    this.running = run
    return run
  }

  dispose(): void {
    this.disposed = true
    this.clearTimer()
  }

  private schedule(): void {
    if (this.disposed) return
    this.clearTimer()
    this.timer = setTimeout(() => {
      this.timer = null
      void this.flush()
    }, this.delayMs)
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
  }

  private emit(status: SaveState['status']): void {
    if (status === 'error' && this.lastError) {
      this.options.onState({ status, at: this.savedAt, error: this.lastError })
    } else if (status !== 'error') {
      this.options.onState({ status, at: this.savedAt })
    }
  }
}
