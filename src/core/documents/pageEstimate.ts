import type { INumberingOptions, IStylesOptions, IXmlableObject, PageNumberEstimator } from 'docx'
import { ARABIC_RANGES, LATIN_RANGES, LINE_HEIGHT, WIDTHS } from './fontWidths'

/**
 * A fast estimate of the page each heading of a Hiwar document lands on, for the page numbers of the full
 * report's table of contents (so Word shows them filled in without asking to update fields).
 *
 * docx's own estimator (`estimatePageNumbersWith` from docx/layout) lays out every page as Word would,
 * which costs ~0.2 s of CPU per page (a minute for the large report). This one knows the few things Hiwar
 * documents are made of — paragraphs in the named styles of styles.ts, lists, fixed-width tables with
 * repeated header rows, inline pictures, page and section breaks, A4 sections in either orientation —
 * and walks the body docx writes once, in a few hundred milliseconds for 340 pages. Each paragraph is
 * broken into lines with Arial's advance widths (Liberation Sans's, metric-compatible; Arabic with DejaVu
 * Sans's, as LibreOffice draws it on Linux, narrowed for joined letters), and lines, table rows and
 * pictures are stacked into pages with the rules LibreOffice and Word share: the space between two
 * paragraphs is the larger of the one's space after and the other's space before; the space before is
 * dropped at the top of a page the text ran onto (kept at the start of a section and after a page
 * break); the space line spacing adds below the last line may go past the foot of the page; keep with
 * next and keep lines together; widow and orphan control (two lines at least on either side of a break);
 * a table row goes on with the next when the first paragraph of its first cell is kept with the next;
 * rows break between their lines, and header rows are repeated. A line as tall as its picture is not
 * stretched by the line spacing (LibreOffice).
 *
 * Checked against LibreOffice (test/core/documents/pageEstimate.libreoffice.test.ts): on the Rabat sample
 * in French, Arabic and English and on the benchmarks' large project (341 pages), every heading is on the
 * page LibreOffice prints it on, or the next or previous one.
 */

// ------------------------------------------------------------------------------------------ font widths

type Variant = 'regular' | 'bold' | 'italic'

/** Widths (thousandths of an em) by code point, from the generated strings; -1 where the font has no glyph. */
function decodeWidths(encoded: string, ranges: readonly (readonly [number, number])[], size: number, offset = 0): Int16Array {
  const table = new Int16Array(size).fill(-1)
  let i = 0
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++, i += 2) {
      const pair = encoded.slice(i, i + 2)
      if (pair !== '--' && cp - offset < size) table[cp - offset] = parseInt(pair, 36)
    }
  }
  return table
}

/** Latin tables cover U+0000–U+2212 (Latin, punctuation, €, ™, arrows, minus); Arabic U+0600–U+06FF. */
const LATIN_SIZE = 0x2213
interface WidthTables {
  latin: Record<Variant, Int16Array>
  arabic: Record<Variant, Int16Array>
}
let widthTables: WidthTables | null = null
function tables(): WidthTables {
  if (!widthTables) {
    const arabic = decodeWidths(WIDTHS.arabic, ARABIC_RANGES, 0x100, 0x600)
    widthTables = {
      latin: {
        regular: decodeWidths(WIDTHS.regular, LATIN_RANGES, LATIN_SIZE),
        bold: decodeWidths(WIDTHS.bold, LATIN_RANGES, LATIN_SIZE),
        italic: decodeWidths(WIDTHS.italic, LATIN_RANGES, LATIN_SIZE)
      },
      arabic: { regular: arabic, bold: decodeWidths(WIDTHS.arabicBold, ARABIC_RANGES, 0x100, 0x600), italic: arabic }
    }
  }
  return widthTables
}

/** Joined Arabic letters are narrower than the isolated forms the tables hold (calibrated on LibreOffice). */
const ARABIC_JOINING = 0.75
/** Width of a character the tables do not have (emoji, CJK…), in thousandths of an em. */
const UNKNOWN_WIDTH = 1000
/** Width of an Arabic-script character outside U+0600–U+06FF (presentation forms, supplement). */
const ARABIC_AVERAGE = 450

// --------------------------------------------------------------------------------------------- styles

/** What the estimate needs of a paragraph style, resolved through `basedOn`. */
interface ParaMetrics {
  size: number
  sizeCs: number
  bold: boolean
  italics: boolean
  before: number
  after: number
  line: number
  lineRule: 'auto' | 'exact' | 'atLeast'
  keepNext: boolean
  keepLines: boolean
  indent: number
}

interface LooseRun {
  size?: unknown
  sizeComplexScript?: unknown
  bold?: unknown
  italics?: unknown
}
interface LooseParagraph {
  spacing?: { before?: unknown; after?: unknown; line?: unknown; lineRule?: unknown }
  keepNext?: unknown
  keepLines?: unknown
  indent?: { start?: unknown; left?: unknown }
}
interface LooseStyle {
  basedOn?: string
  run?: LooseRun
  paragraph?: LooseParagraph
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)

