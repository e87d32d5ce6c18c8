// @vitest-environment jsdom
import { beforeAll, describe, expect, test } from 'vitest'
import fc from 'fast-check'
import type { TreeNode } from '../../src/core/model/priority'
import { toObjectiveTree, type Tree } from '../../src/core/analysis/problemTree'
import { objectiveTreeMermaid, problemTreeMermaid } from '../../src/core/diagrams/problemTree'

// mermaid cannot be imported in the plain node environment; under jsdom its parser runs (rendering does not).
type Mermaid = (typeof import('mermaid'))['default']
let mermaid: Mermaid
beforeAll(async () => {
  mermaid = (await import('mermaid')).default
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
})

const labels = { title: 'Arbre à problèmes', coreMissing: 'Problème central à préciser', emptyNode: '(sans texte)' }
const objectiveLabels = { ...labels, title: 'Arbre à objectifs', toRestate: (p: string) => `À reformuler : ${p}` }
const node = (id: string, text: string, children: TreeNode[] = [], objective = ''): TreeNode => ({ id, text, objective, children })

const hostile: Tree = {
  causes: [
    node('q', 'Le "déficit" d\'infirmiers', [node('b', 'Postes [budgétaires] {gelés} (2016) | <b>gras</b>', [node('deep', 'a --> b; end')])]),
    node('html', '<script>alert(1)</script><img src=x onerror=alert(1)>'),
    node('ar', 'نقص الممرضين متعددي الاختصاصات في المناطق القروية', [], 'توفير ممرضين بعدد كافٍ'),
    node('mixed', 'ISPITS : 30 % des places — "قرار" #1 `code` &amp; ;')
  ],
  effects: [node('e1', 'Fermeture de dispensaires ruraux'), node('e-empty', '   ')]
}

/** True when mermaid accepts the text (`parse` throws on a syntax error) as a flowchart. */
async function parses(text: string): Promise<boolean> {
  const result = await mermaid.parse(text)
  return result.diagramType.startsWith('flowchart')
}

describe('problem tree diagram text is accepted by mermaid.parse', { timeout: 30_000 }, () => {
  test('a small tree', async () => {
    const tree: Tree = { causes: [node('c1', 'Formation insuffisante')], effects: [node('e1', 'Surcharge')] }
    const text = problemTreeMermaid(tree, 'Pénurie des infirmiers polyvalents', labels)
    await expect(parses(text)).resolves.toBe(true)
  })

  test('labels with quotes, brackets, HTML and Arabic', async () => {
    const text = problemTreeMermaid(hostile, 'مشكل "النقص" <حاد> [2017]', labels)
    await expect(parses(text)).resolves.toBe(true)
    expect(text).not.toContain('<script')
    expect(text).not.toContain('<img')
    // Labels are cut into short lines: read them back as one line.
    expect(text.replace(/<br>/g, ' ')).toContain('نقص الممرضين متعددي الاختصاصات')
  })

  test('an empty tree and an empty core problem', async () => {
    const text = problemTreeMermaid({ causes: [], effects: [] }, '', labels)
    await expect(parses(text)).resolves.toBe(true)
    expect(text.replace(/<br>/g, ' ')).toContain(labels.coreMissing)
  })

  test('the objective tree, restated and not', async () => {
    const text = objectiveTreeMermaid(toObjectiveTree(hostile, 'Pénurie "aiguë"', ''), objectiveLabels)
    await expect(parses(text)).resolves.toBe(true)
    expect(text.replace(/<br>/g, ' ')).toContain('توفير ممرضين بعدد كافٍ')
    expect(text.replace(/<br>/g, ' ')).toContain('À reformuler : Pénurie “aiguë”')
  })

  test('Arabic labels and the Arabic restatement marker', async () => {
    const text = objectiveTreeMermaid(toObjectiveTree(hostile, 'نقص الممرضين', ''), {
      title: 'شجرة الأهداف',
      coreMissing: 'المشكل المحوري',
      emptyNode: '(بدون نص)',
      toRestate: (p) => `يُعاد صياغته: ${p}`
    })
    await expect(parses(text)).resolves.toBe(true)
  })

  test('blank texts and blank placeholders still give labels that parse', async () => {
    const blank = { title: ' ', coreMissing: ' ', emptyNode: '\u0007' }
    const text = problemTreeMermaid({ causes: [node('a', ' ', [node('b', '')])], effects: [] }, '', blank)
    expect(text).not.toContain('[""]')
    await expect(parses(text)).resolves.toBe(true)
  })

  test('a large tree (cut to its caps) parses, problem and objective', async () => {
    const wide = (prefix: string, depth: number): TreeNode[] =>
      depth === 0 ? [] : Array.from({ length: 8 }, (_, i) => node(`${prefix}${i}`, `Cause ${prefix}${i} : "texte" <long> & #1 ${'mot '.repeat(20)}`, wide(`${prefix}${i}_`, depth - 1)))
    const tree: Tree = { causes: wide('c', 3), effects: wide('e', 2) }
    const text = problemTreeMermaid(tree, 'Pénurie', labels)
    expect(text.match(/:::(cause|effect)$/gm)?.length).toBeLessThanOrEqual(12)
    await expect(parses(text)).resolves.toBe(true)
    await expect(parses(objectiveTreeMermaid(toObjectiveTree(tree, 'Pénurie', ''), objectiveLabels))).resolves.toBe(true)
  })

  test('any text in any node still parses (property)', async () => {
    const arbitraryText = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom('"', '"]', '[[', '}}', '-->', 'end', 'style', 'click n_a call x()', '%%{init: {}}%%', ':::core', '\\n', '\n', 'graph TD')
    )
    const treeNode: fc.Arbitrary<TreeNode> = fc.record({
      id: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
      text: arbitraryText,
      objective: arbitraryText,
      children: fc.constant([])
    })
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(treeNode, { selector: (n) => n.id.replace(/-/g, '_'), maxLength: 6 }), arbitraryText, async (nodes, core) => {
        // The first cause gets the fourth node as a nested child.
        const causes = nodes.slice(0, 3).map((n, i) => (i === 0 ? { ...n, children: nodes.slice(3, 4) } : n))
        const tree: Tree = { causes, effects: nodes.slice(4) }
        expect(await parses(problemTreeMermaid(tree, core, labels))).toBe(true)
        expect(await parses(objectiveTreeMermaid(toObjectiveTree(tree, core, ''), objectiveLabels))).toBe(true)
      }),
      { numRuns: 40 }
    )
  }, 60_000)
})
