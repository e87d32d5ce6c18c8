import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { Priority, type TreeNode } from '../../../src/core/model/priority'
import {
  addNode,
  addSiblingAfter,
  coreProblemOf,
  countNodes,
  flatten,
  indentNode,
  locate,
  makeNode,
  moveNode,
  outdentNode,
  removeNode,
  restatementProgress,
  shiftNode,
  toObjectiveTree,
  updateNode,
  type Tree
} from '../../../src/core/analysis/problemTree'

const node = (id: string, text: string, children: TreeNode[] = [], objective = ''): TreeNode => ({ id, text, objective, children })

/** The Rabat shape: nested causes, two effects. */
const sample = (): Tree => ({
  causes: [
    node('training', 'Capacité de formation insuffisante', [node('ispits', 'Places limitées dans les ISPITS'), node('budget', 'Budget de formation faible')]),
    node('retention', 'Faible rétention en zone rurale', [node('housing', 'Pas de logement de fonction')])
  ],
  effects: [node('access', 'Centres de santé ruraux fermés'), node('load', 'Surcharge des équipes en place')]
})

const ids = (nodes: TreeNode[]): unknown => nodes.map((n) => (n.children.length ? [n.id, ids(n.children)] : n.id))

describe('problem tree edits', () => {
  test('adds at the top level, under a parent, and at an index', () => {
    let t = addNode(sample(), 'causes', null, makeNode('policy', 'Pas de politique de motivation'))
    t = addNode(t, 'causes', 'retention', makeNode('salary', 'Indemnités faibles'), 0)
    t = addNode(t, 'effects', null, makeNode('first', 'Renoncement aux soins'), 0)
    expect(ids(t.causes)).toEqual([['training', ['ispits', 'budget']], ['retention', ['salary', 'housing']], 'policy'])
    expect(ids(t.effects)).toEqual(['first', 'access', 'load'])
  })

  test('adding under a parent of the other side or an unknown parent changes nothing', () => {
    const t = sample()
    expect(addNode(t, 'effects', 'training', makeNode('x'))).toBe(t)
    expect(addNode(t, 'causes', 'nope', makeNode('x'))).toBe(t)
  })

  test('adds a sibling right after a node (Enter)', () => {
    const t = addSiblingAfter(sample(), 'ispits', makeNode('teachers', 'Manque de formateurs'))
    expect(ids(t.causes)).toEqual([['training', ['ispits', 'teachers', 'budget']], ['retention', ['housing']]])
  })

  test('updates text and objective without touching other nodes', () => {
    const before = sample()
    const t = updateNode(before, 'housing', { objective: 'Logements de fonction construits' })
    expect(locate(t, 'housing')!.node).toMatchObject({ text: 'Pas de logement de fonction', objective: 'Logements de fonction construits' })
    expect(t.effects).toBe(before.effects)
    expect(locate(before, 'housing')!.node.objective).toBe('')
  })

  test('removes a node with its subtree', () => {
    const t = removeNode(sample(), 'training')
    expect(ids(t.causes)).toEqual([['retention', ['housing']]])
    expect(countNodes(t.causes)).toBe(2)
  })

  test('moves a subtree under another parent, even across sides', () => {
    const t = moveNode(sample(), 'retention', 'causes', 'training', 0)
    expect(ids(t.causes)).toEqual([['training', [['retention', ['housing']], 'ispits', 'budget']]])
    const crossed = moveNode(sample(), 'load', 'causes', null)
    expect(ids(crossed.effects)).toEqual(['access'])
    expect(ids(crossed.causes)).toContain('load')
  })

  test('refuses to move a node into itself or its descendants', () => {
    const t = sample()
    expect(moveNode(t, 'training', 'causes', 'ispits')).toBe(t)
    expect(moveNode(t, 'training', 'causes', 'training')).toBe(t)
  })

  test('shifts among siblings and stops at the ends (Alt+↑ / Alt+↓)', () => {
    const down = shiftNode(sample(), 'ispits', 1)
    expect(ids(down.causes)).toEqual([['training', ['budget', 'ispits']], ['retention', ['housing']]])
    const t = sample()
    expect(shiftNode(t, 'ispits', -1)).toBe(t)
    expect(shiftNode(t, 'retention', 1)).toBe(t)
    expect(ids(shiftNode(t, 'retention', -1).causes)).toEqual([['retention', ['housing']], ['training', ['ispits', 'budget']]])
  })

  test('indents under the previous sibling (Tab) and outdents after the parent (Shift+Tab)', () => {
    const indented = indentNode(sample(), 'retention')
    expect(ids(indented.causes)).toEqual([['training', ['ispits', 'budget', ['retention', ['housing']]]]])
    const outdented = outdentNode(sample(), 'ispits')
    expect(ids(outdented.causes)).toEqual([['training', ['budget']], 'ispits', ['retention', ['housing']]])
    const t = sample()
    expect(indentNode(t, 'training')).toBe(t)
    expect(outdentNode(t, 'training')).toBe(t)
  })

  test('flatten lists nodes in display order with depth and parent', () => {
    const flat = flatten(sample())
    expect(flat.map((l) => [l.side, l.node.id, l.parentId, l.depth])).toEqual([
      ['causes', 'training', null, 0],
      ['causes', 'ispits', 'training', 1],
      ['causes', 'budget', 'training', 1],
      ['causes', 'retention', null, 0],
      ['causes', 'housing', 'retention', 1],
      ['effects', 'access', null, 0],
      ['effects', 'load', null, 0]
    ])
  })

  test('random edit sequences keep every node exactly once and the tree schema-valid (property)', () => {
    const allIds = ['training', 'ispits', 'budget', 'retention', 'housing', 'access', 'load']
    const op = fc.oneof(
      fc.record({ kind: fc.constant('indent' as const), id: fc.constantFrom(...allIds) }),
      fc.record({ kind: fc.constant('outdent' as const), id: fc.constantFrom(...allIds) }),
      fc.record({ kind: fc.constant('shift' as const), id: fc.constantFrom(...allIds), delta: fc.constantFrom(-1 as const, 1 as const) }),
      fc.record({
        kind: fc.constant('move' as const),
        id: fc.constantFrom(...allIds),
        side: fc.constantFrom('causes' as const, 'effects' as const),
        parent: fc.option(fc.constantFrom(...allIds), { nil: null })
      })
    )
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let t = sample()
        for (const o of ops) {
          if (o.kind === 'indent') t = indentNode(t, o.id)
          else if (o.kind === 'outdent') t = outdentNode(t, o.id)
          else if (o.kind === 'shift') t = shiftNode(t, o.id, o.delta)
          else t = moveNode(t, o.id, o.side, o.parent)
        }
        const seen = flatten(t).map((l) => l.node.id)
        expect([...seen].sort()).toEqual([...allIds].sort())
        expect(Priority.shape.tree.parse(t)).toEqual(t)
      })
    )
  })
})