function applyStyle(base: ParaMetrics, style: LooseStyle | undefined): ParaMetrics {
  if (!style) return base
  const r = style.run ?? {}
  const p = style.paragraph ?? {}
  const rule = p.spacing?.lineRule
  return {
    size: num(r.size) ?? base.size,
    sizeCs: num(r.sizeComplexScript) ?? (num(r.size) !== undefined ? (num(r.size) as number) : base.sizeCs),
    bold: typeof r.bold === 'boolean' ? r.bold : base.bold,
    italics: typeof r.italics === 'boolean' ? r.italics : base.italics,
    before: num(p.spacing?.before) ?? base.before,
    after: num(p.spacing?.after) ?? base.after,
    line: num(p.spacing?.line) ?? base.line,
    lineRule: rule === 'exact' || rule === 'atLeast' ? rule : rule === 'auto' ? 'auto' : base.lineRule,
    keepNext: typeof p.keepNext === 'boolean' ? p.keepNext : base.keepNext,
    keepLines: typeof p.keepLines === 'boolean' ? p.keepLines : base.keepLines,
    indent: num(p.indent?.start) ?? num(p.indent?.left) ?? base.indent
  }
}

/** Paragraph metrics by style id, from the document's styles (and docx's built-in TOC styles). */
function resolveStyles(styles: IStylesOptions): Map<string, ParaMetrics> {
  const defaults = (styles.default ?? {}) as Record<string, LooseStyle | undefined>
  const doc = defaults.document
  const root = applyStyle(
    { size: 20, sizeCs: 20, bold: false, italics: false, before: 0, after: 0, line: 240, lineRule: 'auto', keepNext: false, keepLines: false, indent: 0 },
    doc
  )
  const defs = new Map<string, LooseStyle>()
  defs.set('Normal', {})
  const builtIn: [string, string][] = [
    ['Title', 'title'],
    ['Heading1', 'heading1'],
    ['Heading2', 'heading2'],
    ['Heading3', 'heading3'],
    ['Heading4', 'heading4'],
    ['Caption', 'caption']
  ]
  for (const [id, key] of builtIn) defs.set(id, { basedOn: 'Normal', ...(defaults[key] ?? {}) })
  // docx's TOC styles: 5 pt after each entry, each level indented 11 pt more.
  for (let level = 1; level <= 9; level++) defs.set(`TOC${level}`, { basedOn: 'Normal', paragraph: { spacing: { after: 100 }, indent: { left: 220 * (level - 1) } } })
  for (const s of (styles.paragraphStyles ?? []) as readonly (LooseStyle & { id: string })[]) defs.set(s.id, s)
  const resolved = new Map<string, ParaMetrics>()
  const resolve = (id: string, depth = 0): ParaMetrics => {
    const known = resolved.get(id)
    if (known) return known
    const def = defs.get(id)
    if (!def) return root
    const base = def.basedOn && def.basedOn !== id && depth < 10 ? resolve(def.basedOn, depth + 1) : root
    const m = applyStyle(base, def)
    resolved.set(id, m)
    return m
  }
  for (const id of defs.keys()) resolve(id)
  resolved.set('', root)
  return resolved
}

/** Indent of each list level, by numbering reference. */
function listIndents(numbering: INumberingOptions): Map<string, number[]> {
  const out = new Map<string, number[]>()
  for (const c of numbering.config) {
    const levels: number[] = []
    for (const l of c.levels) {
      const ind = (l.style?.paragraph?.indent ?? {}) as { start?: unknown; left?: unknown }
      levels[l.level] = num(ind.start) ?? num(ind.left) ?? 720 * (l.level + 1)
    }
    out.set(c.reference, levels)
  }
  return out
}

// ------------------------------------------------------------------------------------- written XML

type Node = Record<string, unknown>

const nameOf = (n: unknown): string | undefined => {
  if (typeof n !== 'object' || n === null || Array.isArray(n)) return undefined
  for (const k in n) return k === '_attr' ? undefined : k
  return undefined
}
const childrenOf = (n: Node, name: string): unknown[] => {
  const c = n[name]
  return Array.isArray(c) ? c : []
}
const attrOf = (n: Node, name: string, attr: string): unknown => {
  const c = n[name]
  if (Array.isArray(c)) {
    for (const x of c) if (typeof x === 'object' && x !== null && '_attr' in x) return (x as { _attr: Record<string, unknown> })._attr[attr]
    return undefined
  }
  if (typeof c === 'object' && c !== null && '_attr' in c) return (c as { _attr: Record<string, unknown> })._attr[attr]
  return undefined
}
const findChild = (parent: unknown[], name: string): Node | undefined => parent.find((c) => nameOf(c) === name) as Node | undefined
/** An on/off element (`<w:b/>`, `<w:b w:val="false"/>`): undefined when absent. */
const onOff = (parent: unknown[], name: string): boolean | undefined => {
  const el = findChild(parent, name)
  if (!el) return undefined
  const v = attrOf(el, name, 'w:val')
  return !(v === false || v === 0 || v === 'false' || v === '0' || v === 'off')
}
const numAttr = (el: Node | undefined, name: string, attr: string): number | undefined => {
  if (!el) return undefined
  const v = attrOf(el, name, attr)
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN
  return Number.isFinite(n) ? n : undefined
}

