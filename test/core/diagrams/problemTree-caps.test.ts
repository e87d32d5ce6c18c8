import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import type { TreeNode } from '../../../src/core/model/priority'
import { countNodes, toObjectiveTree, type Tree } from '../../../src/core/analysis/problemTree'
import { LABEL_MAX, TREE_CAPS, objectiveTreeMermaid, problemTreeHiddenCount, problemTreeMermaid } from '../../../src/core/diagrams/problemTree'
import { buildDocument } from '../../../src/core/documents'
import { documentText, unzipStrict } from '../documents/fixtures'
import { buildLargeProject } from '../../../src/core/samples/large'
import { coreProblemOf } from '../../../src/core/analysis/problemTree'

const labels = { title: 'Arbre à problèmes', coreMissing: 'Problème central à préciser', emptyNode: '(sans texte)' }
const objectiveLabels = { ...labels, title: 'Arbre à objectifs', toRestate: (p: string) => `À reformuler : ${p}` }

/** The boxes of a generated flowchart: id, label lines (without quotes) and class. */
function boxes(text: string): { id: string; lines: string[]; klass: string }[] {
  return [...text.matchAll(/^ {2}(\w+)\["(.*)"\]:::(\w+)$/gm)].map((m) => ({ id: m[1]!, lines: m[2]!.split('<br>'), klass: m[3]! }))
}

/** "(+N)" on a box: N boxes of its branch are not drawn. */
const hiddenOf = (b: { lines: string[] }): number => Number(/^\(\+(\d+)\)$/.exec(b.lines.at(-1) ?? '')?.[1] ?? 0)

const n = (id: string, children: TreeNode[] = []): TreeNode => ({ id, text: `Texte ${id}`, objective: '', children })
/** A tree of `width` causes and effects, each with `width` children, down to `depth` levels. */
function fullTree(width: number, depth: number, prefix = 'x'): TreeNode[] {
  if (depth === 0) return []
  return Array.from({ length: width }, (_, i) => n(`${prefix}${i}`, fullTree(width, depth - 1, `${prefix}${i}_`)))
}

