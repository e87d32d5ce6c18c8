/** What the quit sequence needs from the app (Electron in `index.ts`, fakes in the tests). */
export interface QuitDeps {
  /** Sends `prepareQuit` to the renderer; false when there is no window to ask. */
  askRenderer(): boolean
  /** Asks the user whether to quit although some changes could not be written (true = quit). */
  confirmUnsaved(): Promise<boolean>
  /** Waits for every queued save to reach the disk and releases the data-folder lock. */
  closeStorage(): Promise<void>
  /** Quits for real (the coordinator lets this one through). */
  quit(): void
  /** How long to wait for the renderer's answer (a hung page must not block quitting). Default 8 s. */
  timeoutMs?: number
}

type State = 'running' | 'preparing' | 'ready'

/**
 * The quit sequence, so that no edit is lost on quit: (1) the renderer is asked to write what it has
 * not written yet (its debounced autosave) and answers through the `quitReady` channel; (2) if something
 * could not be written (disk full…), the user chooses between staying — the data is still in memory —
 * and quitting; (3) main waits for every queued save to reach the disk and releases the folder lock;
 * (4) the app quits.
 */
export class QuitCoordinator {
  #state: State = 'running'
  #answer: ((saved: boolean) => void) | null = null

  constructor(private readonly deps: QuitDeps) {}

  get state(): State {
    return this.#state
  }

  /**
   * Electron's `before-quit` (and the window's `close`): returns true when the quit may go on now;
   * otherwise the caller prevents it, and the coordinator quits by itself once everything is written.
   */
  beforeQuit(): boolean {
    if (this.#state === 'ready') return true
    if (this.#state === 'running') {
      this.#state = 'preparing'
      void this.#prepare()
    }
    return false
  }

  /** The renderer's answer (`quitReady` channel). Returns whether a quit is under way. */
  rendererReady(saved: boolean): boolean {
    const answer = this.#answer
    this.#answer = null
    answer?.(saved)
    return answer !== null
  }

  async #prepare(): Promise<void> {
    let saved: boolean | null = null
    if (this.deps.askRenderer()) {
      saved = await new Promise<boolean | null>((resolve) => {
        const timer = setTimeout(() => {
          this.#answer = null
          resolve(null)
        }, this.deps.timeoutMs ?? 8000)
        this.#answer = (value) => {
          clearTimeout(timer)
          resolve(value)
        }
      })
    }
    if (saved === false && !(await this.deps.confirmUnsaved().catch(() => true))) {
      this.#state = 'running'
      return
    }
    await this.deps.closeStorage().catch(() => undefined)
    this.#state = 'ready'
    this.deps.quit()
  }
}
