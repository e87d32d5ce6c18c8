import { nodeFs, type FileLike, type FsLayer } from '../../../src/main/storage/fsLayer'

/** The file operations that change the disk, as the fault injector numbers them. */
export type Op = 'open' | 'write' | 'fsync' | 'close' | 'rename' | 'unlink' | 'mkdir' | 'copyFile' | 'dirOpen' | 'dirFsync' | 'dirClose'

export interface FaultPlan {
  /** The 1-based number of the operation to fail, counted from `arm()`. */
  at: number
  code: string
  /** false: only that operation fails; true: it and every later one (a disk that stays full). */
  persistent: boolean
}

/**
 * The real file system, with every operation that changes the disk numbered once `arm()` is called and
 * the chosen one (or all from it on) failing with a Node-style error (`code`). Reads (readFile, size,
 * readdir) are never failed: the thing under test is what a failing WRITE leaves behind.
 */
export function faultyFs(base: FsLayer = nodeFs) {
  const state = { armed: false, count: 0, plan: null as FaultPlan | null, log: [] as Op[], injected: 0 }
  const hit = (op: Op) => {
    if (!state.armed) return
    state.count++
    state.log.push(op)
    const plan = state.plan
    if (!plan) return
    if (state.count === plan.at || (plan.persistent && state.count > plan.at)) {
      state.injected++
      throw Object.assign(new Error(`${plan.code}: injected at operation ${state.count} (${op})`), { code: plan.code })
    }
  }
  const fs: FsLayer = {
    ...base,
    canSyncDirectories: true,
    open: async (path, flags) => {
      const dir = flags === 'r'
      hit(dir ? 'dirOpen' : 'open')
      const handle: FileLike = await base.open(path, flags)
      return {
        writeFile: async (data) => {
          hit('write')
          await handle.writeFile(data)
        },
        sync: async () => {
          hit(dir ? 'dirFsync' : 'fsync')
          await handle.sync()
        },
        close: async () => {
          try {
            hit(dir ? 'dirClose' : 'close')
          } finally {
            // A failed close still releases the descriptor (as close(2) does).
            await handle.close()
          }
        }
      }
    },
    rename: async (from, to) => {
      hit('rename')
      await base.rename(from, to)
    },
    unlink: async (path) => {
      hit('unlink')
      await base.unlink(path)
    },
    mkdir: async (path) => {
      hit('mkdir')
      await base.mkdir(path)
    },
    copyFile: async (from, to) => {
      hit('copyFile')
      await base.copyFile(from, to)
    }
  }
  return {
    fs,
    state,
    /** Starts numbering operations (and failing as planned). */
    arm(plan: FaultPlan | null) {
      state.armed = true
      state.count = 0
      state.log = []
      state.plan = plan
    },
    disarm() {
      state.armed = false
      state.plan = null
    }
  }
}
