import { describe, expect, test } from 'vitest'
import type { TreeNode } from '../../../src/core/model/priority'
import { toObjectiveTree, type Tree } from '../../../src/core/analysis/problemTree'
import { objectiveTreeMermaid, problemTreeMermaid } from '../../../src/core/diagrams/problemTree'

const node = (id: string, text: string, children: TreeNode[] = [], objective = ''): TreeNode => ({ id, text, objective, children })
const labels = { title: 'Arbre à problèmes', coreMissing: 'Problème central à préciser', emptyNode: '(sans texte)' }

const tree: Tree = {
  causes: [node('training', 'Formation insuffisante', [node('ispits', 'Places limitées (ISPITS)')], 'Formation renforcée')],
  effects: [node('closed', 'Dispensaires fermés', [node('travel', 'Longs trajets')])]
}

describe('problem tree mermaid text', () => {
  const text = problemTreeMermaid(tree, 'Pénurie des infirmiers polyvalents', labels)
  const lines = text.trim().split('\n').map((l) => l.trim())

  test('is a bottom-to-top flowchart with an accessible title, laid out by dagre', () => {
    const start = lines.indexOf('flowchart BT')
    expect(lines.slice(0, start)).toContain('layout: dagre')
    expect(lines[start + 1]).toBe('accTitle: Arbre à problèmes')
  })

  test('causes point to what they feed, the core problem points to its effects', () => {
    // Long labels are cut into short lines (mermaid then measures each line once).
    expect(lines).toContain('core_problem["Pénurie des infirmiers<br>polyvalents"]:::core')
    expect(lines).toContain('n_training["Formation insuffisante"]:::cause')
    expect(lines).toContain('n_training --> core_problem')
    expect(lines).toContain('n_ispits --> n_training')
    expect(lines).toContain('core_problem --> n_closed')
    expect(lines).toContain('n_closed --> n_travel')
    expect(lines).toContain('n_travel["Longs trajets"]:::effect')
  })

  test('labels are quoted: brackets stay readable, quotes and markup never reach mermaid raw', () => {
    expect(lines).toContain('n_ispits["Places limitées (ISPITS)"]:::cause')
  })

  test('empty texts get the translated placeholders', () => {
    const empty = problemTreeMermaid({ causes: [node('x', '  ')], effects: [] }, ' ', labels)
    expect(empty).toContain('core_problem["Problème central à<br>préciser"]')
    expect(empty).toContain('n_x["(sans texte)"]')
  })

  test('the same data gives the same text (stable for exports and tests)', () => {
    expect(problemTreeMermaid(tree, 'Pénurie des infirmiers polyvalents', labels)).toBe(text)
  })
})

describe('objective tree mermaid text', () => {
  const o = toObjectiveTree(tree, 'Pénurie des infirmiers polyvalents', 'Infirmiers polyvalents en nombre suffisant')
  const text = objectiveTreeMermaid(o, { ...labels, title: 'Arbre à objectifs', toRestate: (p) => `À reformuler : ${p}` })

  test('restated nodes show their objective; others a dashed "to restate" marker', () => {
    expect(text).toContain('core_problem["Infirmiers polyvalents<br>en nombre suffisant"]:::goal')
    expect(text).toContain('n_training["Formation renforcée"]:::means')
    expect(text).toContain('n_ispits["À reformuler : Places<br>limitées (ISPITS)"]:::todo')
    expect(text).toContain('n_closed["À reformuler :<br>Dispensaires fermés"]:::todo')
    expect(text).toContain('n_training --> core_problem')
    expect(text).toContain('core_problem --> n_closed')
  })

  test('an unrestated core shows the marker with the core problem', () => {
    const bare = objectiveTreeMermaid(toObjectiveTree(tree, 'Pénurie', ''), { ...labels, toRestate: (p) => `À reformuler : ${p}` })
    expect(bare).toContain('core_problem["À reformuler : Pénurie"]:::todo')
  })
})
