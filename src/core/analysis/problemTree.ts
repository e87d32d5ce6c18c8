import type { Priority, TreeNode } from '../model/priority'

/**
 * The problem tree (arbre à problèmes): causes below the core problem, effects above it, each side a forest
 * of nested nodes. Every edit returns a new tree (nothing is mutated) and leaves the tree unchanged when the
 * node is not found or the move is impossible (e.g. moving a node under its own descendant).
 */
export type Tree = { causes: TreeNode[]; effects: TreeNode[] }
export type TreeSide = keyof Tree
export const TREE_SIDES: readonly TreeSide[] = ['causes', 'effects']

/** Where a node sits: its side, its parent (null at the top level), its index among its siblings, its depth. */
export interface NodeLocation {
  side: TreeSide
  parentId: string | null
  index: number
  depth: number
  node: TreeNode
}

/** Depth-first walk in display order (parent before children). */
export function walk(nodes: TreeNode[], visit: (node: TreeNode, depth: number, parent: TreeNode | null) => void, depth = 0, parent: TreeNode | null = null): void {
  for (const node of nodes) {
    visit(node, depth, parent)
    walk(node.children, visit, depth + 1, node)
  }
}

/** Every node of the tree in display order, with its location. */
export function flatten(tree: Tree): NodeLocation[] {
  const out: NodeLocation[] = []
  for (const side of TREE_SIDES) {
    const visit = (nodes: TreeNode[], parentId: string | null, depth: number) =>
      nodes.forEach((node, index) => {
        out.push({ side, parentId, index, depth, node })
        visit(node.children, node.id, depth + 1)
      })
    visit(tree[side], null, 0)
  }
  return out
}

export const locate = (tree: Tree, id: string): NodeLocation | null => flatten(tree).find((l) => l.node.id === id) ?? null

export function countNodes(nodes: TreeNode[]): number {
  let n = 0
  walk(nodes, () => n++)
  return n
}

/** Applies `change` to the sibling list that contains `id` (or the top level when parentId is null). */
function mapSiblings(nodes: TreeNode[], parentId: string | null, change: (siblings: TreeNode[]) => TreeNode[]): TreeNode[] {
  if (parentId === null) return change(nodes)
  return nodes.map((n) =>
    n.id === parentId ? { ...n, children: change(n.children) } : { ...n, children: mapSiblings(n.children, parentId, change) }
  )
}

const withSide = (tree: Tree, side: TreeSide, nodes: TreeNode[]): Tree => ({ ...tree, [side]: nodes })

/** A fresh node. */
export const makeNode = (id: string, text = '', objective = ''): TreeNode => ({ id, text, objective, children: [] })

/**
 * Adds a node under `parentId` (null: at the top level of `side`) at `index` (default: last). An unknown
 * parent leaves the tree unchanged.
 */
export function addNode(tree: Tree, side: TreeSide, parentId: string | null, node: TreeNode, index?: number): Tree {
  if (parentId !== null) {
    const parent = locate(tree, parentId)
    if (!parent || parent.side !== side) return tree
  }
  const insert = (siblings: TreeNode[]) => {
    const at = index === undefined ? siblings.length : Math.max(0, Math.min(index, siblings.length))
    return [...siblings.slice(0, at), node, ...siblings.slice(at)]
  }
  return withSide(tree, side, mapSiblings(tree[side], parentId, insert))
}

/** Adds a sibling right after `id` (what Enter does in the editor). */
export function addSiblingAfter(tree: Tree, id: string, node: TreeNode): Tree {
  const at = locate(tree, id)
  return at ? addNode(tree, at.side, at.parentId, node, at.index + 1) : tree
}

/** Changes a node's text and/or objective. */
export function updateNode(tree: Tree, id: string, patch: Partial<Pick<TreeNode, 'text' | 'objective'>>): Tree {
  const at = locate(tree, id)
  if (!at) return tree
  const change = (nodes: TreeNode[]): TreeNode[] => nodes.map((n) => (n.id === id ? { ...n, ...patch } : n))
  return withSide(tree, at.side, mapSiblings(tree[at.side], at.parentId, change))
}

/** Removes a node and everything under it. */
export function removeNode(tree: Tree, id: string): Tree {
  const at = locate(tree, id)
  if (!at) return tree
  return withSide(tree, at.side, mapSiblings(tree[at.side], at.parentId, (s) => s.filter((n) => n.id !== id)))
}

