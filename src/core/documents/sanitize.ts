/**
 * Every string that reaches a Word document goes through `sanitizeText` first. docx writes whatever it is
 * given, and Word and LibreOffice refuse a file with a character XML 1.0 forbids (U+FFFE, a lone
 * surrogate, most C0 controls), so those are removed. Tabs stay tabs and line breaks stay breaks (the
 * run builder turns them into <w:tab/> and <w:br/>). Bidi embeddings, overrides and isolates pasted
 * from elsewhere would reverse or scramble Arabic–French text in the document: they are dropped, and
 * the paragraph's own direction does the work. Left-to-right / right-to-left marks (U+200E, U+200F,
 * U+061C) are harmless and kept.
 */

// Forbidden by XML 1.0 (C0 controls but tab/LF/CR) or useless and risky in a document (DEL, C1 controls),
// bidi embeddings/overrides (U+202A–202E) and isolates (U+2066–2069), and the non-characters.
const REMOVED = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFDD0-\uFDEF\uFFFE\uFFFF]/g
// Unpaired UTF-16 surrogates (half an emoji).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// Non-characters of the supplementary planes (U+1FFFE, U+1FFFF, … U+10FFFF).
const ASTRAL_NONCHARACTER = /[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g
// Line and paragraph separators, vertical tab and form feed (Word's own manual line break) become a newline.
const LINE_BREAKS = /\r\n|[\r\u000B\u000C\u0085\u2028\u2029]/g

// Any character one of the replacements below would touch (surrogates included, paired or not).
const NEEDS_WORK = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/

/** Text safe for a Word document: valid XML 1.0 characters only, `\n` for line breaks, `\t` kept. */
export function sanitizeText(value: string | null | undefined): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  // Most text has nothing to remove: one scan instead of four replacements.
  if (!NEEDS_WORK.test(text)) return text
  return text.replace(LINE_BREAKS, '\n').replace(ASTRAL_NONCHARACTER, '').replace(LONE_SURROGATE, '').replace(REMOVED, '')
}

/** One line of text (a table cell title, a name): line breaks and tabs become single spaces. */
export function sanitizeLine(value: string | null | undefined): string {
  return sanitizeText(value).replace(/[\t\n]+/g, ' ').replace(/ {2,}/g, ' ').trim()
}

/** Whether a string holds only characters XML 1.0 allows (what the tests check on every output). */
export function isXmlSafe(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0
    const ok =
      c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff)
    if (!ok) return false
  }
  return true
}

/** Strong right-to-left characters (Unicode bidi classes R and AL): Hebrew and Arabic letters, not their digits or comma. */
const STRONG_RTL =
  /[\u05BE\u05C0\u05C3\u05C6\u05D0-\u05EA\u05EF-\u05F4\u0608\u060B\u060D\u061B-\u064A\u066D-\u066F\u0671-\u06D5\u06E5-\u06E6\u06EE-\u06EF\u06FA-\u070D\u070F-\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07C0-\u07EA\u07F4-\u07F5\u07FA\u07FE-\u0815\u081A\u0824\u0828\u0830-\u083E\u0840-\u0858\u085E\u0860-\u086A\u0870-\u088E\u08A0-\u08C9\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40-\uFB41\uFB43-\uFB44\uFB46-\uFBC2\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFC\uFE70-\uFE74\uFE76-\uFEFC]/
/** Non-spacing marks (Arabic vowel signs, Latin accents): they belong to the letter before them. */
const MARK =
  /[\u0300-\u036F\u0591-\u05BD\u05BF\u05C1-\u05C2\u05C4-\u05C5\u05C7\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7-\u06E8\u06EA-\u06ED\u0711\u0730-\u074A\u07A6-\u07B0\u07EB-\u07F3\u07FD\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u0898-\u089F\u08CA-\u08E1\u08E3-\u08FF\uFB1E\uFE00-\uFE0F\u200C\u200D]/
/** Strong left-to-right letters (Latin and most other alphabets). */
const STRONG_LTR = /[A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02B8\u0370-\u03FF\u0400-\u052F\u1E00-\u1FFF\uFB00-\uFB06]/

/** Any strong left-to-right letter (the test for text that needs no splitting in an Arabic paragraph). */
const STRONG_LTR_ANY = new RegExp(STRONG_LTR.source)

export const hasRtlLetters = (text: string): boolean => STRONG_RTL.test(text)

type Dir = 'rtl' | 'ltr'

const strongDirOf = (ch: string): Dir | null => {
  // Latin-1 and Latin Extended without the regular expressions (most characters of a document).
  const c = ch.charCodeAt(0)
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 'ltr' : null
  if (c < 0x2b9) return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) ? 'ltr' : null
  return STRONG_RTL.test(ch) ? 'rtl' : STRONG_LTR.test(ch) ? 'ltr' : null
}
/** Whether a character is a non-spacing mark (none below U+0300). */
const isMark = (ch: string): boolean => ch.charCodeAt(0) >= 0x300 && MARK.test(ch)

