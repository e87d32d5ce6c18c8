import type { Lang } from '../model/common'

export const DEFAULT_LANGUAGE: Lang = 'fr'

/** BCP 47 locale used for dates and numbers: Moroccan conventions, always Western (latn) digits. */
export const LOCALE_OF: Record<Lang, string> = {
  fr: 'fr-MA-u-nu-latn',
  ar: 'ar-MA-u-nu-latn',
  en: 'en-GB-u-nu-latn'
}

/** Intl formatters are costly to build (≈130 µs each); keep one per locale and options. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined
  if (!f) formatters.set(key, (f = make()))
  return f
}

const parseDate = (iso: string): Date | null => {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso)
  return Number.isNaN(d.getTime()) ? null : d
}

/** "6 juillet 2017" / "6 يوليوز 2017" / "6 July 2017". */
export function formatDate(iso: string | null | undefined, lang: Lang, style: 'long' | 'short' = 'long'): string {
  if (!iso) return ''
  const d = parseDate(iso)
  if (!d) return iso
  const opts: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
  return cached(`d|${lang}|${style}`, () => new Intl.DateTimeFormat(LOCALE_OF[lang], opts)).format(d)
}

/** 24-hour local time of an instant, "10:42". */
export function formatTime(iso: string, lang: Lang, timeZone?: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  return cached(`t|${lang}|${timeZone ?? ''}`, () =>
    new Intl.DateTimeFormat(LOCALE_OF[lang], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone })
  ).format(d)
}

export function formatNumber(n: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  return cached(`n|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(LOCALE_OF[lang], options)).format(n)
}
