import type { Adapter } from 'lowdb'
import { AppFailure } from '../../core/result'
import { atomicWrite } from './atomicWrite'
import { isCode, nodeFs, type FsLayer } from './fsLayer'

/** 50 MB: far above any real project, far below what would freeze the app on load. */
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024

/** The file exists but is not JSON (empty, truncated, binary…). */
export class InvalidJsonError extends Error {
  constructor(
    readonly path: string,
    detail: string
  ) {
    super(detail)
    this.name = 'InvalidJsonError'
  }
}

export interface SafeJsonFileOptions {
  fs?: FsLayer
  maxBytes?: number
}

/**
 * A lowdb adapter: reads refuse files above `maxBytes` (`fileTooLarge`) and report non-JSON content as
 * `InvalidJsonError` (never as "no data"); writes go through `atomicWrite` (temp file, fsync, rename,
 * fsync of the folder). Reading a missing file yields `null`, as lowdb expects.
 */
export class SafeJSONFile<T> implements Adapter<T> {
  readonly #path: string
  readonly #fs: FsLayer
  readonly #maxBytes: number

  constructor(path: string, options: SafeJsonFileOptions = {}) {
    this.#path = path
    this.#fs = options.fs ?? nodeFs
    this.#maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES
  }

  get path(): string {
    return this.#path
  }

  async read(): Promise<T | null> {
    const size = await this.#fs.size(this.#path)
    if (size === null) return null
    if (size > this.#maxBytes) throw new AppFailure('fileTooLarge', { size, max: this.#maxBytes })
    let bytes: Buffer
    try {
      bytes = await this.#fs.readFile(this.#path)
    } catch (e) {
      if (isCode(e, 'ENOENT')) return null
      throw e
    }
    if (bytes.length > this.#maxBytes) throw new AppFailure('fileTooLarge', { size: bytes.length, max: this.#maxBytes })
    return parseJsonText(this.#path, bytes)
  }

  async write(data: T): Promise<void> {
    await atomicWrite(this.#path, serializeJson(data), this.#fs)
  }
}

/** Stable, readable JSON on disk (two-space indent, final newline). */
export const serializeJson = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`

/** Decodes UTF-8 (with or without BOM) strictly and parses JSON; anything else is `InvalidJsonError`. */
export function parseJsonText<T>(path: string, bytes: Uint8Array): T {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new InvalidJsonError(path, 'not UTF-8 text')
  }
  if (text.trim() === '') throw new InvalidJsonError(path, 'empty file')
  try {
    return JSON.parse(text) as T
  } catch (e) {
    throw new InvalidJsonError(path, e instanceof Error ? e.message : String(e))
  }
}
