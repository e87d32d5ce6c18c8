/**
 * Mermaid label safety. Every user text that reaches a diagram goes through `mermaidLabel`: it becomes a
 * double-quoted mermaid string where quotes, angle brackets, brackets and the like are entity codes
 * (`#quot;`, `#lt;` …, which mermaid decodes for display), control and bidi-override characters are dropped,
 * and line breaks become spaces. With `securityLevel: 'strict'` mermaid then renders it as plain text.
 */
const ENTITY: Record<string, string> = {
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '#': '#35;',
  '[': '#91;',
  ']': '#93;',
  '{': '#123;',
  '}': '#125;',
  '(': '#40;',
  ')': '#41;',
  '|': '#124;',
  ';': '#59;',
  '`': '#96;'
}

// C0/C1 controls (except tab/newline handled below), bidi embeddings/overrides/isolates, U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g

/** Plain, single-line text: unsafe characters removed, whitespace folded, trimmed, shortened. */
export function plainLabelText(text: string, maxLength = 120): string {
  const flat = text.replace(UNSAFE, '').replace(/\s+/g, ' ').trim()
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat
}

/** A quoted mermaid label, e.g. `"Pénurie #quot;aiguë#quot;"`. */
export function mermaidLabel(text: string, maxLength = 120): string {
  const safe = [...plainLabelText(text, maxLength)].map((c) => ENTITY[c] ?? c).join('')
  return `"${safe}"`
}

/** A mermaid node id from any stable id (letters, digits, underscores only). */
export function mermaidId(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9_]/g, '_')}`
}
