import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { mermaidId, mermaidLabel, plainLabelText } from '../../../src/core/diagrams/text'

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

  it('builds node ids of letters, digits and underscores only', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(mermaidId('n', s)).toMatch(/^n_[A-Za-z0-9_]*$/)
      })
    )
  })
})
