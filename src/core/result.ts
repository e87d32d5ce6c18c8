/**
 * Expected failures cross IPC as values, never as thrown errors (a thrown error loses everything but its
 * message across `invoke`). `code` is an i18n key under `errors.` and `params` fill its placeholders.
 */
export const ERROR_CODES = [
  'invalidInput',
  'notFound',
  'nameRequired',
  'nameTooLong',
  'textTooLong',
  'corruptFile',
  'unknownSchemaVersion',
  'notHiwarFile',
  'fileTooLarge',
  'ioError',
  'diskFull',
  'readOnly',
  'fileBusy',
  'lockedByOtherInstance',
  'contentShrink',
  'noGoodVersion',
  'minutesFinal',
  'cancelled',
  'unexpected'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export type ErrorParams = Record<string, string | number>
export interface AppError {
  code: ErrorCode
  params: ErrorParams
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, params: ErrorParams = {}): { ok: false; error: AppError } => ({
  ok: false,
  error: { code, params }
})

/** An expected failure raised deep inside a handler; `createHandlers` turns it into a `fail(...)`. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {}
  ) {
    super(code)
    this.name = 'AppFailure'
  }
}
