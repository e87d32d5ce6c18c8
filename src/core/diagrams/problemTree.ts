import type { Tree } from '../analysis/problemTree'
import type { ObjectiveNode, ObjectiveTree } from '../analysis/problemTree'
import { mermaidId, mermaidLabelLines, plainLabelText } from './text'

/**
 * Mermaid flowcharts of the problem tree and of the objective tree, generated from the data. Drawn bottom to
 * top like a real tree: causes (the roots) below the core problem, effects (the branches) above it; a nested
 * cause points to the cause it feeds, an effect to the effects it leads to. Every user text goes through
 * `mermaidLabelLines` (shortened to LABEL_MAX, cut into short lines), so quotes, brackets, HTML and Arabic
 * are safe; node ids come from the stable data ids. A large tree is cut to TREE_CAPS.
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

/** Longest node text (the full text is in the editor and the tables), cut into lines of LINE_CHARS. */
export const LABEL_MAX = 60
const LINE_CHARS = 24

/**
 * What a tree diagram draws at most, so that it stays readable at the width of the screen's column or of
 * an A4 page and quick to draw (every box costs mermaid a few milliseconds of measuring and of copying its
 * configuration): the direct causes and effects (at most `maxChildren` a side), then level by level, in
 * rounds — the first sub-cause of every drawn box, then the second… — as long as a whole round fits in
 * `maxBoxes`. A box whose branch is not all drawn ends with a "(+N)" line: N boxes of its branch are left
 * out (the editor and the tables have them all).
 */
export interface TreeCaps {
  maxBoxes: number
  maxChildren: number
}
export const TREE_CAPS: TreeCaps = { maxBoxes: 12, maxChildren: 6 }

const CORE_ID = 'core_problem'

const FRONT_MATTER = [
  '---',
  'config:',
  // dagre lays a small tree out faster than elk, mermaid 12's default (about 15 % less drawing time here).
  '  layout: dagre',
  '  flowchart:',
  // Wide enough for any pre-cut line: mermaid then measures each line once instead of word by word.
  '    wrappingWidth: 320',
  '    nodeSpacing: 30',
  '    rankSpacing: 40',
  '---'
]

const CLASS_DEFS = [
  '  classDef core fill:#fde8e8,stroke:#9b1c1c,stroke-width:2px,color:#3b0a0a',
  '  classDef cause fill:#fff7e6,stroke:#b45309,color:#3b2200',
  '  classDef effect fill:#eef2ff,stroke:#3730a3,color:#1e1b4b',
  '  classDef goal fill:#e7f6ec,stroke:#166534,stroke-width:2px,color:#052e16',
  '  classDef means fill:#f0fdf4,stroke:#15803d,color:#052e16',
  '  classDef todo fill:#f8fafc,stroke:#64748b,stroke-dasharray:4 3,color:#334155'
]

/** The "(+N)" line of a box with N boxes of its branch left out. */
export const hiddenLine = (n: number): string => `(+${n})`

/** A box label: the text, else the fallback, else a dash (an empty quoted label does not parse). */
const label = (text: string, fallback: string, hidden = 0): string => {
  const shown = [text, fallback].find((t) => plainLabelText(t) !== '') ?? '\u2014'
  return mermaidLabelLines(shown, LABEL_MAX, LINE_CHARS, hidden > 0 ? [hiddenLine(hidden)] : [])
}

const header = (title: string): string[] => [...FRONT_MATTER, 'flowchart BT', `  accTitle: ${plainLabelText(title, 200) || 'diagram'}`]

type Side = 'below' | 'above'

interface Item {
  id: string
  text: string
  klass: string
  children: Item[]
}

/** How to read a data tree (problem or objective nodes) and label one of its nodes. */
interface Source<N> {
  children: (node: N) => N[]
  /** Box text (a quoted label) and class of a node; `hidden` boxes of its branch are left out. */
  item: (node: N, side: Side, hidden: number) => { text: string; klass: string }
  id: (node: N) => string
}

const sizeOf = <N>(node: N, children: (n: N) => N[]): number => 1 + children(node).reduce((sum, c) => sum + sizeOf(c, children), 0)

/** The nodes to draw (see TREE_CAPS): the first level, then whole rounds of children while they fit. */
function choose<N>(below: N[], above: N[], children: (n: N) => N[], caps: TreeCaps): Set<N> {
  let level = [...below.slice(0, caps.maxChildren), ...above.slice(0, caps.maxChildren)]
  const chosen = new Set<N>(level)
  while (level.length > 0) {
    const next: N[] = []
    for (let round = 0; round < caps.maxChildren; round++) {
      const batch = level.map((p) => children(p)[round]).filter((c): c is N => c !== undefined)
      if (batch.length === 0) break
      if (chosen.size + batch.length > caps.maxBoxes) return chosen
      batch.forEach((c) => (chosen.add(c), next.push(c)))
    }
    // Next level in display order (parents in order, then each parent's children in order).
    level = level.flatMap((p) => children(p).filter((c) => next.includes(c)))
  }
  return chosen
}

