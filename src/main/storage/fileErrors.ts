import { AppFailure, type AppError } from '../../core/result'

const codeOf = (e: unknown): string | undefined => {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined
  return typeof code === 'string' ? code : undefined
}

/** Whether an error came from the file system (it carries a Node `code` like `ENOSPC`). */
export const isFsError = (e: unknown): boolean => {
  const code = codeOf(e)
  return code !== undefined && /^E[A-Z]+$/.test(code)
}

/** Maps a Node file-system error to the translated error the user sees. */
export function errorFromFs(e: unknown): AppError {
  const code = codeOf(e)
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'diskFull', params: {} }
    case 'EROFS':
    case 'EACCES':
      return { code: 'readOnly', params: {} }
    case 'EBUSY':
    case 'EPERM':
      return { code: 'fileBusy', params: {} }
    default:
      return { code: 'ioError', params: { reason: code ?? (e instanceof Error ? e.message : String(e)) } }
  }
}

/** Any caught value as an `AppError`: expected failures keep their code, fs errors are mapped. */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppFailure) return { code: e.code, params: e.params }
  if (isFsError(e)) return errorFromFs(e)
  return { code: 'unexpected', params: { message: e instanceof Error ? e.message : String(e) } }
}