// ------------------------------------------------------------------------------------------- layout

/** One stacked piece of a page: a paragraph (lines) or a table (rows). Heights in twips. */
interface ParaBox {
  kind: 'para'
  before: number
  after: number
  lines: number[]
  /** What line spacing adds below each line's text: it may go past the foot of the page. */
  spill: number[]
  keepNext: boolean
  keepLines: boolean
  pageBreakBefore: boolean
  /** The paragraph holds a page break: what follows it starts a new page. */
  breakAfter: boolean
  bookmarks: string[]
  /** The paragraph ends a section (its sectPr). */
  sectionEnd: Geometry | null
  /** Its first piece of text (for tracing). */
  label: string
}
interface RowBox {
  height: number
  header: boolean
  cantSplit: boolean
  /** Kept on the same page as the next row: the first paragraph of its first cell is kept with the next (as Word and LibreOffice do). */
  keepNext: boolean
  /** Lines of the row's tallest cell, to split it across pages. */
  lines: number[]
  bookmarks: string[]
}
interface TableBox {
  kind: 'table'
  rows: RowBox[]
}
type Box = ParaBox | TableBox

interface Geometry {
  width: number
  height: number
  top: number
  bottom: number
  left: number
  right: number
  type: 'nextPage' | 'continuous' | 'evenPage' | 'oddPage'
  pageStart: number | undefined
}

const A4: Geometry = { width: 11906, height: 16838, top: 1440, bottom: 1440, left: 1440, right: 1440, type: 'nextPage', pageStart: undefined }

function geometryOf(sectPr: Node): Geometry {
  const c = childrenOf(sectPr, 'w:sectPr')
  const sz = findChild(c, 'w:pgSz')
  const mar = findChild(c, 'w:pgMar')
  const type = findChild(c, 'w:type')
  const pgNum = findChild(c, 'w:pgNumType')
  const t = type ? attrOf(type, 'w:type', 'w:val') : undefined
  return {
    width: numAttr(sz, 'w:pgSz', 'w:w') ?? A4.width,
    height: numAttr(sz, 'w:pgSz', 'w:h') ?? A4.height,
    top: Math.abs(numAttr(mar, 'w:pgMar', 'w:top') ?? A4.top),
    bottom: Math.abs(numAttr(mar, 'w:pgMar', 'w:bottom') ?? A4.bottom),
    left: numAttr(mar, 'w:pgMar', 'w:left') ?? A4.left,
    right: numAttr(mar, 'w:pgMar', 'w:right') ?? A4.right,
    type: t === 'continuous' || t === 'evenPage' || t === 'oddPage' ? t : 'nextPage',
    pageStart: numAttr(pgNum, 'w:pgNumType', 'w:start')
  }
}

/** Calibration against LibreOffice's layout (see the module comment). */
const CAL = {
  /** Default cell margins (TableNormal), left + right. */
  cellMargins: 216,
  /** A table row's borders and rounding. */
  rowExtra: 10,
  /** A default tab stop every half inch. */
  tab: 720,
  /** Room kept at the end of a TOC entry for its dot leader and page number. */
  tocNumber: 500,
  /** Rounding allowed at the foot of a page. */
  tolerance: 2
} as const

interface Run {
  text: string
  variant: Variant
  size: number
  sizeCs: number
}

interface Estimator {
  styles: Map<string, ParaMetrics>
  indents: Map<string, number[]>
}

/** Height of one line of text in a font size (half-points), in twips, before line spacing. */
const fontLine = (halfPoints: number, arabic: boolean) => (halfPoints * 10 * (arabic ? LINE_HEIGHT.arabic : LINE_HEIGHT.latin)) / 1000

/** A line's height with the paragraph's line spacing; a line as tall as its picture (given negative) keeps it (LibreOffice). */
function lineHeightOf(m: ParaMetrics, natural: number): number {
  if (natural < 0) return -natural
  if (m.lineRule === 'exact') return m.line
  if (m.lineRule === 'atLeast') return Math.max(m.line, natural)
  return (natural * m.line) / 240
}

/**
 * Breaks a paragraph's content into lines, greedily, word by word, in a column `avail` twips wide; gives
 * the height of each line (before line spacing is applied by the caller).
 */
