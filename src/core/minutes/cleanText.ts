/**
 * Text typed or pasted during a workshop often carries junk: control characters from a PDF, Windows line
 * endings, bidi overrides that scramble Arabic–French mixes, U+FFFE that Word refuses. `cleanText` keeps
 * the words and line breaks and drops the rest, so the entry is safe to store, show and export.
 */

// C0 controls except tab and line feed, DEL, C1 controls, bidi embeddings/overrides/isolates, non-characters.
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g
// Unpaired UTF-16 surrogates (a paste cut in the middle of an emoji).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * What a field may store while the person is still typing: unsafe characters dropped and line endings
 * normalised, but no trimming (a space typed at the end of a word must stay, or typing breaks).
 */
export function stripUnsafe(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n').replace(UNSAFE, '').replace(LONE_SURROGATE, '')
}

/** The same for a one-line field: line breaks and tabs become spaces (nothing trimmed). */
export const stripUnsafeLine = (text: string): string => stripUnsafe(text).replace(/[\n\t]/g, ' ')

/** Multi-line text submitted at once (an entry): CRLF/CR become LF, unsafe characters dropped, blanks trimmed. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(UNSAFE, '')
    .replace(LONE_SURROGATE, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Single-line text (names, reasons): line breaks and tabs become spaces, runs of spaces folded. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim()
}

/** True when cleaning changed more than surrounding whitespace (the UI may say "characters removed"). */
export function hadUnsafeCharacters(text: string): boolean {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE, '').replace(LONE_SURROGATE, '') !== text.replace(/\r\n?/g, '\n')
}
