const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i

/**
 * A project name as a file name that is safe on Windows, macOS and Linux: no separators, no reserved
 * characters or names, no leading/trailing dots or spaces, at most 100 characters. Never empty.
 */
export function safeFileName(name: string, fallback = 'hiwar-project'): string {
  const cleaned = Array.from(
    name
      .normalize('NFC')
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[.\s]+|[.\s]+$/g, '')
  )
    .slice(0, 100)
    .join('')
    .replace(/[.\s]+$/g, '')
  if (cleaned === '' || /^_+$/.test(cleaned)) return fallback
  return RESERVED.test(cleaned.split('.')[0] ?? '') ? `_${cleaned}` : cleaned
}

export const PROJECT_EXPORT_SUFFIX = '.hiwar.json'

/** The chosen export path, with `.hiwar.json` added when the user typed no `.json` extension. */
export const withExportSuffix = (path: string): string => (/\.json$/i.test(path) ? path : `${path}${PROJECT_EXPORT_SUFFIX}`)