type Item = Run | { image: number; height: number } | { br: true } | { tab: true }
const TAB: Item = { tab: true }
const BREAK: Item = { br: true }

const isWordChar = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0

/**
 * Breaks a paragraph's content into lines, greedily, word by word (a line may also break after a hyphen
 * or a slash between letters, as in "Rabat-Salé-Kénitra"), in a column `avail` twips wide; gives the
 * height of each line before line spacing. Characters are measured one by one from the width tables.
 */
function breakLines(items: readonly Item[], avail: number, m: ParaMetrics): number[] {
  const { latin: latinTables, arabic: arabicTables } = tables()
  const lines: number[] = []
  let x = 0
  let pendingSpace = 0
  let height = 0
  /** The tallest thing on the line is a picture. */
  let picture = false
  let any = false
  const emptyHeight = fontLine(m.size, false)
  const newLine = () => {
    lines.push(picture ? -height : height || emptyHeight)
    x = 0
    pendingSpace = 0
    height = 0
    picture = false
    any = false
  }
  /** Places a piece of a word (width in thousandths of an em) at the end of the line, or on a new one. */
  const place = (width: number, arabic: boolean, run: Run) => {
    const size = arabic ? run.sizeCs : run.size
    const tw = (width * size) / 100
    const h = fontLine(size, arabic)
    if (any && x + pendingSpace + tw > avail) newLine()
    if (tw > avail) {
      // A word longer than the line is broken wherever it must.
      let left = tw - (avail - x)
      height = Math.max(height, h)
      while (left > 0) {
        newLine()
        height = h
        left -= avail
      }
      x = avail + left
    } else {
      x += pendingSpace + tw
    }
    pendingSpace = 0
    if (h > height) {
      height = h
      picture = false
    }
    any = true
  }
  for (const item of items) {
    if ('br' in item) {
      newLine()
      continue
    }
    if ('tab' in item) {
      x = (Math.floor((x + pendingSpace) / CAL.tab) + 1) * CAL.tab
      pendingSpace = 0
      if (x > avail) newLine()
      continue
    }
    if ('image' in item) {
      if (any && x + pendingSpace + item.image > avail) newLine()
      x += pendingSpace + item.image
      pendingSpace = 0
      if (item.height >= height) {
        height = item.height
        picture = true
      }
      any = true
      continue
    }
    const latin = latinTables[item.variant]
    const arabicWidths = arabicTables[item.variant]
    const space = (latin[32] as number) * item.size / 100
    const text = item.text
    let word = 0
    let letters = 0
    let arabic = false
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 32) {
        if (letters > 0) place(word, arabic, item)
        word = 0
        letters = 0
        arabic = false
        pendingSpace += space
        continue
      }
      if (c < LATIN_SIZE && (latin[c] as number) >= 0) {
        word += latin[c] as number
      } else if (c >= 0x600 && c <= 0x6ff) {
        arabic = true
        const w = arabicWidths[c - 0x600] as number
        if (w > 0) word += w * ARABIC_JOINING
      } else if ((c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff)) {
        arabic = true
        word += ARABIC_AVERAGE
      } else if (c >= 0x300 && c <= 0x36f) {
        // a combining mark takes no room
      } else {
        if (c >= 0xd800 && c <= 0xdbff) i++
        word += UNKNOWN_WIDTH
      }
      letters++
      if ((c === 45 || c === 47) && letters > 1 && isWordChar(text.charCodeAt(i + 1))) {
        place(word, arabic, item)
        word = 0
        letters = 0
        arabic = false
      }
    }
    if (letters > 0) place(word, arabic, item)
  }
  if (any || lines.length === 0) newLine()
  return lines
}

/** The properties of a paragraph (pPr) the estimate reads, in one pass over its children. */
interface ParaProps {
  style: string
  spacing?: Node
  numPr?: Node
  ind?: Node
  keepNext?: boolean
  keepLines?: boolean
  pageBreakBefore?: boolean
  sectPr?: Node
}

function readParaProps(pPr: unknown[]): ParaProps {
  const props: ParaProps = { style: 'Normal' }
  for (const c of pPr) {
    const name = nameOf(c)
    switch (name) {
      case 'w:pStyle':
        props.style = String(attrOf(c as Node, name, 'w:val') ?? '')
        break
      case 'w:spacing':
        props.spacing = c as Node
        break
      case 'w:numPr':
        props.numPr = c as Node
        break
      case 'w:ind':
        props.ind = c as Node
        break
      case 'w:keepNext':
      case 'w:keepLines':
      case 'w:pageBreakBefore':
        props[name === 'w:keepNext' ? 'keepNext' : name === 'w:keepLines' ? 'keepLines' : 'pageBreakBefore'] = onOff([c], name)
        break
      case 'w:sectPr':
        props.sectPr = c as Node
        break
    }
  }
  return props
}

