/**
 * Tab-separated text as spreadsheets put it on the clipboard (Excel, LibreOffice, Google Sheets): rows end
 * with \n, \r\n or \r; a cell that holds a tab, a line break or starts with a quote is wrapped in double
 * quotes, inner quotes doubled. Both directions are linear in the text length.
 */

export interface TsvRow {
  /** 1-based line of the text where the row starts. */
  line: number
  cells: string[]
}

/** Splits text into rows of cells. Blank rows (only empty cells) are skipped; nothing else is dropped. */
export function parseTsv(text: string): TsvRow[] {
  const rows: TsvRow[] = []
  let cells: string[] = []
  let cell = ''
  let line = 1
  let rowLine = 1
  let i = 0
  const n = text.length
  const endRow = () => {
    cells.push(cell)
    cell = ''
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells })
    cells = []
  }
  let atCellStart = true
  while (i < n) {
    const c = text[i]
    if (atCellStart && c === '"') {
      // Quoted cell: find the closing quote (a lone quote, not a doubled one).
      let j = i + 1
      let value = ''
      let closed = false
      let newlines = 0
      while (j < n) {
        const d = text[j]
        if (d === '"') {
          if (text[j + 1] === '"') {
            value += '"'
            j += 2
            continue
          }
          closed = true
          break
        }
        if (d === '\n' || (d === '\r' && text[j + 1] !== '\n')) newlines++
        value += d
        j++
      }
      if (closed) {
        cell += value
        line += newlines
        i = j + 1
        atCellStart = false
        continue
      }
      // No closing quote: the quote is an ordinary character (never swallow the rest of the paste).
    }
    atCellStart = false
    if (c === '\t') {
      cells.push(cell)
      cell = ''
      atCellStart = true
      i++
    } else if (c === '\r' || c === '\n') {
      endRow()
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1
      line++
      rowLine = line
      atCellStart = true
    } else {
      cell += c
      i++
    }
  }
  if (cell !== '' || cells.length > 0) endRow()
  return rows
}

const needsQuotes = (cell: string): boolean => /[\t\r\n]/.test(cell) || cell.startsWith('"')

export function tsvCell(cell: string): string {
  return needsQuotes(cell) ? `"${cell.replaceAll('"', '""')}"` : cell
}

/** Rows back to tab-separated text (the inverse of `parseTsv` for rows that are not blank). */
export function serialiseTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(tsvCell).join('\t')).join('\n')
}
