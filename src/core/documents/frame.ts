import { Document, Footer, Header, PageNumber, PageOrientation, Paragraph, SectionType, TextRun, type ISectionOptions } from 'docx'
import type { Block, Orientation } from './blocks'
import { textRuns } from './blocks'
import type { DocContext } from './context'
import { hiwarPageNumbers } from './pageEstimate'
import { sanitizeLine, splitByDirection } from './sanitize'
import { PAGE, STYLE, documentNumbering, documentStyles } from './styles'

/** One part of a document with its own page setup (a landscape table, a letter with its own page count). */
export interface SectionSpec {
  children: Block[]
  orientation?: Orientation
  /**
   * Restart page numbers at 1 and print "Page X" alone (one letter among many: the total of the file would
   * mislead, and LibreOffice does not show Word's SECTIONPAGES field).
   */
  ownPageCount?: boolean
  /** No running header (a letter or a cover page carries its own letterhead). */
  noHeader?: boolean
  /** Header and footer left off the first page of the section (the report's cover). */
  bareFirstPage?: boolean
  /** Start on a new page (default) or right after the previous section's content. */
  continuous?: boolean
}

/** "Page X / Y" (or "Page X"): the translated pattern with the PAGE and NUMPAGES fields in place. */
function pageXofY(ctx: DocContext, pageOnly: boolean): Paragraph {
  const pattern = pageOnly
    ? ctx.t('documents:common.pageX', { page: '\u0000page\u0000' })
    : ctx.t('documents:common.pageXofY', { page: '\u0000page\u0000', pages: '\u0000pages\u0000' })
  const children: TextRun[] = []
  for (const piece of pattern.split('\u0000')) {
    if (piece === 'page') children.push(new TextRun({ children: [PageNumber.CURRENT] }))
    else if (piece === 'pages') children.push(new TextRun({ children: [PageNumber.TOTAL_PAGES] }))
    else if (piece) for (const part of splitByDirection(piece, ctx.rtl)) children.push(new TextRun({ text: part.text, ...(part.rtl ? { rightToLeft: true } : {}) }))
  }
  return new Paragraph({ style: STYLE.footer, bidirectional: ctx.rtl, children })
}

function runningHeader(ctx: DocContext, documentTitle: string): Header {
  const text = `${sanitizeLine(ctx.project.name)} \u2014 ${sanitizeLine(documentTitle)}`
  return new Header({ children: [new Paragraph({ style: STYLE.header, bidirectional: ctx.rtl, children: textRuns(text, { rtl: ctx.rtl }) })] })
}

function sectionOf(ctx: DocContext, spec: SectionSpec, documentTitle: string): ISectionOptions {
  const landscape = spec.orientation === 'landscape'
  const emptyHeader = new Header({ children: [new Paragraph({})] })
  const emptyFooter = new Footer({ children: [new Paragraph({ style: STYLE.footer })] })
  const header = spec.noHeader ? emptyHeader : runningHeader(ctx, documentTitle)
  const footer = new Footer({ children: [pageXofY(ctx, spec.ownPageCount ?? false)] })
  return {
    properties: {
      type: spec.continuous ? SectionType.CONTINUOUS : SectionType.NEXT_PAGE,
      titlePage: spec.bareFirstPage ?? false,
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: PAGE.headerFooter, footer: PAGE.headerFooter },
        ...(spec.ownPageCount ? { pageNumbers: { start: 1 } } : {})
      }
    },
    headers: { default: header, ...(spec.bareFirstPage ? { first: emptyHeader } : {}) },
    footers: { default: footer, ...(spec.bareFirstPage ? { first: emptyFooter } : {}) },
    children: spec.children
  }
}

/**
 * Wraps sections into a Word document: A4, styles and list numbering, running header (project and
 * document title), footer "Page X / Y" (PAGE and NUMPAGES fields, which Word and LibreOffice compute
 * themselves). A document with a table of contents gets its page numbers worked out when the file is
 * written (`hiwarPageNumbers`, a fast estimate of Hiwar's own layout, checked against LibreOffice), so
 * Word shows the table filled in without asking to update fields.
 */
export function assemble(ctx: DocContext, documentTitle: string, sections: readonly SectionSpec[], options: { tableOfContents?: boolean } = {}): Document {
  const styles = documentStyles(ctx.lang)
  const numbering = documentNumbering()
  return new Document({
    creator: 'Hiwar',
    lastModifiedBy: 'Hiwar',
    title: sanitizeLine(`${documentTitle} \u2014 ${ctx.project.name}`),
    subject: sanitizeLine(ctx.project.name),
    description: sanitizeLine(ctx.t('documents:common.generatedBy')),
    styles,
    numbering,
    features: { updateFields: false },
    ...(options.tableOfContents ? { pageNumbers: hiwarPageNumbers(styles, numbering) } : {}),
    sections: sections.map((s) => sectionOf(ctx, s, documentTitle))
  })
}