function paragraphBox(e: Estimator, p: Node, avail: number): ParaBox {
  const kids = childrenOf(p, 'w:p')
  const pPrNode = kids.length > 0 && nameOf(kids[0]) === 'w:pPr' ? (kids[0] as Node) : undefined
  const props = readParaProps(pPrNode ? childrenOf(pPrNode, 'w:pPr') : [])
  let m = e.styles.get(props.style) ?? e.styles.get('Normal') ?? (e.styles.get('') as ParaMetrics)
  if (props.spacing) {
    const before = numAttr(props.spacing, 'w:spacing', 'w:before')
    const after = numAttr(props.spacing, 'w:spacing', 'w:after')
    const line = numAttr(props.spacing, 'w:spacing', 'w:line')
    m = { ...m, before: before ?? m.before, after: after ?? m.after, line: line ?? m.line }
  }
  let indent = m.indent
  if (props.numPr) {
    const np = childrenOf(props.numPr, 'w:numPr')
    const idNode = findChild(np, 'w:numId')
    const id = idNode ? String(attrOf(idNode, 'w:numId', 'w:val') ?? '') : ''
    const lvl = numAttr(findChild(np, 'w:ilvl'), 'w:ilvl', 'w:val') ?? 0
    const ref = /^\{(.+)-\d+\}$/.exec(id)?.[1] ?? id
    indent = e.indents.get(ref)?.[lvl] ?? 720 * (lvl + 1)
  }
  if (props.ind) indent = numAttr(props.ind, 'w:ind', 'w:start') ?? numAttr(props.ind, 'w:ind', 'w:left') ?? indent
  const toc = props.style.startsWith('TOC')

  const items: Item[] = []
  const bookmarks: string[] = []
  let breakAfter = false
  let label = ''
  const walkRuns = (nodes: unknown[]) => {
    for (const n of nodes) {
      const name = nameOf(n)
      if (name === 'w:r') {
        const rk = childrenOf(n as Node, 'w:r')
        let variant: Variant = m.bold ? 'bold' : m.italics ? 'italic' : 'regular'
        let size = m.size
        let sizeCs = m.sizeCs
        if (rk.length > 0 && nameOf(rk[0]) === 'w:rPr') {
          const rPr = childrenOf(rk[0] as Node, 'w:rPr')
          const bold = onOff(rPr, 'w:b') ?? onOff(rPr, 'w:bCs') ?? m.bold
          const italics = onOff(rPr, 'w:i') ?? m.italics
          variant = bold ? 'bold' : italics ? 'italic' : 'regular'
          size = numAttr(findChild(rPr, 'w:sz'), 'w:sz', 'w:val') ?? m.size
          sizeCs = numAttr(findChild(rPr, 'w:szCs'), 'w:szCs', 'w:val') ?? m.sizeCs
        }
        for (const c of rk) {
          const cn = nameOf(c)
          if (cn === 'w:t') {
            const parts = childrenOf(c as Node, 'w:t')
            const text = parts.length === 2 && typeof parts[1] === 'string' ? parts[1] : parts.filter((x): x is string => typeof x === 'string').join('')
            if (text) {
              items.push({ text, variant, size, sizeCs })
              if (label === '') label = text
            }
          } else if (cn === 'w:tab') {
            items.push(TAB)
          } else if (cn === 'w:br') {
            if (attrOf(c as Node, 'w:br', 'w:type') === 'page') breakAfter = true
            else items.push(BREAK)
          } else if (cn === 'w:drawing') {
            const extent = findExtent(c)
            if (extent) items.push({ image: extent.cx / 635, height: extent.cy / 635 })
          }
        }
      } else if (name === 'w:bookmarkStart') {
        const b = attrOf(n as Node, 'w:bookmarkStart', 'w:name')
        if (typeof b === 'string') bookmarks.push(b)
      } else if (name === 'w:hyperlink' || name === 'w:ins' || name === 'w:smartTag' || name === 'w:fldSimple') {
        walkRuns(childrenOf(n as Node, name))
      }
    }
  }
  walkRuns(kids)
  const width = Math.max(567, avail - indent - (toc ? CAL.tocNumber : 0))
  const natural = breakLines(items, width, m)
  const lines = natural.map((h) => lineHeightOf(m, h))
  return {
    kind: 'para',
    spill: lines.map((l, i) => Math.max(0, l - Math.abs(natural[i] as number))),
    before: m.before,
    after: m.after,
    lines,
    keepNext: props.keepNext ?? m.keepNext,
    keepLines: props.keepLines ?? m.keepLines,
    pageBreakBefore: props.pageBreakBefore ?? false,
    breakAfter,
    bookmarks,
    sectionEnd: props.sectPr ? geometryOf(props.sectPr) : null,
    label: label || (items.some((i) => 'image' in i) ? '[image]' : '')
  }
}

