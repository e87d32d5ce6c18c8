import {
  AlignmentType,
  HeadingLevel,
  HeightRule,
  ImageRun,
  PageBreak,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
  type ParagraphChild
} from 'docx'
import type { DocContext } from './context'
import type { DiagramKey } from './diagramKeys'
import { firstStrongDirection, sanitizeLine, sanitizeText, splitByDirection } from './sanitize'
import { BULLET_LIST, CONTENT_WIDTH, NUMBERED_LIST, STYLE, TABLE_BORDER, TABLE_HEADER_FILL } from './styles'

/**
 * The small toolkit every builder uses. Each function takes plain strings (user text or translations),
 * sanitises them, splits them into runs of one direction (Arabic runs are right-to-left), and applies the
 * named styles — never direct formatting beyond bold/italic emphasis. Paragraphs of an Arabic document
 * are bidirectional and its tables are laid out right to left.
 */

export type Block = Paragraph | Table | TableOfContents
export type Orientation = 'portrait' | 'landscape'

interface RunStyle {
  bold?: boolean
  italics?: boolean
  /** Direction of the paragraph the runs go in (decides where neutral characters belong). */
  rtl?: boolean
}

/** Text → runs: line breaks become <w:br/>, tabs <w:tab/>, each direction its own run. */
export function textRuns(text: string | null | undefined, style: RunStyle = {}): TextRun[] {
  const clean = sanitizeText(text)
  if (!clean) return []
  const runs: TextRun[] = []
  const emphasis: IRunOptions = {
    ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(style.italics ? { italics: true, italicsComplexScript: true } : {})
  }
  clean.split('\n').forEach((line, lineIndex) => {
    let first = true
    const opening = () => {
      const b = lineIndex > 0 && first ? { break: 1 } : {}
      first = false
      return b
    }
    line.split('\t').forEach((piece, tabIndex) => {
      if (tabIndex > 0) runs.push(new TextRun({ ...emphasis, ...opening(), children: [new Tab()] }))
      for (const part of splitByDirection(piece, style.rtl ?? false)) {
        runs.push(new TextRun({ ...emphasis, ...opening(), text: part.text, ...(part.rtl ? { rightToLeft: true } : {}) }))
      }
    })
    // An empty line still needs its break.
    if (first && lineIndex > 0) runs.push(new TextRun({ ...emphasis, break: 1 }))
  })
  return runs
}

export interface ParaOptions extends Omit<RunStyle, 'rtl'> {
  style?: string
  /**
   * 'doc' (default): the document's direction — for translated sentences, even when they quote user text.
   * 'auto': the direction of the text's first letter, like `dir="auto"` — for user text standing alone,
   * so a French paragraph in an Arabic document (or the reverse) keeps its punctuation in place.
   */
  dir?: 'doc' | 'auto'
  /** Centred, or pushed to the end of the line (right in French, left in Arabic). */
  align?: 'center' | 'end'
  keepNext?: boolean
  pageBreakBefore?: boolean
}

/** Whether a paragraph of this text is right-to-left, under the given direction rule. */
export function isRtl(ctx: DocContext, text: string | null | undefined, dir: 'doc' | 'auto' = 'doc'): boolean {
  if (dir === 'doc') return ctx.rtl
  const first = firstStrongDirection(sanitizeText(text))
  return first === null ? ctx.rtl : first === 'rtl'
}

/** One paragraph of text (line breaks inside it stay line breaks). */
export function para(ctx: DocContext, text: string | null | undefined, options: ParaOptions = {}): Paragraph {
  const rtl = isRtl(ctx, text, options.dir)
  return paraOf(ctx, textRuns(text, { ...options, rtl }), { ...options, rtl })
}

