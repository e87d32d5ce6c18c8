import { promises as fsp } from 'node:fs'

/** An open file as the atomic writer uses it (a subset of `fs/promises`' FileHandle). */
export interface FileLike {
  writeFile(data: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/**
 * Every file operation storage performs, in one injectable object: the data-safety tests swap in a
 * layer that fails (ENOSPC, EROFS, EPERM…) at any chosen call and check that nothing was lost.
 */
export interface FsLayer {
  /** `a`: append (the journal), created when missing. */
  open(path: string, flags: 'w' | 'wx' | 'r' | 'a'): Promise<FileLike>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  readFile(path: string): Promise<Buffer>
  /** Size in bytes, or null when the file does not exist. */
  size(path: string): Promise<number | null>
  readdir(path: string): Promise<string[]>
  mkdir(path: string): Promise<void>
  copyFile(from: string, to: string): Promise<void>
  /** Whether `fsync` on a directory is supported (not on Windows). */
  readonly canSyncDirectories: boolean
}

const isCode = (e: unknown, code: string): boolean =>
  typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code

export { isCode }

/** The real file system. */
export const nodeFs: FsLayer = {
  open: async (path, flags) => {
    const handle = await fsp.open(path, flags, 0o600)
    return {
      writeFile: (data) => handle.writeFile(data),
      sync: () => handle.sync(),
      close: () => handle.close()
    }
  },
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  readFile: (path) => fsp.readFile(path),
  size: async (path) => {
    try {
      return (await fsp.stat(path)).size
    } catch (e) {
      if (isCode(e, 'ENOENT')) return null
      throw e
    }
  },
  readdir: async (path) => {
    try {
      return await fsp.readdir(path)
    } catch (e) {
      if (isCode(e, 'ENOENT')) return []
      throw e
    }
  },
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true })
  },
  copyFile: (from, to) => fsp.copyFile(from, to, 0),
  canSyncDirectories: process.platform !== 'win32'
}