/** The extent (EMU) of the first picture inside a drawing. */
function findExtent(n: unknown): { cx: number; cy: number } | null {
  if (typeof n !== 'object' || n === null) return null
  if (Array.isArray(n)) {
    for (const c of n) {
      const r = findExtent(c)
      if (r) return r
    }
    return null
  }
  const name = nameOf(n)
  if (!name) return null
  if (name === 'wp:extent') {
    const cx = numAttr(n as Node, name, 'cx')
    const cy = numAttr(n as Node, name, 'cy')
    return cx !== undefined && cy !== undefined ? { cx, cy } : null
  }
  return findExtent((n as Node)[name])
}

function tableBox(e: Estimator, tbl: Node): TableBox {
  const kids = childrenOf(tbl, 'w:tbl')
  const grid = findChild(kids, 'w:tblGrid')
  const cols = grid ? childrenOf(grid, 'w:tblGrid').map((g) => numAttr(g as Node, 'w:gridCol', 'w:w') ?? 0) : []
  const rows: RowBox[] = []
  for (const tr of kids) {
    if (nameOf(tr) !== 'w:tr') continue
    const rk = childrenOf(tr as Node, 'w:tr')
    const trPrNode = findChild(rk, 'w:trPr')
    const trPr = trPrNode ? childrenOf(trPrNode, 'w:trPr') : []
    const heightNode = findChild(trPr, 'w:trHeight')
    const minHeight = numAttr(heightNode, 'w:trHeight', 'w:val') ?? 0
    const header = onOff(trPr, 'w:tblHeader') ?? false
    const cantSplit = onOff(trPr, 'w:cantSplit') ?? false
    let col = 0
    let keepNext: boolean | undefined
    let tallest: number[] = []
    let height = 0
    const bookmarks: string[] = []
    for (const tc of rk) {
      if (nameOf(tc) !== 'w:tc') continue
      const ck = childrenOf(tc as Node, 'w:tc')
      const tcPrNode = findChild(ck, 'w:tcPr')
      const tcPr = tcPrNode ? childrenOf(tcPrNode, 'w:tcPr') : []
      const span = numAttr(findChild(tcPr, 'w:gridSpan'), 'w:gridSpan', 'w:val') ?? 1
      let width = 0
      for (let i = 0; i < span; i++) width += cols[col + i] ?? 0
      if (width === 0) width = numAttr(findChild(tcPr, 'w:tcW'), 'w:tcW', 'w:w') ?? 2000
      col += span
      const cellLines: number[] = []
      let cellHeight = 0
      /** Space after the cell's last paragraph: it merges with the next one's space before. */
      let pending = 0
      for (const c of ck) {
        const cn = nameOf(c)
        if (cn === 'w:p') {
          const box = paragraphBox(e, c as Node, width - CAL.cellMargins)
          keepNext ??= box.keepNext
          bookmarks.push(...box.bookmarks)
          const gap = Math.max(pending, box.before)
          cellHeight += gap + box.lines.reduce((a, b) => a + b, 0)
          box.lines.forEach((l, i) => cellLines.push(l + (i === 0 ? gap : 0)))
          pending = box.after
        } else if (cn === 'w:tbl') {
          const inner = tableBox(e, c as Node)
          cellHeight += pending
          pending = 0
          for (const r of inner.rows) {
            cellHeight += r.height
            cellLines.push(r.height)
          }
        }
      }
      cellHeight += pending
      if (cellLines.length > 0) cellLines[cellLines.length - 1] = (cellLines[cellLines.length - 1] as number) + pending
      if (cellHeight > height) {
        height = cellHeight
        tallest = cellLines
      }
    }
    rows.push({ height: Math.max(minHeight, height + CAL.rowExtra), header, cantSplit, keepNext: keepNext ?? false, lines: tallest, bookmarks })
  }
  return { kind: 'table', rows }
}

/** The geometry of each section, in order, read before the layout (a section's sectPr comes at its end). */
function sectionGeometries(body: unknown[]): Geometry[] {
  const out: Geometry[] = []
  const visit = (nodes: unknown[]) => {
    for (const n of nodes) {
      const name = nameOf(n)
      if (name === 'w:p') {
        const pPr = findChild(childrenOf(n as Node, 'w:p'), 'w:pPr')
        const sectPr = pPr ? findChild(childrenOf(pPr, 'w:pPr'), 'w:sectPr') : undefined
        if (sectPr) out.push(geometryOf(sectPr))
      } else if (name === 'w:sectPr') {
        out.push(geometryOf(n as Node))
      } else if (name === 'w:sdt') {
        const content = findChild(childrenOf(n as Node, 'w:sdt'), 'w:sdtContent')
        if (content) visit(childrenOf(content, 'w:sdtContent'))
      }
    }
  }
  visit(body)
  if (out.length === 0) out.push(A4)
  return out
}