/** One paragraph from ready-made runs (e.g. a bold label then a value); `rtl` defaults to the document's. */
export function paraOf(ctx: DocContext, children: ParagraphChild[], options: ParaOptions & { rtl?: boolean } = {}): Paragraph {
  return new Paragraph({
    style: options.style ?? STYLE.normal,
    bidirectional: options.rtl ?? ctx.rtl,
    ...(options.align === 'center' ? { alignment: AlignmentType.CENTER } : options.align === 'end' ? { alignment: AlignmentType.END } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
    children
  })
}

/** "Label : value" on one line, the label in bold (the colon follows the language's typography). */
export function labelled(ctx: DocContext, label: string, value: string | null | undefined): Paragraph {
  return paraOf(ctx, [...textRuns(`${label}${ctx.t('documents:common.colon')}`, { bold: true, rtl: ctx.rtl }), ...textRuns(value, { rtl: ctx.rtl })])
}

/**
 * Long user text → paragraphs: a blank line starts a new paragraph, a single line break stays a break.
 * Empty text gives the translated `emptyText` note, if one is given.
 */
export function prose(ctx: DocContext, text: string | null | undefined, emptyText?: string): Paragraph[] {
  const clean = sanitizeText(text).trim()
  if (!clean) return emptyText ? [note(ctx, emptyText)] : []
  return clean
    .split(/\n[ \t]*\n+/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => para(ctx, chunk, { dir: 'auto' }))
}

/** The sentence a document prints where a stage has no data yet (styled "Empty Section Note"). */
export function note(ctx: DocContext, text: string): Paragraph {
  return para(ctx, text, { style: STYLE.note })
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const

/** A heading, level 1–3 (deeper levels are shown as level 3). */
export function heading(ctx: DocContext, level: number, text: string): Paragraph {
  const index = Math.min(Math.max(level, 1), 3) - 1
  return new Paragraph({ heading: HEADINGS[index], bidirectional: ctx.rtl, children: textRuns(sanitizeLine(text), { rtl: ctx.rtl }) })
}

export function title(ctx: DocContext, text: string): Paragraph {
  return new Paragraph({ style: STYLE.title, bidirectional: ctx.rtl, children: textRuns(sanitizeLine(text), { rtl: ctx.rtl }) })
}

export function subtitle(ctx: DocContext, text: string): Paragraph {
  return new Paragraph({ style: STYLE.subtitle, bidirectional: ctx.rtl, children: textRuns(text, { rtl: ctx.rtl }) })
}

/** A list item paragraph: its direction follows its own text (a French item in an Arabic list stays LTR). */
function listItem(ctx: DocContext, item: string, numbering: { reference: string; level: number; instance?: number }): Paragraph {
  const rtl = isRtl(ctx, item, 'auto')
  return new Paragraph({ style: STYLE.normal, bidirectional: rtl, numbering, children: textRuns(item, { rtl }) })
}

/** A bulleted list; empty items are skipped. */
export function bullets(ctx: DocContext, items: readonly (string | null | undefined)[]): Paragraph[] {
  return items
    .map((i) => sanitizeText(i).trim())
    .filter(Boolean)
    .map((item) => listItem(ctx, item, { reference: BULLET_LIST, level: 0 }))
}

/** A numbered list (1., 2., …) that restarts at 1. */
export function numbered(ctx: DocContext, items: readonly (string | null | undefined)[]): Paragraph[] {
  ctx.counters.list += 1
  const instance = ctx.counters.list
  return items
    .map((i) => sanitizeText(i).trim())
    .filter(Boolean)
    .map((item) => listItem(ctx, item, { reference: NUMBERED_LIST, level: 0, instance }))
}

/** User lines ("one message per line") → bullet items. */
export function linesOf(text: string | null | undefined): string[] {
  return sanitizeText(text)
    .split('\n')
    .map((l) => l.replace(/^\s*(?:[-•*–·]|\d+[.)])\s+/, '').trim())
    .filter(Boolean)
}

export function pageBreak(): Paragraph {
  return new Paragraph({ children: [new PageBreak()] })
}

// ---------------------------------------------------------------------------------------------- tables

/** A cell: text, or ready-made paragraphs (e.g. a bulleted list inside a cell). */
export type Cell = string | null | undefined | Paragraph[] | { text: string; bold?: boolean }

export interface Column {
  title: string
  /** Relative width (the columns share the table width in proportion). */
  weight: number
}

export interface TableOptions {
  columns: readonly Column[]
  rows: readonly (readonly Cell[])[]
  orientation?: Orientation
  /** Fraction of the text width the table takes (1 = full width). */
  widthFraction?: number
  /** Minimum height of body rows in twips (e.g. room to sign). */
  rowHeight?: number
  /** A line under the table, e.g. "Tableau 2 : …". */
  caption?: string
}

const borders = { top: TABLE_BORDER, bottom: TABLE_BORDER, left: TABLE_BORDER, right: TABLE_BORDER, insideHorizontal: TABLE_BORDER, insideVertical: TABLE_BORDER }

function cellParagraphs(ctx: DocContext, cell: Cell, style: string): Paragraph[] {
  if (Array.isArray(cell)) return cell.length > 0 ? cell : [new Paragraph({ style, bidirectional: ctx.rtl })]
  const text = typeof cell === 'object' && cell !== null ? cell.text : cell
  const bold = typeof cell === 'object' && cell !== null ? cell.bold : false
  const lines = sanitizeText(text).trim().split('\n')
  // One paragraph per line, each in the direction of its own text.
  return lines.map((line) => {
    const rtl = isRtl(ctx, line, 'auto')
    return new Paragraph({ style, bidirectional: rtl, children: textRuns(line, { bold, rtl }) })
  })
}

function widthsOf(columns: readonly Column[], total: number): number[] {
  const sum = columns.reduce((s, c) => s + c.weight, 0) || 1
  return columns.map((c) => Math.floor((total * c.weight) / sum))
}

/**
 * A table with a header row repeated on every page, fixed column widths (Word and LibreOffice agree on
 * them), laid out right to left in an Arabic document.
 */
export function table(ctx: DocContext, options: TableOptions): Block[] {
  const total = Math.floor(CONTENT_WIDTH[options.orientation ?? 'portrait'] * (options.widthFraction ?? 1))
  const widths = widthsOf(options.columns, total)
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: options.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: TABLE_HEADER_FILL },
          verticalAlign: VerticalAlign.CENTER,
          children: cellParagraphs(ctx, c.title, STYLE.tableHeading)
        })
    )
  })
  const body = options.rows.map(
    (row) =>
      new TableRow({
        ...(options.rowHeight ? { height: { value: options.rowHeight, rule: HeightRule.ATLEAST } } : {}),
        children: options.columns.map(
          (_, i) =>
            new TableCell({
              width: { size: widths[i] ?? 0, type: WidthType.DXA },
              children: cellParagraphs(ctx, row[i], STYLE.tableText)
            })
        )
      })
  )
  const tableBlock = new Table({
    rows: [header, ...body],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    visuallyRightToLeft: ctx.rtl
  })
  const out: Block[] = [tableBlock]
  if (options.caption) {
    ctx.counters.table += 1
    out.push(para(ctx, ctx.t('documents:common.tableCaption', { n: ctx.counters.table, title: sanitizeLine(options.caption) }), { style: STYLE.caption }))
  } else {
    // A table must be followed by a paragraph; an empty one keeps two tables apart.
    out.push(new Paragraph({ style: STYLE.normal, bidirectional: ctx.rtl, spacing: { after: 0 } }))
  }
  return out
}

