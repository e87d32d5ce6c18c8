import type { TreeNode } from '../model/priority'
import type { Tree } from '../analysis/problemTree'
import type { ObjectiveNode, ObjectiveTree } from '../analysis/problemTree'
import { mermaidId, mermaidLabel, plainLabelText } from './text'

/**
 * Mermaid flowcharts of the problem tree and of the objective tree, generated from the data. Drawn bottom to
 * top like a real tree: causes (the roots) below the core problem, effects (the branches) above it; a nested
 * cause points to the cause it feeds, an effect to the effects it leads to. Every user text goes through
 * `mermaidLabel`, so quotes, brackets, HTML and Arabic are safe; node ids come from the stable data ids.
 */

/** Translated words the diagram needs (the caller passes them in the diagram's language). */
export interface ProblemTreeLabels {
  /** Accessible title of the diagram, e.g. "Arbre à problèmes". */
  title: string
  /** Shown when the core problem has no text yet. */
  coreMissing: string
  /** Shown for a node without text. */
  emptyNode: string
}

export interface ObjectiveTreeLabels extends ProblemTreeLabels {
  /** Marker for a node whose positive restatement is still to write, given the problem text. */
  toRestate: (problem: string) => string
}

const LABEL_MAX = 90
const CORE_ID = 'core_problem'

const CLASS_DEFS = [
  '  classDef core fill:#fde8e8,stroke:#9b1c1c,stroke-width:2px,color:#3b0a0a',
  '  classDef cause fill:#fff7e6,stroke:#b45309,color:#3b2200',
  '  classDef effect fill:#eef2ff,stroke:#3730a3,color:#1e1b4b',
  '  classDef goal fill:#e7f6ec,stroke:#166534,stroke-width:2px,color:#052e16',
  '  classDef means fill:#f0fdf4,stroke:#15803d,color:#052e16',
  '  classDef todo fill:#f8fafc,stroke:#64748b,stroke-dasharray:4 3,color:#334155'
]

const label = (text: string, fallback: string): string => mermaidLabel(text.trim() === '' ? fallback : text, LABEL_MAX)

const header = (title: string): string[] => ['flowchart BT', `  accTitle: ${plainLabelText(title, 200) || 'diagram'}`]

interface Item {
  id: string
  text: string
  klass: string
  children: Item[]
}

function emit(lines: string[], items: Item[], parent: string, side: 'below' | 'above'): void {
  for (const item of items) {
    const id = mermaidId('n', item.id)
    lines.push(`  ${id}[${item.text}]:::${item.klass}`)
    // Causes point up to what they feed; effects hang above what leads to them.
    lines.push(side === 'below' ? `  ${id} --> ${parent}` : `  ${parent} --> ${id}`)
    emit(lines, item.children, id, side)
  }
}

const problemItems = (nodes: TreeNode[], klass: string, labels: ProblemTreeLabels): Item[] =>
  nodes.map((n) => ({ id: n.id, text: label(n.text, labels.emptyNode), klass, children: problemItems(n.children, klass, labels) }))

/** The problem tree: causes → core problem → effects. */
export function problemTreeMermaid(tree: Tree, coreProblem: string, labels: ProblemTreeLabels): string {
  const lines = header(labels.title)
  lines.push(`  ${CORE_ID}[${label(coreProblem, labels.coreMissing)}]:::core`)
  emit(lines, problemItems(tree.causes, 'cause', labels), CORE_ID, 'below')
  emit(lines, problemItems(tree.effects, 'effect', labels), CORE_ID, 'above')
  lines.push(...CLASS_DEFS)
  return `${lines.join('\n')}\n`
}

const objectiveItems = (nodes: ObjectiveNode[], klass: string, labels: ObjectiveTreeLabels): Item[] =>
  nodes.map((n) => ({
    id: n.id,
    text: n.restated ? label(n.objective, labels.emptyNode) : label(labels.toRestate(n.problem.trim() || labels.emptyNode), labels.emptyNode),
    klass: n.restated ? klass : 'todo',
    children: objectiveItems(n.children, klass, labels)
  }))

/** The objective tree: means → core objective (the action) → ends; unrestated nodes are dashed markers. */
export function objectiveTreeMermaid(objectives: ObjectiveTree, labels: ObjectiveTreeLabels): string {
  const lines = header(labels.title)
  const core = objectives.core
  const coreText = core.restated
    ? label(core.objective, labels.coreMissing)
    : label(labels.toRestate(core.problem.trim() || labels.coreMissing), labels.coreMissing)
  lines.push(`  ${CORE_ID}[${coreText}]:::${core.restated ? 'goal' : 'todo'}`)
  emit(lines, objectiveItems(objectives.means, 'means', labels), CORE_ID, 'below')
  emit(lines, objectiveItems(objectives.ends, 'goal', labels), CORE_ID, 'above')
  lines.push(...CLASS_DEFS)
  return `${lines.join('\n')}\n`
}
