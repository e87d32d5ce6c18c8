import JSZip from 'jszip'
import { DOMParser, type Element } from '@xmldom/xmldom'

/**
 * Reading back a table of contents and checking it against the pages a word processor actually printed:
 * the entries (text and the page number written into the file) from word/document.xml, and the page
 * each heading lands on in the text of a PDF (pdftotext, pages split on form feeds).
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

export interface TocEntry {
  /** The heading's text as the entry shows it. */
  text: string
  /** The page number written into the entry ('' when the estimate left it blank). */
  page: string
  /** The bookmark the entry links to. */
  anchor: string
}

const textOf = (el: Element): string => {
  let s = ''
  const ts = el.getElementsByTagNameNS(W, 't')
  for (let i = 0; i < ts.length; i++) s += ts[i]?.textContent ?? ''
  return s
}

/** The entries of the document's table of contents, in order. */
export async function tocEntries(docx: Uint8Array): Promise<TocEntry[]> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')
  if (!xml) return []
  const doc = new DOMParser().parseFromString(xml, 'text/xml')
  const out: TocEntry[] = []
  const links = doc.getElementsByTagNameNS(W, 'hyperlink')
  for (let i = 0; i < links.length; i++) {
    const link = links[i] as Element
    const anchor = link.getAttributeNS(W, 'anchor') ?? link.getAttribute('w:anchor') ?? ''
    if (!anchor.startsWith('_Toc')) continue
    // The entry text, a tab, then the PAGEREF field whose result is the page number.
    const runs = link.getElementsByTagNameNS(W, 'r')
    let text = ''
    let page = ''
    let afterTab = false
    for (let j = 0; j < runs.length; j++) {
      const r = runs[j] as Element
      if (r.getElementsByTagNameNS(W, 'tab').length > 0) afterTab = true
      if (afterTab) page += textOf(r)
      else text += textOf(r)
    }
    out.push({ text: text.trim(), page: page.trim(), anchor })
  }
  return out
}

const letters = (s: string) =>
  s
    .normalize('NFKC')
    // Arabic as pdftotext gives it back loses the order of lam-alef ligatures: drop alefs and lams.
    .replace(/[\u0622\u0623\u0625\u0627\u0644]/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase()

/** The words of a line, each reduced to its letters and digits (empty ones dropped). */
export const wordsOf = (line: string): string[] => line.split(/[\s\u00A0.·:—–\u200E\u200F\u202A-\u202E\u2066-\u2069-]+/).map(letters).filter(Boolean)

/**
 * The page (1-based) each heading is printed on, from the PDF's text split into pages: each entry is
 * looked for, in order, from the page of the previous one on, as a line holding the heading's first
 * words (in any order: pdftotext gives right-to-left lines mixed with numbers in visual order; a long
 * heading wraps, so only its first four words count); the pages of the table of contents are skipped.
 * `null` where a heading was not found.
 */
export function headingPages(pages: readonly string[], entries: readonly TocEntry[]): (number | null)[] {
  const lines = pages.map((p) => p.split('\n').map(wordsOf).filter((w) => w.length > 0))
  // A heading's line holds its words and little else (a one-word heading also appears in table cells).
  const holds = (line: readonly string[], want: readonly string[]) =>
    want.length > 0 && want.every((w) => line.includes(w)) && (want.length >= 4 || line.length <= want.length + 1)
  // pdftotext breaks Arabic words around their vowel marks: failing all, half the words (two at least) do.
  const mostly = (line: readonly string[], want: readonly string[]) => want.length >= 3 && 2 * want.filter((w) => line.includes(w)).length >= want.length
  const wanted = entries.map((e) => wordsOf(e.text).slice(0, 4))
  // The body starts after the last page of the table of contents (its lines end in dot leaders).
  let from = 0
  const last = wanted[wanted.length - 1] ?? []
  for (let p = 0; p < pages.length; p++) {
    if ((pages[p] ?? '').includes('.....') && (lines[p] ?? []).some((l) => holds(l, last))) from = p + 1
  }
  const out: (number | null)[] = []
  for (const want of wanted) {
    let found: number | null = null
    for (let p = from; p < pages.length && found === null; p++) if ((lines[p] ?? []).some((l) => holds(l, want))) found = p + 1
    for (let p = from; p < pages.length && found === null; p++) if ((lines[p] ?? []).some((l) => mostly(l, want))) found = p + 1
    out.push(found)
    if (found !== null) from = found - 1
  }
  return out
}