describe('problem tree caps (readable on a screen or an A4 page, quick to draw)', () => {
  test('a small tree is drawn whole, without "(+N)" lines', () => {
    const tree: Tree = { causes: fullTree(2, 2, 'c'), effects: fullTree(3, 1, 'e') }
    const drawn = boxes(problemTreeMermaid(tree, 'Pénurie', labels))
    expect(drawn).toHaveLength(1 + countNodes(tree.causes) + countNodes(tree.effects))
    expect(drawn.every((b) => hiddenOf(b) === 0)).toBe(true)
  })

  test("the large project's tree (46 nodes): the direct causes and effects, each counting what is left out", () => {
    const p = buildLargeProject({ seed: 2017, scale: 1, now: '2025-11-20T10:00:00.000Z' }).priority
    const text = problemTreeMermaid(p.tree, coreProblemOf(p), labels)
    const drawn = boxes(text).filter((b) => b.id !== 'core_problem')
    expect(drawn).toHaveLength(p.tree.causes.length + p.tree.effects.length)
    expect(drawn.reduce((sum, b) => sum + 1 + hiddenOf(b), 0)).toBe(countNodes(p.tree.causes) + countNodes(p.tree.effects))
    expect(drawn.find((b) => b.id === 'n_cause_0001')!.lines.at(-1)).toBe('(+4)')
  })

  test('a bigger tree: the first level, then the first sub-cause of every box, as long as a whole round fits', () => {
    // 4 causes (with 2, 1, 3 and 0 sub-causes) and 3 effects (1, 1, 0): the shape of the Rabat 2017 tree.
    const tree: Tree = {
      causes: [n('c1', [n('c1a'), n('c1b')]), n('c2', [n('c2a')]), n('c3', [n('c3a'), n('c3b'), n('c3c', [n('c3c1')])]), n('c4')],
      effects: [n('e1', [n('e1a')]), n('e2', [n('e2a')]), n('e3')]
    }
    const all = boxes(problemTreeMermaid(tree, 'Pénurie', labels))
    // 7 + 5 first sub-causes = 12 boxes; the second round (c1b, c3b) would make 14.
    expect(all.map((b) => b.id).filter((id) => id !== 'core_problem')).toEqual(['n_c1', 'n_c1a', 'n_c2', 'n_c2a', 'n_c3', 'n_c3a', 'n_c4', 'n_e1', 'n_e1a', 'n_e2', 'n_e2a', 'n_e3'])
    expect(all.filter((b) => hiddenOf(b) > 0).map((b) => [b.id, hiddenOf(b)])).toEqual([
      ['n_c1', 1],
      ['n_c3', 3]
    ])
    expect(boxes(problemTreeMermaid(tree, 'Pénurie', labels, { maxBoxes: 14, maxChildren: 6 })).map((b) => b.id)).toContain('n_c3b')
  })

  test('labels are shortened to LABEL_MAX and cut into short lines', () => {
    const long = 'Capacité de formation en soins infirmiers polyvalents insuffisante au regard des besoins de la région'
    const [core] = boxes(problemTreeMermaid({ causes: [], effects: [] }, long, labels))
    const text = core!.lines.join(' ')
    expect(text.length).toBeLessThanOrEqual(LABEL_MAX)
    expect(text.endsWith('…')).toBe(true)
    expect(core!.lines.length).toBeGreaterThan(1)
    expect(core!.lines.every((l) => l.length <= 24)).toBe(true)
  })

  test('more than maxChildren direct causes: the rest is counted on the core problem', () => {
    const tree: Tree = { causes: fullTree(9, 1, 'c'), effects: [] }
    const all = boxes(problemTreeMermaid(tree, 'Pénurie', labels))
    expect(all.filter((b) => b.klass === 'cause')).toHaveLength(TREE_CAPS.maxChildren)
    expect(hiddenOf(all.find((b) => b.id === 'core_problem')!)).toBe(9 - TREE_CAPS.maxChildren)
  })

  const nodeAt = (depth: number): fc.Arbitrary<TreeNode> =>
    fc.record({
      id: fc.uuid(),
      text: fc.string({ maxLength: 120 }),
      objective: fc.string({ maxLength: 40 }),
      children: depth === 0 ? fc.constant([]) : fc.array(nodeAt(depth - 1), { maxLength: 3 })
    })
  const treeNode = nodeAt(3)

  test('any tree: at most maxBoxes boxes (or the first level), and every node is drawn or counted once (property)', () => {
    fc.assert(
      fc.property(fc.array(treeNode, { maxLength: 9 }), fc.array(treeNode, { maxLength: 9 }), (causes, effects) => {
        const tree: Tree = { causes, effects }
        const total = countNodes(causes) + countNodes(effects)
        for (const text of [problemTreeMermaid(tree, 'core', labels), objectiveTreeMermaid(toObjectiveTree(tree, 'core', ''), objectiveLabels)]) {
          const all = boxes(text)
          const drawn = all.filter((b) => b.id !== 'core_problem')
          const firstLevel = Math.min(causes.length, TREE_CAPS.maxChildren) + Math.min(effects.length, TREE_CAPS.maxChildren)
          expect(drawn.length).toBeLessThanOrEqual(Math.max(TREE_CAPS.maxBoxes, firstLevel))
          expect(drawn.length + all.reduce((sum, b) => sum + hiddenOf(b), 0)).toBe(total)
          expect(new Set(all.map((b) => b.id)).size).toBe(all.length)
          for (const b of all) {
            const text = b.lines.slice(0, hiddenOf(b) > 0 ? -1 : undefined).join('').replace(/#(lt|gt|amp);/g, '_')
            expect([...text.replace(/ /g, '')].length).toBeLessThanOrEqual(LABEL_MAX)
            expect(b.lines.every((l) => [...l.replace(/#(lt|gt|amp);/g, '_')].length <= 24)).toBe(true)
            // Nothing but our own line breaks can end or reinterpret a label. Our entity codes stand for one
            // character each: '#<;' is written '##lt;;', which mermaid reads back as '#<;' (found by this test).
            for (const line of b.lines) expect(line.replace(/#(lt|gt|amp);/g, '_')).not.toMatch(/["<>`\n\r]|#[A-Za-z0-9]*;/)
          }
        }
      }),
      { numRuns: 150 }
    )
  })
})

describe('documents keep every node of a tree whose picture is cut', () => {
  const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAAMIM/4EAAB/uBfsL2WiLAAAAAElFTkSuQmCC'), (c) => c.charCodeAt(0))
  const textOf = async (project: ReturnType<typeof buildLargeProject>): Promise<string> => {
    const bytes = await buildDocument('evidenceBrief', project, { lang: 'fr', now: '2025-11-20T10:00:00.000Z', images: { problemTree: { data: PNG, widthPx: 600, heightPx: 300 } } })
    const xml = (await unzipStrict(bytes)).parts.get('word/document.xml') ?? ''
    return documentText(xml).replace(/\s+/g, ' ')
  }

  test('the large project: picture, then the causes and effects as text (a hidden sub-cause is there)', async () => {
    const project = buildLargeProject({ seed: 2017, scale: 1, now: '2025-11-20T10:00:00.000Z' })
    expect(problemTreeHiddenCount(project.priority.tree)).toBeGreaterThan(0)
    const deep = project.priority.tree.causes[0]!.children[0]!.children[0]!
    expect(await textOf(project)).toContain(deep.text.replace(/\s+/g, ' ').slice(0, 40))
  }, 60_000)

  test('a tree drawn whole: the picture alone (no text rendition)', async () => {
    const project = buildLargeProject({ seed: 2017, scale: 1, now: '2025-11-20T10:00:00.000Z' })
    const tree = { causes: [{ id: 'c1', text: 'Cause unique ZQXW', objective: '', children: [] }], effects: [] }
    const small = { ...project, priority: { ...project.priority, tree } }
    expect(problemTreeHiddenCount(tree)).toBe(0)
    expect(await textOf(small)).not.toContain('Cause unique ZQXW')
    // Without a picture, the text rendition is there.
    const bytes = await buildDocument('evidenceBrief', small, { lang: 'fr', now: '2025-11-20T10:00:00.000Z', images: {} })
    expect(documentText((await unzipStrict(bytes)).parts.get('word/document.xml') ?? '')).toContain('Cause unique ZQXW')
  }, 60_000)
})
