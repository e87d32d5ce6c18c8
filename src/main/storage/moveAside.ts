import { basename, join } from 'node:path'
import type { QuarantineReport } from '../../core/api'
import type { AppError } from '../../core/result'
import { atomicWrite, syncDirectory } from './atomicWrite'
import { isCode, type FsLayer } from './fsLayer'
import { fileStamp } from './layout'
import { serializeJson } from './safeJsonFile'

/** `name.json` → `name.<stamp>.json` in `dir`, with `-2`, `-3`… when taken. Never overwrites. */
export async function freshName(fs: FsLayer, dir: string, file: string, now: Date, extra = ''): Promise<string> {
  const stem = file.endsWith('.json') ? file.slice(0, -'.json'.length) : file
  const base = `${stem}${extra}.${fileStamp(now)}`
  for (let n = 1; ; n++) {
    const candidate = join(dir, `${base}${n === 1 ? '' : `-${n}`}.json`)
    if ((await fs.size(candidate)) === null) return candidate
  }
}

/** Moves a file (rename; copy + unlink across devices). The bytes are kept as they are. */
export async function moveFile(fs: FsLayer, from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to)
  } catch (e) {
    if (!isCode(e, 'EXDEV')) throw e
    await fs.copyFile(from, to)
    await fs.unlink(from)
  }
}

/**
 * Moves a bad file into `quarantine/` untouched, with a sidecar `<name>.reason.json` saying why, and
 * returns the report shown to the user. The original bytes are never rewritten.
 */
export async function quarantineFile(args: {
  fs: FsLayer
  quarantineDir: string
  path: string
  error: AppError
  reason: string
  now: Date
}): Promise<QuarantineReport> {
  const { fs, quarantineDir, path, error, reason, now } = args
  await fs.mkdir(quarantineDir)
  const target = await freshName(fs, quarantineDir, basename(path), now)
  await moveFile(fs, path, target)
  await syncDirectory(quarantineDir, fs)
  const report: QuarantineReport = {
    file: basename(path),
    quarantinedAs: target,
    reason,
    at: now.toISOString(),
    error
  }
  await atomicWrite(target.replace(/\.json$/, '.reason.json'), serializeJson(report), fs)
  return report
}

/** Copies a file into `backups/` before it is migrated (the copy is the exact old bytes). */
export async function backupFile(fs: FsLayer, backupsDir: string, path: string, label: string, now: Date): Promise<string> {
  await fs.mkdir(backupsDir)
  const target = await freshName(fs, backupsDir, basename(path), now, `.${label}`)
  // Read + atomic write rather than copyFile: the backup is fsynced before the original is replaced.
  await atomicWrite(target, await fs.readFile(path), fs)
  return target
}

/**
 * Keeps an untouched copy of a damaged file's bytes in `quarantine/` (with its `.reason.json`) while the
 * file itself stays where it is — for a journal whose good entries are still applied before it is
 * folded away. Returns the report shown to the user.
 */
export async function quarantineCopy(args: {
  fs: FsLayer
  quarantineDir: string
  path: string
  bytes: Uint8Array
  error: AppError
  reason: string
  now: Date
}): Promise<QuarantineReport> {
  const { fs, quarantineDir, path, bytes, error, reason, now } = args
  await fs.mkdir(quarantineDir)
  const target = await freshName(fs, quarantineDir, basename(path), now)
  await atomicWrite(target, bytes, fs)
  const report: QuarantineReport = { file: basename(path), quarantinedAs: target, reason, at: now.toISOString(), error }
  await atomicWrite(target.replace(/\.json$/, '.reason.json'), serializeJson(report), fs)
  return report
}
