import { Packer } from 'docx'
import { estimatePageNumbersWith } from 'docx/layout'
import { describe, expect, test } from 'vitest'
import { createDocument } from '../../../src/core/documents'
import { estimatePages } from '../../../src/core/documents/pageEstimate'
import { documentNumbering, documentStyles } from '../../../src/core/documents/styles'
import { sampleProject } from './fixtures'
import { tocEntries } from './tocPages'

/**
 * The page-number estimate of the full report (src/core/documents/pageEstimate.ts) on bodies written the
 * way docx writes them: page and section breaks, keep-with-next, widow control, repeated table headers,
 * page-number restarts. How close it is to real pages is checked against LibreOffice in
 * pageEstimate.libreoffice.test.ts.
 */

type X = Record<string, unknown>
const styles = documentStyles('fr')
const numbering = documentNumbering()
const run = (text: string): X => ({ 'w:r': [{ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, text] }] })
const pageBreakRun: X = { 'w:r': [{ 'w:br': { _attr: { 'w:type': 'page' } } }] }
function p(style: string, text: string, o: { bookmark?: string; extra?: X[]; runs?: X[] } = {}): X {
  return {
    'w:p': [
      { 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': style } } }, ...(o.extra ?? [])] },
      ...(o.bookmark ? [{ 'w:bookmarkStart': { _attr: { 'w:name': o.bookmark, 'w:id': 1 } } }] : []),
      ...(text ? [run(text)] : []),
      ...(o.runs ?? [])
    ]
  }
}
const sectPr = (o: { landscape?: boolean; start?: number } = {}): X => ({
  'w:sectPr': [
    { 'w:type': { _attr: { 'w:val': 'nextPage' } } },
    { 'w:pgSz': { _attr: o.landscape ? { 'w:w': 16838, 'w:h': 11906, 'w:orient': 'landscape' } : { 'w:w': 11906, 'w:h': 16838, 'w:orient': 'portrait' } } },
    { 'w:pgMar': { _attr: { 'w:top': 1134, 'w:right': 1134, 'w:bottom': 1134, 'w:left': 1134, 'w:header': 567, 'w:footer': 567, 'w:gutter': 0 } } },
    { 'w:pgNumType': { _attr: o.start === undefined ? {} : { 'w:start': o.start } } }
  ]
})
/** A paragraph that ends a section (docx writes the section's properties into it). */
const sectionEnd = (o: Parameters<typeof sectPr>[0] = {}): X => ({ 'w:p': [{ 'w:pPr': [sectPr(o)] }] })
const body = (...children: X[]) => ({ 'w:body': [...children, sectPr()] })
const lines = (n: number, text = 'Une ligne de texte courte.') => Array.from({ length: n }, () => p('Normal', text))
const pageOf = (b: ReturnType<typeof body>, name: string) => estimatePages(b, styles, numbering).bookmarkPages.get(name)

/** A one-column table: a header row repeated on each page (or not) and `rows` one-line rows. */
function table(rows: number, header: boolean): X {
  const cell = (text: string, style: string): X => ({ 'w:tc': [{ 'w:tcPr': [{ 'w:tcW': { _attr: { 'w:type': 'dxa', 'w:w': 9638 } } }] }, p(style, text)] })
  return {
    'w:tbl': [
      { 'w:tblPr': [] },
      { 'w:tblGrid': [{ 'w:gridCol': { _attr: { 'w:w': 9638 } } }] },
      ...(header ? [{ 'w:tr': [{ 'w:trPr': [{ 'w:tblHeader': {} }, { 'w:cantSplit': {} }] }, cell('Titre', 'TableHeading')] }] : []),
      ...Array.from({ length: rows }, (_, i) => ({ 'w:tr': [cell(`Ligne ${i + 1}`, 'TableText')] }))
    ]
  }
}

describe('estimatePages', () => {
  test('paragraphs fill a page, then the next: twice the text, about twice the pages', () => {
    const short = estimatePages(body(p('Heading1', 'A', { bookmark: 'a' }), ...lines(200)), styles, numbering)
    const long = estimatePages(body(p('Heading1', 'A', { bookmark: 'a' }), ...lines(400)), styles, numbering)
    expect(short.bookmarkPages.get('a')).toBe(1)
    // 11 pt Arial at 1.15 lines with 6 pt after: 35 lines a page of 25.7 cm.
    expect(short.pageCount).toBe(Math.ceil(201 / 35))
    expect(Math.abs(long.pageCount - 2 * short.pageCount)).toBeLessThanOrEqual(1)
  })

  test('long paragraphs wrap: words twice as long take about twice the room', () => {
    const at = (word: string) => {
      const est = estimatePages(body(p('Normal', Array.from({ length: 3000 }, () => word).join(' ')), p('Heading1', 'B', { bookmark: 'b' })), styles, numbering)
      return ((est.bookmarkPages.get('b') as number) - 1) * 14570 + (est.bookmarkY.get('b') as number)
    }
    const ratio = at('motmotmot') / at('motmo')
    // 9 letters and a space against 5 and a space: (9 × 0.5 + 0.28) / (5 × 0.5 + 0.28) ≈ 1.7 times the lines.
    expect(ratio).toBeGreaterThan(1.5)
    expect(ratio).toBeLessThan(1.9)
  })

  test('a page break sends what follows to the next page', () => {
    expect(pageOf(body(p('Normal', 'x'), p('Normal', '', { runs: [pageBreakRun] }), p('Heading1', 'B', { bookmark: 'b' })), 'b')).toBe(2)
    expect(pageOf(body(p('Normal', 'x'), p('Heading1', 'B', { bookmark: 'b', extra: [{ 'w:pageBreakBefore': {} }] })), 'b')).toBe(2)
  })

  test('a section starts a new page, in its own orientation, and can restart the page numbers', () => {
    const b = body(p('Normal', 'x'), sectionEnd(), p('Heading1', 'B', { bookmark: 'b' }), sectionEnd({ landscape: true, start: 1 }), p('Heading1', 'C', { bookmark: 'c' }))
    const est = estimatePages(b, styles, numbering)
    expect(est.bookmarkPages.get('b')).toBe(2)
    expect(est.bookmarkPages.get('c')).toBe(3)
    // The second section (B) restarts at 1: C, in the third, follows on as page 2.
    expect(est.bookmarkNumbers.get('b')).toBe(1)
    expect(est.bookmarkNumbers.get('c')).toBe(2)
    expect(est.sectionPageCounts).toEqual([1, 1, 1])
    expect(est.pageCount).toBe(3)
  })

  test('a heading kept with the next paragraph does not stay alone at the foot of a page', () => {
    // 34 lines fill all but the last line of the first page: the heading goes on with its paragraph.
    for (const n of [33, 34]) {
      const b = body(...lines(n), p('Heading2', 'Titre', { bookmark: 'h' }), p('Normal', 'Le paragraphe du titre.'))
      const est = estimatePages(b, styles, numbering)
      const page = est.bookmarkPages.get('h') as number
      const y = est.bookmarkY.get('h') as number
      // Either on the first page with room for its paragraph below it, or at the top of the second.
      expect(page === 1 ? y < 14570 - 2 * 290 : page === 2 && y < 600).toBe(true)
    }
  })

  test('widow and orphan control: a two-line paragraph is not split across pages', () => {
    const two = 'Un paragraphe assez long pour tenir sur deux lignes pleines de texte, avec des mots qui se suivent encore et encore.'
    for (let n = 30; n <= 36; n++) {
      const est = estimatePages(body(...lines(n), p('Normal', two, { bookmark: 'two' }), p('Normal', 'fin', { bookmark: 'end' })), styles, numbering)
      // Both lines on one page: the paragraph after it is never on a page before the one the paragraph starts.
      const start = est.bookmarkPages.get('two') as number
      const y = est.bookmarkY.get('two') as number
      expect(start === 2 || y + 2 * 290 <= 14570 + 40).toBe(true)
    }
  })

  test('a table runs over pages and its header row is repeated on each (so it takes more room)', () => {
    const withHeader = pageOf(body(table(300, true), p('Heading1', 'Après', { bookmark: 'after' })), 'after') as number
    const without = pageOf(body(table(300, false), p('Heading1', 'Après', { bookmark: 'after' })), 'after') as number
    expect(without).toBeGreaterThan(4)
    expect(withHeader).toBeGreaterThanOrEqual(without)
    expect(withHeader - without).toBeLessThanOrEqual(1)
  })

  test('a picture takes its height on the page', () => {
    const picture = (cyTwips: number): X =>
      p('Normal', '', { runs: [{ 'w:r': [{ 'w:drawing': [{ 'wp:inline': [{ 'wp:extent': { _attr: { cx: 6_000_000, cy: cyTwips * 635 } } }] }] }] }] })
    const small = estimatePages(body(picture(2000), picture(2000), p('Heading1', 'B', { bookmark: 'b' })), styles, numbering)
    const tall = estimatePages(body(picture(9000), picture(9000), p('Heading1', 'B', { bookmark: 'b' })), styles, numbering)
    expect(small.bookmarkPages.get('b')).toBe(1)
    expect(tall.bookmarkPages.get('b')).toBe(2)
  })
})

describe("the full report's table of contents", { timeout: 120_000 }, () => {
  test('every entry has its page number, in order, after the cover and the table itself', async () => {
    const bytes = await Packer.pack(createDocument('fullReport', sampleProject(), { lang: 'fr', now: '2017-07-10T10:00:00.000Z' }), 'uint8array')
    const entries = await tocEntries(bytes)
    expect(entries.length).toBeGreaterThan(40)
    const pages = entries.map((e) => Number(e.page))
    expect(pages.every((n) => Number.isInteger(n) && n >= 3)).toBe(true)
    expect([...pages].sort((a, b) => a - b)).toEqual(pages)
  })

  test("agrees with docx's own layout of Word's pages (docx/layout, a minute's work on a large report) within two pages", async () => {
    const project = sampleProject()
    const options = { lang: 'fr' as const, now: '2017-07-10T10:00:00.000Z' }
    const ours = await tocEntries(await Packer.pack(createDocument('fullReport', project, options), 'uint8array'))
    // The same document with docx's estimator in place of ours.
    const doc = createDocument('fullReport', project, options)
    ;(doc as unknown as { Document: { View: { Body: { pageNumbers: unknown } } } }).Document.View.Body.pageNumbers = estimatePageNumbersWith({ guess: true })
    const theirs = await tocEntries(await Packer.pack(doc, 'uint8array'))
    expect(theirs.map((e) => e.text)).toEqual(ours.map((e) => e.text))
    const diffs = ours.map((e, i) => Number(e.page) - Number(theirs[i]?.page))
    expect(diffs.filter((d) => Math.abs(d) > 2)).toEqual([])
  })
})