describe('objective tree', () => {
  test('each node becomes its objective, or a marker that keeps the problem text', () => {
    const t = updateNode(sample(), 'training', { objective: '  Capacité de formation des ISPITS augmentée ' })
    const o = toObjectiveTree(t, 'Pénurie des infirmiers polyvalents', 'Disposer d’infirmiers polyvalents en nombre suffisant')
    expect(o.core).toEqual({
      problem: 'Pénurie des infirmiers polyvalents',
      objective: 'Disposer d’infirmiers polyvalents en nombre suffisant',
      restated: true
    })
    expect(o.means[0]).toMatchObject({ id: 'training', objective: 'Capacité de formation des ISPITS augmentée', restated: true })
    expect(o.means[0]!.children[0]).toEqual({ id: 'ispits', problem: 'Places limitées dans les ISPITS', objective: '', restated: false, children: [] })
    expect(o.ends.map((e) => e.id)).toEqual(['access', 'load'])
  })

  test('the structure is kept node for node', () => {
    const o = toObjectiveTree(sample(), 'x', '')
    const shape = (nodes: { id: string; children: unknown[] }[]): unknown => nodes.map((n) => [n.id, shape(n.children as never)])
    expect(shape(o.means)).toEqual(shape(sample().causes as never))
    expect(o.core.restated).toBe(false)
  })

  test('restatement progress counts the core and every node', () => {
    let t = sample()
    t = updateNode(t, 'access', { objective: 'Centres ruraux ouverts' })
    expect(restatementProgress(toObjectiveTree(t, 'x', 'y'))).toEqual({ restated: 2, total: 8 })
  })
})

describe('core problem text', () => {
  test('the chosen candidate title, else the statement’s first line, else empty', () => {
    const p = Priority.parse({
      candidates: [{ id: 'n', title: 'Pénurie des infirmiers polyvalents' }],
      chosenProblemId: 'n',
      statement: 'Autre'
    })
    expect(coreProblemOf(p)).toBe('Pénurie des infirmiers polyvalents')
    expect(coreProblemOf({ ...p, chosenProblemId: null, statement: '\n  Première ligne\nSuite' })).toBe('Première ligne')
    expect(coreProblemOf({ ...p, chosenProblemId: null, statement: '' })).toBe('')
  })
})
