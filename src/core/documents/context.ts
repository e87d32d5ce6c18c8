import type { TFunction } from 'i18next'
import { createI18n, directionOf } from '../i18n/create'
import { formatDate, formatNumber, LOCALE_OF } from '../i18n/languages'
import type { Lang } from '../model/common'
import type { Project } from '../model/project'
import type { DiagramKey } from './diagramKeys'
import { todayOf } from './todayOf'

/** A diagram picture for a document: PNG bytes and the size it takes on the page (CSS px, 96 per inch). */
export interface DocImage {
  data: Uint8Array
  widthPx: number
  heightPx: number
}
export type DocImages = Partial<Record<DiagramKey, DocImage>>

export interface BuildOptions {
  /** Language of the document (independent of the UI language). */
  lang: Lang
  /** Pictures of the diagrams, when the caller could render them; otherwise a captioned text stands in. */
  images?: DocImages
  /** The instant of the export (ISO 8601): dates the letters, decides which actions are late. */
  now: string
  /** Called with every translation key the builders ask for that does not exist (tests use it). */
  onMissingKey?: (key: string) => void
}

/** Everything a builder needs: the project, the language and its formatters, the pictures, counters. */
export interface DocContext {
  project: Project
  lang: Lang
  rtl: boolean
  t: TFunction
  /** A translator fixed to another language (the letterhead is bilingual). */
  tIn: (lang: Lang) => TFunction
  /** Whether an i18n key exists (for labels owned by other namespaces). */
  has: (key: string) => boolean
  images: DocImages
  now: string
  /** The export day, `YYYY-MM-DD` (UTC). */
  today: string
  date: (iso: string | null | undefined, style?: 'long' | 'short') => string
  num: (n: number, options?: Intl.NumberFormatOptions) => string
  /** Running figure and table numbers, and numbered-list instances (so each list restarts at 1). */
  counters: { figure: number; table: number; list: number }
}

/**
 * "06/07/2017" in every language (day/month/year, Western digits, as Moroccan forms write it). Built by
 * hand rather than by Intl: ar-MA puts right-to-left marks between the parts, which reorders and splits
 * the date in a narrow table cell. Word joiners after the slashes keep it on one line.
 */
export function shortDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '')
  return m ? `${m[3]}/\u2060${m[2]}/\u2060${m[1]}` : ''
}

export function createContext(project: Project, options: BuildOptions): DocContext {
  const i18n = createI18n(options.lang)
  const fixed = i18n.getFixedT(options.lang)
  const report = options.onMissingKey
  const translate = fixed as unknown as (k: string, p?: Record<string, unknown>) => string
  const base = report
    ? (key: string, params?: Record<string, unknown>) => {
        if (!i18n.exists(key, params)) report(key)
        return translate(key, params)
      }
    : translate
  // Builders ask for the same labels for every row of a table (a colon, a column's label, a status):
  // a translation without parameters is looked up once per document.
  const labels = new Map<string, string>()
  const t = ((key: string, params?: Record<string, unknown>) => {
    if (params !== undefined || typeof key !== 'string') return base(key, params)
    let label = labels.get(key)
    if (label === undefined) {
      label = base(key)
      labels.set(key, label)
    }
    return label
  }) as unknown as TFunction
  const today = todayOf(options.now)
  return {
    project,
    lang: options.lang,
    rtl: directionOf(options.lang) === 'rtl',
    t,
    tIn: (lang) => i18n.getFixedT(lang),
    has: (key) => i18n.exists(key),
    images: options.images ?? {},
    now: options.now,
    today,
    date: (iso, style = 'long') => (style === 'short' ? shortDate(iso) : formatDate(iso, options.lang, style)),
    num: (n, o) => formatNumber(n, options.lang, o),
    counters: { figure: 0, table: 0, list: 0 }
  }
}

/**
 * Dates of an event, as a ministry writes them: "18 et 19 décembre 2015", "18 و19 دجنبر 2015",
 * "18 and 19 December 2015"; dates in different months are listed in full.
 */
export function formatDateList(dates: readonly string[], lang: Lang): string {
  const sorted = [...new Set(dates)].sort()
  if (sorted.length === 0) return ''
  if (sorted.length === 1) return formatDate(sorted[0], lang)
  const list = new Intl.ListFormat(LOCALE_OF[lang], { style: 'long', type: 'conjunction' })
  const sameMonth = sorted.every((d) => d.slice(0, 7) === sorted[0]?.slice(0, 7))
  if (!sameMonth) return list.format(sorted.map((d) => formatDate(d, lang)))
  const last = sorted[sorted.length - 1] as string
  const days = sorted.map((d) => String(Number(d.slice(8, 10))))
  const lastFull = formatDate(last, lang)
  const lastDay = String(Number(last.slice(8, 10)))
  // The long form of the last date with its day number swapped for the list of days.
  const at = lastFull.indexOf(lastDay)
  if (at < 0) return list.format(sorted.map((d) => formatDate(d, lang)))
  return `${lastFull.slice(0, at)}${list.format(days)}${lastFull.slice(at + lastDay.length)}`
}
