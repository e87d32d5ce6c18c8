/**
 * File names that are safe on Windows, macOS and Linux and can never leave the folder they are written
 * to: no path separators or `..`, no characters Windows forbids (`<>:"/\|?*`), no control or bidi
 * characters, no trailing dots or spaces, no reserved device names (CON, NUL, COM1…), at most 150
 * characters. What is left of the name is kept (accents, Arabic), so people recognise their file.
 */

const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF0-\uFFFF]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i
export const MAX_STEM_LENGTH = 150

/** A file name without extension; `fallback` when nothing usable is left. */
export function safeFileStem(name: string, fallback = 'document'): string {
  let stem = name
    .normalize('NFC')
    .replace(LONE_SURROGATE, '')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  // Cut on a character boundary (never between the halves of a surrogate pair).
  const chars = [...stem]
  if (chars.length > MAX_STEM_LENGTH) stem = chars.slice(0, MAX_STEM_LENGTH).join('').replace(/[\s.]+$/g, '')
  if (!stem || RESERVED.test(stem)) return stem ? `_${stem}` : fallback
  return stem
}

/** A user-chosen replacement name ("save under another name"): made safe, `.docx` added if missing. */
export function safeDocxName(name: string, fallback = 'document'): string {
  const stem = safeFileStem(name.replace(/\.docx$/i, ''), fallback)
  return `${stem}.docx`
}
