import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { MAX_STEM_LENGTH, safeDocxName, safeFileStem } from '../../../src/core/documents/fileNames'
import { documentFileName, DOCUMENT_KINDS } from '../../../src/core/documents/kinds'

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i

describe('safe file names', { timeout: 60_000 }, () => {
  test('property: a stem has no separator, no forbidden or control character, no leading/trailing dot or space', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (name) => {
        const stem = safeFileStem(name)
        expect(stem.length).toBeGreaterThan(0)
        expect([...stem].length).toBeLessThanOrEqual(MAX_STEM_LENGTH + 1)
        expect(stem).not.toMatch(/[<>:"/\\|?*\u0000-\u001F\u007F]/)
        expect(stem).not.toMatch(/^[\s.]|[\s.]$/)
        expect(stem).not.toMatch(RESERVED)
        expect(stem === '.' || stem === '..').toBe(false)
        expect(stem).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
      }),
      { numRuns: 3000 }
    )
  })

  test('keeps accents and Arabic, replaces what Windows refuses', () => {
    expect(safeFileStem('Note conceptuelle - Atelier Rabat 2017 : été')).toBe('Note conceptuelle - Atelier Rabat 2017 été')
    expect(safeFileStem('مذكرة مفاهيمية - حوار')).toBe('مذكرة مفاهيمية - حوار')
    expect(safeFileStem('../../etc/passwd')).toBe('etc passwd')
    expect(safeFileStem('a/b\\c')).toBe('a b c')
    expect(safeFileStem('CON')).toBe('_CON')
    expect(safeFileStem('...')).toBe('document')
    expect(safeFileStem('\u202Eexe.docx')).toBe('exe.docx')
  })

  test('"save under another name" always ends in .docx', () => {
    expect(safeDocxName('Compte rendu v2')).toBe('Compte rendu v2.docx')
    expect(safeDocxName('Compte rendu v2.DOCX')).toBe('Compte rendu v2.docx')
    expect(safeDocxName('../x.docx')).toBe('x.docx')
  })

  test('each document has a distinct, translated file name per language', () => {
    for (const lang of ['fr', 'ar', 'en'] as const) {
      const names = DOCUMENT_KINDS.map((k) => documentFileName(k, lang, 'Atelier Rabat 2017'))
      expect(new Set(names).size).toBe(DOCUMENT_KINDS.length)
      for (const n of names) expect(n).toMatch(/ - Atelier Rabat 2017\.docx$/)
    }
    expect(documentFileName('conceptNote', 'fr', 'X')).toBe('Note conceptuelle - X.docx')
    expect(documentFileName('conceptNote', 'ar', 'X')).toBe('مذكرة مفاهيمية - X.docx')
    expect(documentFileName('conceptNote', 'en', 'X')).toBe('Concept note - X.docx')
  })
})
