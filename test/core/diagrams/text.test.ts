import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { mermaidId, mermaidLabel, mermaidLabelLines, plainLabelText, wrapLabelLines } from '../../../src/core/diagrams/text'

describe('mermaid label safety', () => {
  it('encodes characters that would break out of a quoted label', () => {
    expect(mermaidLabel('A "quoted" <b>bold</b> [x] (y) #quot; `z`')).toBe(
      '"A “quoted” #lt;b#gt;bold#lt;/b#gt; [x] (y) ＃quot; \'z\'"'
    )
  })

  it('keeps Arabic and accented text as it is', () => {
    expect(mermaidLabel('نقص الممرضين — pénurie')).toBe('"نقص الممرضين — pénurie"')
  })

  it('drops control and bidi-override characters and folds line breaks', () => {
    expect(plainLabelText('a\u202Eb\u0007c\nd\r\n\te\uFFFE')).toBe('abc d e')
  })

  it('shortens long labels with an ellipsis', () => {
    expect(plainLabelText('x'.repeat(300), 10)).toBe(`${'x'.repeat(9)}…`)
  })

  it('never lets a raw quote, angle bracket, backtick or entity code through, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const inner = mermaidLabel(s).slice(1, -1)
        expect(inner.replace(/#(lt|gt|amp);/g, '')).not.toMatch(/["<>`\n\r]|#[A-Za-z0-9]*;/)
      })
    )
  })

  it('does not leave a space before the ellipsis of a shortened label', () => {
    expect(plainLabelText('Le groupe de travail a retenu', 14)).toBe('Le groupe de…')
  })

  it('cuts a label into short lines at spaces, and a longer word into pieces', () => {
    expect(wrapLabelLines('Pénurie des infirmiers polyvalents', 24)).toEqual(['Pénurie des infirmiers', 'polyvalents'])
    expect(wrapLabelLines('a bcdefghij k', 4)).toEqual(['a', 'bcde', 'fghi', 'j k'])
    expect(wrapLabelLines('نقص الممرضين متعددي الاختصاصات في المناطق القروية', 20)).toEqual(['نقص الممرضين متعددي', 'الاختصاصات في', 'المناطق القروية'])
    expect(wrapLabelLines('', 10)).toEqual([])
  })

  it('any text: lines are never longer than asked and keep every word in order (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (s, width) => {
        const plain = plainLabelText(s, 500)
        const lines = wrapLabelLines(plain, width)
        expect(lines.every((l) => [...l].length <= width && l === l.trim() && l !== '')).toBe(true)
        expect(lines.join('').replace(/ /g, '')).toBe(plain.replace(/ /g, ''))
      })
    )
  })

  it('a multi-line label: our <br> between lines, never one from the text, for any text (property)', () => {
    expect(mermaidLabelLines('Places "limitées" <br> dans les ISPITS', 60, 16, ['(+2)'])).toBe(
      '"Places<br>“limitées” #lt;br#gt;<br>dans les ISPITS<br>(+2)"'
    )
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 4, max: 40 }), (s, width) => {
        const label = mermaidLabelLines(s, 60, width)
        expect(label.startsWith('"') && label.endsWith('"')).toBe(true)
        for (const line of label.slice(1, -1).split('<br>')) {
          expect(line.replace(/#(lt|gt|amp);/g, '')).not.toMatch(/["<>`\n\r]|#[A-Za-z0-9]*;/)
        }
      })
    )
  })

  it('builds node ids of letters, digits and underscores only', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(mermaidId('n', s)).toMatch(/^n_[A-Za-z0-9_]*$/)
      })
    )
  })
})
