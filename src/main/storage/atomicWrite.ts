import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { isCode, nodeFs, type FileLike, type FsLayer } from './fsLayer'

/** Temp files are hidden siblings `.<name>.<random>.tmp`; `cleanTempFiles` removes leftovers. */
export const tempPathFor = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)

export const isTempFileName = (name: string): boolean => name.startsWith('.') && name.endsWith('.tmp')

/**
 * Writes `text` to `path` so that, whatever happens (crash, kill, power loss), the file holds either the
 * old or the new content, never a mix: write a temp file, fsync it, rename it over the target, then
 * fsync the folder so the rename itself is durable. On failure the temp file is removed and the target
 * is untouched.
 */
export async function atomicWrite(path: string, text: string | Uint8Array, fs: FsLayer = nodeFs): Promise<void> {
  const staged = await stageWrite(path, text, fs)
  await staged.commit()
}

/** A temp file written and fsynced beside its target, waiting to replace it (or to be thrown away). */
export interface StagedWrite {
  /** Renames the temp file over the target, then fsyncs the folder. On failure the temp file is removed. */
  commit(): Promise<void>
  /** Removes the temp file; the target is untouched. */
  abort(): Promise<void>
}

/**
 * The first half of `atomicWrite`: the temp file is written and fsynced, the target is not touched yet.
 * A writer can do this slow part without holding the project's lock and take the lock for the rename
 * only (the journal's fold does).
 */
export async function stageWrite(path: string, text: string | Uint8Array, fs: FsLayer = nodeFs): Promise<StagedWrite> {
  const temp = tempPathFor(path)
  let file: FileLike | null = null
  try {
    file = await fs.open(temp, 'wx')
    await file.writeFile(text)
    await file.sync()
    const opened = file
    file = null
    await opened.close()
  } catch (e) {
    if (file) await file.close().catch(() => undefined)
    await fs.unlink(temp).catch(() => undefined)
    throw e
  }
  let done = false
  return {
    async commit() {
      if (done) throw new Error('stageWrite: already committed or aborted')
      done = true
      try {
        await fs.rename(temp, path)
      } catch (e) {
        await fs.unlink(temp).catch(() => undefined)
        throw e
      }
      await syncDirectory(dirname(path), fs)
    },
    async abort() {
      if (done) return
      done = true
      await fs.unlink(temp).catch(() => undefined)
    }
  }
}

/** fsync a folder so a rename into it survives a power cut (a no-op where unsupported). */
export async function syncDirectory(dir: string, fs: FsLayer = nodeFs): Promise<void> {
  if (!fs.canSyncDirectories) return
  const handle = await fs.open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Removes the temp files a killed writer left behind in `dir`. Returns the names removed. */
export async function cleanTempFiles(dir: string, fs: FsLayer = nodeFs): Promise<string[]> {
  const removed: string[] = []
  for (const name of await fs.readdir(dir)) {
    if (!isTempFileName(name)) continue
    try {
      await fs.unlink(join(dir, name))
    } catch (e) {
      // Gone meanwhile (its writer renamed or removed it): nothing left to clean.
      if (isCode(e, 'ENOENT')) continue
      throw e
    }
    removed.push(name)
  }
  return removed
}