/** The direction of the first strong letter (what `dir="auto"` does), or null for text without letters. */
export function firstStrongDirection(text: string): Dir | null {
  for (const ch of text) {
    const d = strongDirOf(ch)
    if (d) return d
  }
  return null
}

/**
 * Punctuation that closes the word before it ("blanc.", "(Tunisie)"), and that opens the word after it
 * ("(Tunisie"): Latin punctuation sticks to Latin words, Arabic punctuation (، ؛ ؟) to Arabic words.
 */
const CLOSING: Record<Dir, RegExp> = { ltr: /[.,;:!?)\]}\u00BB\u203A%'\u2019"\u201D\u2026]/, rtl: /[\u060C\u061B\u061F\u06D4]/ }
const OPENING: Record<Dir, RegExp> = { ltr: /[(\[{\u00AB\u2039'\u2018"\u201C]/, rtl: /$^/ }

/**
 * Splits text into runs of one direction, so a French word inside Arabic text (or the reverse) is its
 * own run: Arabic runs are marked right-to-left, Latin ones are not. Punctuation stuck to a word goes
 * with that word ("blanc." keeps its full stop, "(Tunisie)" its brackets); other neutral characters
 * (spaces, digits) between two letters of the same direction join them, and elsewhere take the
 * paragraph's direction, as the Unicode bidi algorithm would. Invisible direction marks (LRM, RLM) are
 * added where the algorithm would otherwise pull a neutral character to the other side — e.g. the
 * digits of "Rabat، 6 و7 يوليوز" stay on the Arabic side, the full stop of a French sentence quoted in
 * an Arabic paragraph stays at its end.
 */
export function splitByDirection(text: string, baseRtl = false): { text: string; rtl: boolean }[] {
  // Text with letters of the paragraph's direction only is one run, without marks (most of it).
  if (baseRtl ? !STRONG_LTR_ANY.test(text) : !STRONG_RTL.test(text)) return text ? [{ text, rtl: baseRtl }] : []
  const base: Dir = baseRtl ? 'rtl' : 'ltr'
  const segments: { text: string; dir: Dir | null }[] = []
  for (const ch of text) {
    const last = segments[segments.length - 1]
    // A combining mark stays with its letter (splitting them would break Arabic shaping).
    const dir = last && isMark(ch) ? last.dir : strongDirOf(ch)
    if (last && last.dir === dir) last.text += ch
    else segments.push({ text: ch, dir })
  }
  const resolved: { text: string; dir: Dir }[] = []
  segments.forEach((seg, i) => {
    if (seg.dir) return resolved.push({ text: seg.text, dir: seg.dir })
    const before = segments[i - 1]?.dir ?? null
    const after = segments[i + 1]?.dir ?? null
    if (before !== null && before === after) return resolved.push({ text: seg.text, dir: before })
    const chars = [...seg.text]
    let lead = 0
    if (before !== null) while (lead < chars.length && CLOSING[before].test(chars[lead] as string)) lead++
    let tail = chars.length
    if (after !== null) while (tail > lead && OPENING[after].test(chars[tail - 1] as string)) tail--
    if (lead > 0) resolved.push({ text: chars.slice(0, lead).join(''), dir: before as Dir })
    if (tail > lead) resolved.push({ text: chars.slice(lead, tail).join(''), dir: base })
    if (tail < chars.length) resolved.push({ text: chars.slice(tail).join(''), dir: after as Dir })
  })
  const runs: { text: string; rtl: boolean }[] = []
  for (const seg of resolved) {
    const last = runs[runs.length - 1]
    if (last && last.rtl === (seg.dir === 'rtl')) last.text += seg.text
    else runs.push({ text: seg.text, rtl: seg.dir === 'rtl' })
  }
  const isNeutral = (ch: string | undefined): boolean => ch !== undefined && strongDirOf(ch) === null
  runs.forEach((run, i) => {
    const chars = [...run.text]
    if (run.rtl !== baseRtl) {
      // A run against the paragraph's direction: marks of its own direction hold its edge punctuation.
      const mark = run.rtl ? RLM : LRM
      if (isNeutral(chars[0])) run.text = `${mark}${run.text}`
      if (isNeutral(chars[chars.length - 1])) run.text = `${run.text}${mark}`
    } else if (i > 0 && isNeutral(chars[0])) {
      // Digits right after a word of the other direction would be read with that word (rule W7).
      run.text = `${baseRtl ? RLM : LRM}${run.text}`
    }
  })
  return runs
}

const RLM = '\u200F'
const LRM = '\u200E'
