/** Parsers of our own inputs (number, date, 24-hour time): tolerant of what people type, strict in what they return. */

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g
/** Arabic-Indic and Persian digits → Western digits (Morocco writes Western digits, keyboards may not). */
export const westernDigits = (s: string): string =>
  s.replace(ARABIC_INDIC, (d) => String((d.charCodeAt(0) & 0xf) % 10))

export type Parsed<T> = { ok: true; value: T } | { ok: false }

/** "1 500,50", "1500.5", "١٥٠٠" → number; "" → null; anything else is invalid. */
export function parseNumber(text: string): Parsed<number | null> {
  let s = westernDigits(text).replace(/[\s\u00A0\u202F\u066C']/g, '').replace(/\u066B/g, ',')
  if (s === '') return { ok: true, value: null }
  const lastComma = s.lastIndexOf(',')
  const lastDot = s.lastIndexOf('.')
  const decimalAt = Math.max(lastComma, lastDot)
  if (lastComma >= 0 && lastDot >= 0) {
    s = s.slice(0, decimalAt).replace(/[.,]/g, '') + '.' + s.slice(decimalAt + 1)
  } else {
    s = s.replace(',', '.')
  }
  if (!/^-?\d+(\.\d+)?$/.test(s)) return { ok: false }
  const n = Number(s)
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false }
}

const isRealDate = (y: number, m: number, d: number): boolean => {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}
const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** "2017-07-06" or "06/07/2017" (day first, as written in Morocco) → "2017-07-06"; "" → null. */
export function parseIsoDate(text: string): Parsed<string | null> {
  const s = westernDigits(text).trim()
  if (s === '') return { ok: true, value: null }
  let y: number, m: number, d: number
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s)
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s)
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])]
  else return { ok: false }
  if (y < 1900 || y > 2200 || !isRealDate(y, m, d)) return { ok: false }
  return { ok: true, value: `${pad(y, 4)}-${pad(m)}-${pad(d)}` }
}

/** "9:30", "0930", "9h30", "9 h", "14:05" → "09:30"…; "" → null; 24-hour only. */
export function parseClockTime(text: string): Parsed<string | null> {
  const s = westernDigits(text).trim().toLowerCase().replace(/\s+/g, '')
  if (s === '') return { ok: true, value: null }
  const m = /^(\d{1,2})(?:[:h.]?(\d{2})?)?h?$/.exec(s) ?? /^(\d{1,2})(\d{2})$/.exec(s)
  if (!m) return { ok: false }
  const h = Number(m[1])
  const min = m[2] === undefined ? 0 : Number(m[2])
  if (h > 23 || min > 59) return { ok: false }
  return { ok: true, value: `${pad(h)}:${pad(min)}` }
}