const isInside = (node: TreeNode, id: string): boolean => node.id === id || node.children.some((c) => isInside(c, id))

/**
 * Moves a node (with its subtree) under `parentId` (null: top level) of `side`, at `index` among the new
 * siblings (counted without the moved node). Moving a node into itself or its descendants is refused.
 */
export function moveNode(tree: Tree, id: string, side: TreeSide, parentId: string | null, index?: number): Tree {
  const at = locate(tree, id)
  if (!at) return tree
  if (parentId !== null) {
    const target = locate(tree, parentId)
    if (!target || target.side !== side || isInside(at.node, parentId)) return tree
  }
  return addNode(removeNode(tree, id), side, parentId, at.node, index)
}

/** Moves a node one place up or down among its siblings (Alt+↑ / Alt+↓). */
export function shiftNode(tree: Tree, id: string, delta: -1 | 1): Tree {
  const at = locate(tree, id)
  if (!at) return tree
  const to = at.index + delta
  const siblings = at.parentId === null ? tree[at.side] : (locate(tree, at.parentId)?.node.children ?? [])
  if (to < 0 || to >= siblings.length) return tree
  return moveNode(tree, id, at.side, at.parentId, to)
}

/** Makes a node the last child of its previous sibling (Tab). The first sibling cannot be indented. */
export function indentNode(tree: Tree, id: string): Tree {
  const at = locate(tree, id)
  if (!at || at.index === 0) return tree
  const siblings = at.parentId === null ? tree[at.side] : (locate(tree, at.parentId)?.node.children ?? [])
  const previous = siblings[at.index - 1]
  return previous ? moveNode(tree, id, at.side, previous.id) : tree
}

/** Makes a node the next sibling of its parent (Shift+Tab). A top-level node stays where it is. */
export function outdentNode(tree: Tree, id: string): Tree {
  const at = locate(tree, id)
  if (!at || at.parentId === null) return tree
  const parent = locate(tree, at.parentId)
  return parent ? moveNode(tree, id, at.side, parent.parentId, parent.index + 1) : tree
}

/** The core problem's text: the chosen candidate's title, else the statement's first line. */
export function coreProblemOf(priority: Pick<Priority, 'candidates' | 'chosenProblemId' | 'statement'>): string {
  const chosen = priority.candidates.find((c) => c.id === priority.chosenProblemId)
  if (chosen && chosen.title.trim() !== '') return chosen.title
  return priority.statement.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? ''
}

/* ------------------------------------------------------------------ objective tree -------------- */

/**
 * A node of the objective tree (arbre à objectifs): the problem node's positive restatement when the user
 * wrote one, otherwise a marker that the restatement is still to write (`restated: false`), carrying the
 * problem text so the screen and the diagram can say "to restate: …" in the user's language.
 */
export interface ObjectiveNode {
  id: string
  problem: string
  objective: string
  restated: boolean
  children: ObjectiveNode[]
}

export interface ObjectiveTree {
  /** The core objective: the action that restates the core problem positively. */
  core: { problem: string; objective: string; restated: boolean }
  /** Means (from the causes). */
  means: ObjectiveNode[]
  /** Ends (from the effects). */
  ends: ObjectiveNode[]
}

const toObjective = (node: TreeNode): ObjectiveNode => {
  const objective = node.objective.trim()
  return {
    id: node.id,
    problem: node.text,
    objective,
    restated: objective.length > 0,
    children: node.children.map(toObjective)
  }
}

/** Turns the problem tree into the objective tree: causes become means, effects ends, the core an action. */
export function toObjectiveTree(tree: Tree, coreProblem: string, coreObjective: string): ObjectiveTree {
  const objective = coreObjective.trim()
  return {
    core: { problem: coreProblem, objective, restated: objective.length > 0 },
    means: tree.causes.map(toObjective),
    ends: tree.effects.map(toObjective)
  }
}

/** How much of the objective tree is written: restated nodes (core included) over all nodes. */
export function restatementProgress(objectives: ObjectiveTree): { restated: number; total: number } {
  let restated = objectives.core.restated ? 1 : 0
  let total = 1
  const visit = (nodes: ObjectiveNode[]) =>
    nodes.forEach((n) => {
      total++
      if (n.restated) restated++
      visit(n.children)
    })
  visit(objectives.means)
  visit(objectives.ends)
  return { restated, total }
}
