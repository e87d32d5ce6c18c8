import { Paragraph } from 'docx'
import type { Lang } from '../model/common'
import { layoutRow, subtitle, textRuns, title, type Block, type Orientation } from './blocks'
import type { DocContext } from './context'
import { formatDateList } from './context'
import { sanitizeLine } from './sanitize'
import { CONTENT_WIDTH, STYLE } from './styles'

/**
 * The letterhead of a Moroccan health administration: "Royaume du Maroc / Ministère de la Santé et de la
 * Protection Sociale / Direction régionale …" on the left (French, or English in an English document),
 * the Arabic counterpart on the right, and an empty slot in the middle for the logo the user pastes in
 * (Hiwar never prints an emblem itself).
 */
export function letterheadLines(ctx: DocContext, lang: Lang): string[] {
  const t = ctx.tIn(lang)
  const region = ctx.project.framing.region
  const level = ctx.project.framing.level
  const lines = [t('documents:letterhead.kingdom'), t('documents:letterhead.ministry')]
  if (region && level !== 'national') lines.push(t(`documents:letterhead.regionalDirectorate.${region}`))
  return lines
}

export function letterhead(ctx: DocContext, orientation: Orientation = 'portrait'): Block[] {
  const left: Lang = ctx.lang === 'en' ? 'en' : 'fr'
  const width = CONTENT_WIDTH[orientation]
  const side = Math.floor(width * (orientation === 'portrait' ? 0.4 : 0.36))
  const middle = width - 2 * side
  const block = (lang: Lang) =>
    letterheadLines(ctx, lang).map(
      (line, i) =>
        new Paragraph({
          style: STYLE.letterhead,
          bidirectional: lang === 'ar',
          children: textRuns(i === 0 ? line.toLocaleUpperCase(lang === 'ar' ? 'ar' : 'fr') : line, { rtl: lang === 'ar' })
        })
    )
  // Always French (or English) on the left and Arabic on the right, whatever the document's direction.
  return [
    layoutRow(
      ctx,
      [
        { width: side, children: block(left) },
        { width: middle, children: [new Paragraph({ style: STYLE.letterhead })] },
        { width: side, children: block('ar') }
      ],
      { minHeight: orientation === 'portrait' ? 1300 : 1000, rtl: false }
    ),
    new Paragraph({ style: STYLE.normal, spacing: { after: orientation === 'portrait' ? 240 : 0 } })
  ]
}

/** The dates of the dialogue: those planned in the design, else the agenda's dated days. */
export function dialogueDates(ctx: DocContext): string[] {
  const planned = ctx.project.design.dates
  if (planned.length > 0) return [...planned].sort()
  return ctx.project.agenda.days.map((d) => d.date).filter((d): d is string => d !== null)
}

/** "Marrakech, 18 et 19 décembre 2015" (either part may be missing). */
export function placeAndDates(ctx: DocContext): string {
  const city = sanitizeLine(ctx.project.design.city)
  const when = formatDateList(dialogueDates(ctx), ctx.lang)
  return [city, when].filter(Boolean).join(ctx.t('documents:common.placeDateSeparator'))
}

/** Letterhead, document title, the dialogue's name, and its place and dates. */
export function titleBlock(ctx: DocContext, documentTitle: string, extra: Block[] = [], orientation: Orientation = 'portrait'): Block[] {
  const where = placeAndDates(ctx)
  // Landscape pages (attendance sheet, action plan) are short: one line for the dialogue and its date.
  const lines = orientation === 'landscape' ? [[sanitizeLine(ctx.project.name), where].filter(Boolean).join(' \u2014 ')] : [sanitizeLine(ctx.project.name), where]
  return [
    ...letterhead(ctx, orientation),
    ...lines.filter(Boolean).map((line) => subtitle(ctx, line)),
    title(ctx, documentTitle),
    ...extra
  ]
}
