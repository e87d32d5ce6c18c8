import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { firstStrongDirection, isXmlSafe, sanitizeLine, sanitizeText, splitByDirection } from '../../../src/core/documents/sanitize'

/** Any string, including lone surrogates and every control character. */
const anyText = fc.string({ unit: 'binary', maxLength: 300 })
const MARKS = /[\u200E\u200F]/g

describe('sanitizeText', { timeout: 60_000 }, () => {
  test('property: the output only holds characters XML 1.0 allows', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(isXmlSafe(sanitizeText(s))).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })

  test('property: sanitising twice changes nothing more', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(sanitizeText(sanitizeText(s))).toBe(sanitizeText(s))
      })
    )
  })

  test('property: ordinary text (letters, digits, punctuation, Arabic, emoji) is kept as it is', () => {
    const ordinary = fc.string({
      unit: fc.constantFrom(...[...'abcXYZ éàç ÉÈ 0123 .,;:!?«»()-\'"/ المغرب الصحة ٠١ 🤝👩🏽‍⚕️']),
      maxLength: 200
    })
    fc.assert(
      fc.property(ordinary, (s) => {
        expect(sanitizeText(s)).toBe(s)
      })
    )
  })

  test('removes U+FFFE, U+FFFF, lone surrogates and C0 controls; keeps tabs and line breaks', () => {
    expect(sanitizeText('a\uFFFEb\uFFFFc')).toBe('abc')
    expect(sanitizeText('x\uD83Dy\uDE00z')).toBe('xyz')
    expect(sanitizeText('\u0000a\u0007b\u001Bc\u007F\u009B')).toBe('abc')
    expect(sanitizeText('col1\tcol2\nline2')).toBe('col1\tcol2\nline2')
    expect(sanitizeText('😀')).toBe('😀')
  })

  test('normalises every kind of line break to \\n (CRLF, CR, vertical tab, form feed, U+2028)', () => {
    expect(sanitizeText('a\r\nb\rc\u000Bd\u000Ce\u2028f\u2029g')).toBe('a\nb\nc\nd\ne\nf\ng')
  })

  test('neutralises bidi embeddings, overrides and isolates, keeps LRM/RLM/ALM', () => {
    expect(sanitizeText('a\u202Ebc\u202C d\u2066e\u2069 \u202Af\u202C')).toBe('abc de f')
    expect(sanitizeText('x\u200Ey\u200Fz\u061C')).toBe('x\u200Ey\u200Fz\u061C')
  })

  test('null and undefined give the empty string', () => {
    expect(sanitizeText(null)).toBe('')
    expect(sanitizeText(undefined)).toBe('')
  })

  test('sanitizeLine folds tabs and breaks into single spaces', () => {
    expect(sanitizeLine('  a\t\tb\n\nc  ')).toBe('a b c')
  })
})

describe('splitByDirection', { timeout: 60_000 }, () => {
  const scripts = fc.string({ unit: fc.constantFrom(...[...'ab CD é. ,()«» 12 - المغرب، ؟ص ُ']), maxLength: 80 })

  test('property: the runs spell the text again (direction marks aside) and alternate direction', () => {
    fc.assert(
      fc.property(scripts, fc.boolean(), (s, rtl) => {
        const runs = splitByDirection(s, rtl)
        expect(runs.map((r) => r.text).join('').replace(MARKS, '')).toBe(s)
        runs.forEach((r, i) => {
          if (i > 0) expect(r.rtl).not.toBe(runs[i - 1]!.rtl)
          const dir = firstStrongDirection(r.text)
          if (dir) expect(dir === 'rtl').toBe(r.rtl)
        })
      }),
      { numRuns: 1000 }
    )
  })

  test('an Arabic date after a French city keeps its comma and digits on the Arabic side', () => {
    expect(splitByDirection('Rabat، 6 و7 يوليوز 2017', true)).toEqual([
      { text: 'Rabat', rtl: false },
      { text: '\u200F، 6 و7 يوليوز 2017', rtl: true }
    ])
  })

  test('a French sentence quoted in an Arabic paragraph keeps its full stop and brackets', () => {
    const runs = splitByDirection('نقطة: Le plan (Tunisie) est prêt.', true)
    expect(runs).toEqual([
      { text: 'نقطة: ', rtl: true },
      { text: 'Le plan (Tunisie) est prêt.\u200E', rtl: false }
    ])
  })

  test('an Arabic name inside a French sentence is its own right-to-left run', () => {
    const runs = splitByDirection('Dr أحمد العلوي, directeur', false)
    expect(runs.map((r) => r.rtl)).toEqual([false, true, false])
    expect(runs[1]!.text).toBe('أحمد العلوي')
  })

  test('Arabic vowel marks stay with their letters', () => {
    const runs = splitByDirection('ab مُدرِّس cd', false)
    expect(runs[1]!.text).toBe('مُدرِّس')
  })
})