export interface PageEstimate {
  /** Page (1-based, physical) each bookmark starts on. */
  bookmarkPages: Map<string, number>
  /** Page number each bookmark shows (following section page-number restarts). */
  bookmarkNumbers: Map<string, number>
  /** Where on its page each bookmark's paragraph starts (twips below the top margin), for calibration. */
  bookmarkY: Map<string, number>
  pageCount: number
  sectionPageCounts: number[]
}

/** The least of a row that must go on a page: all of it, or its first line when it can be split. */
const leastOf = (row: RowBox): number => (row.cantSplit || row.lines.length <= 1 ? row.height : Math.min(row.height, row.lines[0] as number))

/** Height of the rows from `from` kept together (each kept with the next), the last one by its least part. */
function keptRowsHeight(rows: readonly RowBox[], from: number): number {
  let h = 0
  let r = from
  while (r < rows.length - 1 && (rows[r] as RowBox).keepNext) h += (rows[r++] as RowBox).height
  const last = rows[r]
  return last ? h + leastOf(last) : h
}

/** Lays out the body into pages; see the module comment. `trace` hears each box placed (calibration). */
export function estimatePages(body: IXmlableObject, styles: IStylesOptions, numbering: INumberingOptions, trace?: (line: string) => void): PageEstimate {
  const e: Estimator = { styles: resolveStyles(styles), indents: listIndents(numbering) }
  const root = childrenOf(body as Node, 'w:body')
  const geometries = sectionGeometries(root)

  // The boxes of each section, each laid out in its own column width.
  const sections: Box[][] = geometries.map(() => [])
  let s = 0
  const visit = (nodes: unknown[]) => {
    for (const n of nodes) {
      const name = nameOf(n)
      const si = Math.min(s, geometries.length - 1)
      const g = geometries[si] as Geometry
      if (name === 'w:p') {
        const box = paragraphBox(e, n as Node, g.width - g.left - g.right)
        ;(sections[si] as Box[]).push(box)
        if (box.sectionEnd) s++
      } else if (name === 'w:tbl') {
        ;(sections[si] as Box[]).push(tableBox(e, n as Node))
      } else if (name === 'w:sdt') {
        const content = findChild(childrenOf(n as Node, 'w:sdt'), 'w:sdtContent')
        if (content) visit(childrenOf(content, 'w:sdtContent'))
      }
    }
  }
  visit(root)

  const bookmarkPages = new Map<string, number>()
  const bookmarkNumbers = new Map<string, number>()
  const bookmarkY = new Map<string, number>()
  const sectionPageCounts: number[] = []
  let page = 0
  let shown = 0
  /** Height used on the page (twips below the top margin), without the space after the last paragraph. */
  let y = 0
  /** Space after the last paragraph placed on the page (it merges with the next one's space before). */
  let after = 0
  /** Nothing is placed on the page yet. */
  let atTop = true
  /** The page started with its section or after a page break: the first paragraph keeps its space before. */
  let keepsSpaceBefore = true
  let height = 0
  const newPage = (keep: boolean) => {
    page++
    shown++
    y = 0
    after = 0
    atTop = true
    keepsSpaceBefore = keep
  }
  const mark = (names: readonly string[]) => {
    for (const b of names) {
      if (bookmarkPages.has(b)) continue
      bookmarkPages.set(b, page)
      bookmarkNumbers.set(b, shown)
      bookmarkY.set(b, y)
    }
  }
  const spaceAbove = (before: number) => (atTop ? (keepsSpaceBefore ? before : 0) : Math.max(after, before))
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
  const fits = (h: number) => y + h <= height + CAL.tolerance

  geometries.forEach((g, si) => {
    const boxes = sections[si] as Box[]
    height = g.height - g.top - g.bottom
    if (si === 0 || g.type !== 'continuous') newPage(true)
    if (g.pageStart !== undefined) shown = g.pageStart
    const firstPage = page

    /** What must go on the same page as the start of box i: it and the boxes it keeps with (keepNext). */
    const keptHeight = (i: number): number => {
      let h = 0
      let prevAfter = after
      for (let j = i; j < boxes.length; j++) {
        const b = boxes[j] as Box
        const gap = j === i ? 0 : prevAfter
        if (b.kind === 'table') return h + gap + keptRowsHeight(b.rows, 0)
        const space = j === i ? 0 : Math.max(prevAfter, b.before)
        const n = b.lines.length
        if (!b.keepNext || j === boxes.length - 1) {
          const count = b.keepLines || n <= 3 ? n : 2
          return h + space + sum(b.lines.slice(0, count)) - (b.spill[count - 1] ?? 0)
        }
        h += space + sum(b.lines)
        prevAfter = b.after
      }
      return h
    }

    boxes.forEach((box, i) => {
      trace?.(
        `p${page} y${(y / 20).toFixed(1)} ${
          box.kind === 'para'
            ? `para b${box.before} a${box.after} [${box.lines.map((l) => (l / 20).toFixed(1)).join(',')}] ${box.label.slice(0, 40)}`
            : `table ${box.rows.length} rows [${box.rows
                .slice(0, 6)
                .map((r) => (r.height / 20).toFixed(1))
                .join(',')}]`
        }`
      )
      if (box.kind === 'para') {
        if (box.pageBreakBefore && !atTop) newPage(true)
        const n = box.lines.length
        // Keep with next / keep lines together: the chain starts a new page when it does not fit here.
        if (!atTop && (box.keepNext || box.keepLines)) {
          const chain = box.keepNext ? keptHeight(i) : sum(box.lines) - (box.spill[box.lines.length - 1] ?? 0)
          if (!fits(spaceAbove(box.before) + chain) && chain <= height) newPage(false)
        }
        // Widow and orphan control: the first line does not stay alone at the foot of a page, nor the last
        // at the top of the next; a paragraph of two or three lines moves whole.
        let k = 0
        let first = true
        while (k < n) {
          const gap = first ? spaceAbove(box.before) : 0
          let room = 0
          let used = gap
          while (k + room < n && fits(used + (box.lines[k + room] as number) - (box.spill[k + room] as number))) {
            used += box.lines[k + room] as number
            room++
          }
          let take = room
          if (take < n - k) {
            if (n - k - take === 1 && take > 0) take--
            if (first && take === 1) take = 0
            if (box.keepLines && first) take = 0
          }
          if (take === 0 && !atTop) {
            newPage(false)
            continue
          }
          if (take === 0) take = 1 // taller than a page: it goes anyway
          y += gap
          if (first) mark(box.bookmarks)
          y += sum(box.lines.slice(k, k + take))
          k += take
          atTop = false
          first = false
          if (k < n) newPage(false)
        }
        after = box.after
        if (box.breakAfter) newPage(true)
        return
      }
      // A table: rows go on while they fit; rows kept with the next move together; a row that does not fit
      // is split between its lines (unless it cannot be); header rows are repeated on each new page.
      const rows = box.rows
      const headHeight = sum(rows.filter((r) => r.header).map((r) => r.height))
      if (!atTop) y += after
      after = 0
      /** Only the repeated header rows are on the page: a row goes there whatever its height. */
      let fresh = atTop
      const nextPage = () => {
        newPage(false)
        y += headHeight
        fresh = true
        atTop = false
      }
      rows.forEach((row, r) => {
        trace?.(`  row p${page} y${(y / 20).toFixed(1)} h${(row.height / 20).toFixed(1)} [${row.lines.map((l) => (l / 20).toFixed(1)).join(',')}]`)
        if (r === 0 || !(rows[r - 1] as RowBox).keepNext) {
          const need = keptRowsHeight(rows, r)
          const repeated = r > 0 && !row.header ? headHeight : 0
          if (!fresh && !fits(need) && need + repeated <= height) {
            if (r === 0) newPage(false)
            else nextPage()
          }
        }
        if (fits(row.height) || fresh) {
          mark(row.bookmarks)
          y += row.height
          atTop = false
          fresh = false
          // A row taller than a page runs on over the next ones.
          while (y > height + CAL.tolerance) {
            const over = y - height
            nextPage()
            y += over
            fresh = false
          }
          return
        }
        let rest = row.height
        if (!row.cantSplit && row.lines.length > 1) {
          let used = 0
          for (const l of row.lines) {
            if (!fits(used + l)) break
            used += l
          }
          if (used > 0) {
            mark(row.bookmarks)
            rest = row.height - used
          }
        }
        nextPage()
        if (rest === row.height) mark(row.bookmarks)
        y += rest
        fresh = false
        while (y > height + CAL.tolerance) {
          const over = y - height
          nextPage()
          y += over
          fresh = false
        }
      })
    })
    sectionPageCounts.push(page - firstPage + 1)
  })
  return { bookmarkPages, bookmarkNumbers, bookmarkY, pageCount: page, sectionPageCounts }
}

/**
 * The `pageNumbers` estimator of a docx Document: the pages of its bookmarks (the TOC's page numbers),
 * its page count and each section's, from `estimatePages`.
 */
export function hiwarPageNumbers(styles: IStylesOptions, numbering: INumberingOptions): PageNumberEstimator {
  return (body) => {
    const est = estimatePages(body, styles, numbering)
    return {
      bookmarks: new Map([...est.bookmarkNumbers].map(([k, v]) => [k, String(v)])),
      bookmarkPageNumbers: est.bookmarkNumbers,
      pageCount: est.pageCount,
      sectionPageCounts: est.sectionPageCounts
    }
  }
}
