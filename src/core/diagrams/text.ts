/**
 * Mermaid label safety. Every user text that reaches a diagram goes through `mermaidLabel`: it becomes a
 * double-quoted mermaid string. Inside quotes mermaid accepts brackets, parentheses, `|` and `;` as they
 * are, and our diagrams draw labels as plain SVG text (`htmlLabels: false`), where only `#lt;`, `#gt;` and
 * `#amp;` are decoded — so only what could end or reinterpret the string is changed: `"` becomes a
 * typographic quote, `<`, `>` and `&` become those entity codes, a `#` that would start an entity code
 * becomes a full-width `＃`, so does the first `%` of `%%` (mermaid directives and comments), and backticks (markdown strings) become apostrophes. Control and bidi-override
 * characters are dropped and line breaks become spaces. With `securityLevel: 'strict'` mermaid renders the
 * result as plain text.
 */
const ENTITY: Record<string, string> = {
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '`': "'"
}

// C0/C1 controls (except tab/newline handled below), bidi embeddings/overrides/isolates, U+FFFE/U+FFFF.
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g

/** Plain, single-line text: unsafe characters removed, whitespace folded, trimmed, shortened. */
export function plainLabelText(text: string, maxLength = 120): string {
  const flat = text.replace(UNSAFE, '').replace(/\s+/g, ' ').trim()
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1).trimEnd()}…` : flat
}

/** Quotes made typographic, entity-like `#` and `%%` made full-width: one character for one. */
function neutralise(plain: string): string {
  let open = true
  return plain
    .replace(/#(?=[A-Za-z0-9]*;)/g, '＃')
    .replace(/%(?=%)/g, '％')
    .replace(/"/g, () => ((open = !open) ? '”' : '“'))
}

const encode = (text: string): string => [...text].map((c) => ENTITY[c] ?? c).join('')

/** A quoted mermaid label, e.g. `"Pénurie “aiguë” (ISPITS)"`. */
export function mermaidLabel(text: string, maxLength = 120): string {
  return `"${encode(neutralise(plainLabelText(text, maxLength)))}"`
}

/**
 * Plain text cut into lines of at most `lineChars` characters at spaces (a longer word is cut). Mermaid
 * wraps a label that is wider than its wrapping width by measuring it word after word in the page — one
 * forced layout per word, the bulk of a flowchart's drawing time; lines that already fit are measured once.
 */
export function wrapLabelLines(plain: string, lineChars: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of plain.split(' ').filter((w) => w !== '')) {
    const chars = [...word]
    if (line !== '' && [...line].length + 1 + chars.length <= lineChars) {
      line = `${line} ${word}`
      continue
    }
    if (line !== '') lines.push(line)
    line = ''
    for (let i = 0; i < chars.length; i += lineChars) {
      const piece = chars.slice(i, i + lineChars).join('')
      if (i + lineChars < chars.length) lines.push(piece)
      else line = piece
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

/**
 * A quoted flowchart label shortened to `maxLength` and broken into lines of at most `lineChars`
 * characters, plus `extraLines` (`<br>` between them: the one piece of markup we write; user text can never produce it,
 * since its angle brackets become entity codes).
 */
export function mermaidLabelLines(text: string, maxLength: number, lineChars: number, extraLines: readonly string[] = []): string {
  const lines = [...wrapLabelLines(plainLabelText(text, maxLength), lineChars), ...extraLines.map((l) => plainLabelText(l, lineChars))]
  return `"${lines.map((l) => encode(neutralise(l))).join('<br>')}"`
}

/** A mermaid node id from any stable id (letters, digits, underscores only). */
export function mermaidId(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9_]/g, '_')}`
}
