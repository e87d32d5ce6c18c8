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
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat
}

/** A quoted mermaid label, e.g. `"Pénurie “aiguë” (ISPITS)"`. */
export function mermaidLabel(text: string, maxLength = 120): string {
  let open = true
  const quoted = plainLabelText(text, maxLength)
    .replace(/#(?=[A-Za-z0-9]*;)/g, '＃')
    .replace(/%(?=%)/g, '％')
    .replace(/"/g, () => ((open = !open) ? '”' : '“'))
  const safe = [...quoted].map((c) => ENTITY[c] ?? c).join('')
  return `"${safe}"`
}

/** A mermaid node id from any stable id (letters, digits, underscores only). */
export function mermaidId(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9_]/g, '_')}`
}