/** A two-column "label | value" table (label column shaded), for the facts of a dialogue. */
export function factsTable(ctx: DocContext, facts: readonly [string, Cell][], orientation: Orientation = 'portrait'): Block[] {
  const rows = facts.filter(([, v]) => (Array.isArray(v) ? v.length > 0 : typeof v === 'object' && v !== null ? v.text !== '' : sanitizeText(v).trim() !== ''))
  if (rows.length === 0) return []
  const total = CONTENT_WIDTH[orientation]
  const widths = [Math.floor(total * 0.32), Math.floor(total * 0.68)]
  const tableBlock = new Table({
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: widths[0] as number, type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: TABLE_HEADER_FILL },
              children: cellParagraphs(ctx, label, STYLE.tableHeading)
            }),
            new TableCell({ width: { size: widths[1] as number, type: WidthType.DXA }, children: cellParagraphs(ctx, value, STYLE.tableText) })
          ]
        })
    ),
    width: { size: widths[0]! + widths[1]!, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    visuallyRightToLeft: ctx.rtl
  })
  return [tableBlock, new Paragraph({ style: STYLE.normal, bidirectional: ctx.rtl, spacing: { after: 0 } })]
}

// --------------------------------------------------------------------------------------------- figures

/** 1 px = 15 twips at 96 dpi. */
const TWIPS_PER_PX = 15

/**
 * A diagram: the PNG the caller rendered, scaled to fit the text width (and at most ~70 % of the page
 * height), with a numbered caption; without a picture, the caption says the diagram could not be
 * included and the `fallback` paragraphs (a text rendition) follow.
 */
export function figure(ctx: DocContext, key: DiagramKey, caption: string, fallback: Block[] = [], orientation: Orientation = 'portrait'): Block[] {
  ctx.counters.figure += 1
  const label = ctx.t('documents:common.figureCaption', { n: ctx.counters.figure, title: sanitizeLine(caption) })
  const image = ctx.images[key]
  if (!image || image.widthPx <= 0 || image.heightPx <= 0 || image.data.length === 0) {
    return [para(ctx, ctx.t('documents:common.figureMissing', { caption: label }), { style: STYLE.note }), ...fallback]
  }
  const maxWidth = CONTENT_WIDTH[orientation] / TWIPS_PER_PX
  const maxHeight = orientation === 'portrait' ? 600 : 440
  const scale = Math.min(1, maxWidth / image.widthPx, maxHeight / image.heightPx)
  const width = Math.max(1, Math.round(image.widthPx * scale))
  const height = Math.max(1, Math.round(image.heightPx * scale))
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      bidirectional: ctx.rtl,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: image.data,
          transformation: { width, height },
          altText: { name: sanitizeLine(caption), title: sanitizeLine(caption), description: sanitizeLine(caption) }
        })
      ]
    }),
    para(ctx, label, { style: STYLE.caption })
  ]
}

/** A borderless row of cells (signature lines, the letterhead). */
export function layoutRow(ctx: DocContext, cells: { width: number; children: Paragraph[] }[], options: { minHeight?: number; rtl?: boolean } = {}): Table {
  const none = { style: 'none' as const, size: 0, color: 'FFFFFF' }
  return new Table({
    rows: [
      new TableRow({
        ...(options.minHeight ? { height: { value: options.minHeight, rule: HeightRule.ATLEAST } } : {}),
        children: cells.map(
          (c) =>
            new TableCell({
              width: { size: c.width, type: WidthType.DXA },
              verticalAlign: VerticalAlign.TOP,
              children: c.children.length > 0 ? c.children : [new Paragraph({})]
            })
        )
      })
    ],
    width: { size: cells.reduce((s, c) => s + c.width, 0), type: WidthType.DXA },
    columnWidths: cells.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    visuallyRightToLeft: options.rtl ?? ctx.rtl
  })
}
