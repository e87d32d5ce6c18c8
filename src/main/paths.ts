import { isAbsolute, resolve } from 'node:path'

/** The data folder: `HIWAR_DATA_DIR` when set (tests, portable use), else Electron's `userData`. */
export function resolveDataDir(env: Record<string, string | undefined>, userData: () => string): string {
  const fromEnv = env.HIWAR_DATA_DIR?.trim()
  if (fromEnv) return isAbsolute(fromEnv) ? fromEnv : resolve(fromEnv)
  return userData()
}