/** The drawn boxes among `nodes`, and how many boxes of their branches are left out. */
function items<N>(nodes: N[], side: Side, chosen: Set<N>, src: Source<N>): { items: Item[]; hidden: number } {
  const hidden = nodes.filter((n) => !chosen.has(n)).reduce((sum, n) => sum + sizeOf(n, src.children), 0)
  const drawn = nodes
    .filter((n) => chosen.has(n))
    .map((n): Item => {
      const below = items(src.children(n), side, chosen, src)
      return { id: src.id(n), ...src.item(n, side, below.hidden), children: below.items }
    })
  return { items: drawn, hidden }
}

/**
 * How many nodes of a tree its diagram leaves out (0: the whole tree is drawn). A document that shows the
 * picture adds the tree as text when some are left out, so that nothing is lost.
 */
export function problemTreeHiddenCount(tree: Tree, caps: TreeCaps = TREE_CAPS): number {
  const all = [...tree.causes, ...tree.effects].reduce((sum, n) => sum + sizeOf(n, (c) => c.children), 0)
  return all - choose(tree.causes, tree.effects, (n) => n.children, caps).size
}

interface CutTree {
  below: Item[]
  above: Item[]
  /** Direct causes or effects left out (over `maxChildren`), with their branches. */
  hidden: number
}

function cutTree<N>(below: N[], above: N[], src: Source<N>, caps: TreeCaps): CutTree {
  const chosen = choose(below, above, src.children, caps)
  const b = items(below, 'below', chosen, src)
  const a = items(above, 'above', chosen, src)
  return { below: b.items, above: a.items, hidden: b.hidden + a.hidden }
}

function emit(lines: string[], items: Item[], parent: string, side: Side): void {
  for (const item of items) {
    const id = mermaidId('n', item.id)
    lines.push(`  ${id}[${item.text}]:::${item.klass}`)
    // Causes point up to what they feed; effects hang above what leads to them.
    lines.push(side === 'below' ? `  ${id} --> ${parent}` : `  ${parent} --> ${id}`)
    emit(lines, item.children, id, side)
  }
}

/** The problem tree: causes → core problem → effects (cut to TREE_CAPS, see above). */
export function problemTreeMermaid(tree: Tree, coreProblem: string, labels: ProblemTreeLabels, caps: TreeCaps = TREE_CAPS): string {
  const lines = header(labels.title)
  const cutItems = cutTree(tree.causes, tree.effects, {
    children: (n) => n.children,
    id: (n) => n.id,
    item: (n, side, hidden) => ({ text: label(n.text, labels.emptyNode, hidden), klass: side === 'below' ? 'cause' : 'effect' })
  }, caps)
  lines.push(`  ${CORE_ID}[${label(coreProblem, labels.coreMissing, cutItems.hidden)}]:::core`)
  emit(lines, cutItems.below, CORE_ID, 'below')
  emit(lines, cutItems.above, CORE_ID, 'above')
  lines.push(...CLASS_DEFS)
  return `${lines.join('\n')}\n`
}

/** The objective tree: means → core objective (the action) → ends; unrestated nodes are dashed markers. */
export function objectiveTreeMermaid(objectives: ObjectiveTree, labels: ObjectiveTreeLabels, caps: TreeCaps = TREE_CAPS): string {
  const lines = header(labels.title)
  const text = (n: Pick<ObjectiveNode, 'problem' | 'objective' | 'restated'>, fallback: string, hidden: number): string =>
    n.restated ? label(n.objective, fallback, hidden) : label(labels.toRestate(n.problem.trim() || fallback), fallback, hidden)
  const cutItems = cutTree(objectives.means, objectives.ends, {
    children: (n) => n.children,
    id: (n) => n.id,
    item: (n, side, hidden) => ({ text: text(n, labels.emptyNode, hidden), klass: n.restated ? (side === 'below' ? 'means' : 'goal') : 'todo' })
  }, caps)
  const core = objectives.core
  lines.push(`  ${CORE_ID}[${text(core, labels.coreMissing, cutItems.hidden)}]:::${core.restated ? 'goal' : 'todo'}`)
  emit(lines, cutItems.below, CORE_ID, 'below')
  emit(lines, cutItems.above, CORE_ID, 'above')
  lines.push(...CLASS_DEFS)
  return `${lines.join('\n')}\n`
}
