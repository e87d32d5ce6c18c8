import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { TreeNode } from '../../../../core/model/priority'
import {
  addNode,
  addSiblingAfter,
  flatten,
  indentNode,
  locate,
  makeNode,
  outdentNode,
  removeNode,
  restatementProgress,
  shiftNode,
  toObjectiveTree,
  updateNode,
  type Tree,
  type TreeSide
} from '../../../../core/analysis/problemTree'
import { objectiveTreeMermaid, problemTreeMermaid } from '../../../../core/diagrams/problemTree'
import { newId } from '../../../../core/project/factory'
import { Diagram } from '../../diagrams'
import { Button, EmptyState, IconButton, Section, TextArea } from '../../components'
import { usePriorityActions } from './usePriority'

interface TreeActions {
  /** The tree as currently shown. */
  tree: Tree
  /** Applies a tree edit (one undo step, or one typing run when `coalesce` is given) and focuses `focusId`. */
  edit: (change: (tree: Tree) => Tree, options?: { focusId?: string; coalesce?: string }) => void
  rtl: boolean
}

const NODE_TEXT = 'tree-node__text'

function NodeItem({ node, side, depth, index, actions }: { node: TreeNode; side: TreeSide; depth: number; index: number; actions: TreeActions }) {
  const { t } = useTranslation('priority')
  const name = node.text.trim() || t('tree.untitled')
  const { edit, rtl } = actions

  const addChild = () => {
    const child = makeNode(newId())
    edit((tree) => addNode(tree, side, node.id, child), { focusId: child.id })
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const inward = rtl ? 'ArrowLeft' : 'ArrowRight'
    const outward = rtl ? 'ArrowRight' : 'ArrowLeft'
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault()
      addChild()
    } else if (e.key === 'Enter' && !e.shiftKey && !e.altKey) {
      e.preventDefault()
      const sibling = makeNode(newId())
      edit((tree) => addSiblingAfter(tree, node.id, sibling), { focusId: sibling.id })
    } else if (e.altKey && e.key === 'ArrowUp') {
      e.preventDefault()
      edit((tree) => shiftNode(tree, node.id, -1), { focusId: node.id })
    } else if (e.altKey && e.key === 'ArrowDown') {
      e.preventDefault()
      edit((tree) => shiftNode(tree, node.id, 1), { focusId: node.id })
    } else if (e.altKey && e.key === inward) {
      e.preventDefault()
      edit((tree) => indentNode(tree, node.id), { focusId: node.id })
    } else if (e.altKey && e.key === outward) {
      e.preventDefault()
      edit((tree) => outdentNode(tree, node.id), { focusId: node.id })
    }
  }

  return (
    <li className="tree-node" data-node-id={node.id}>
      <div className={`tree-node__row tree-node__row--${side}`}>
        <div className="tree-node__fields">
          <input
            className={`input ${NODE_TEXT}`}
            dir="auto"
            value={node.text}
            maxLength={500}
            aria-label={t(side === 'causes' ? 'tree.causeText' : 'tree.effectText', { level: depth + 1 })}
            onKeyDown={onKeyDown}
            onChange={(e) => {
              const text = e.target.value
              edit((tree) => updateNode(tree, node.id, { text }), { coalesce: `priority.tree.${node.id}.text` })
            }}
          />
          <label className="tree-node__objective">
            <span className="tree-node__objective-label">{t('tree.objective')}</span>
            <input
              className="input"
              dir="auto"
              value={node.objective}
              maxLength={500}
              onChange={(e) => {
                const objective = e.target.value
                edit((tree) => updateNode(tree, node.id, { objective }), { coalesce: `priority.tree.${node.id}.objective` })
              }}
            />
          </label>
        </div>
        <div className="tree-node__controls">
          <IconButton icon="+" label={t('tree.addChild', { name })} onClick={addChild} />
          <IconButton
            icon="⇥"
            className="icon-mirror"
            label={t('tree.indent', { name })}
            disabled={index === 0}
            onClick={() => edit((tree) => indentNode(tree, node.id), { focusId: node.id })}
          />
          <IconButton
            icon="⇤"
            className="icon-mirror"
            label={t('tree.outdent', { name })}
            disabled={depth === 0}
            onClick={() => edit((tree) => outdentNode(tree, node.id), { focusId: node.id })}
          />
          <IconButton icon="↑" label={t('tree.moveUp', { name })} onClick={() => edit((tree) => shiftNode(tree, node.id, -1), { focusId: node.id })} />
          <IconButton icon="↓" label={t('tree.moveDown', { name })} onClick={() => edit((tree) => shiftNode(tree, node.id, 1), { focusId: node.id })} />
          <IconButton
            icon="✕"
            className="btn--danger-ghost"
            label={t('tree.remove', { name })}
            onClick={() =>
              edit((tree) => removeNode(tree, node.id), {
                focusId: neighbourAfterRemoval(actions.tree, node.id) ?? undefined
              })
            }
          />
        </div>
      </div>
      {node.children.length > 0 && (
        <ol className="tree-node__children">
          {node.children.map((child, i) => (
            <NodeItem key={child.id} node={child} side={side} depth={depth + 1} index={i} actions={actions} />
          ))}
        </ol>
      )}
    </li>
  )
}

/** The node to focus after removing `id`: the previous one in display order on the same side, else the next. */
function neighbourAfterRemoval(tree: Tree, id: string): string | null {
  const at = locate(tree, id)
  if (!at) return null
  const flat = flatten(tree).filter((l) => l.side === at.side)
  const i = flat.findIndex((l) => l.node.id === id)
  const inside = new Set<string>()
  const collect = (n: TreeNode) => {
    inside.add(n.id)
    n.children.forEach(collect)
  }
  collect(at.node)
  const before = flat.slice(0, i).reverse().find((l) => !inside.has(l.node.id))
  const after = flat.slice(i).find((l) => !inside.has(l.node.id))
  return (before ?? after)?.node.id ?? null
}

function SidePanel({ side, tree, actions }: { side: TreeSide; tree: Tree; actions: TreeActions }) {
  const { t } = useTranslation('priority')
  const nodes = tree[side]
  const add = () => {
    const node = makeNode(newId())
    actions.edit((tr) => addNode(tr, side, null, node), { focusId: node.id })
  }
  return (
    <section className={`tree-panel tree-panel--${side}`} aria-labelledby={`tree-${side}`}>
      <h3 className="subsection-title" id={`tree-${side}`}>
        {t(`tree.${side}`)}
      </h3>
      {nodes.length === 0 ? (
        <EmptyState body={t(side === 'causes' ? 'tree.emptyCauses' : 'tree.emptyEffects')} compact />
      ) : (
        <ol className="tree-node__children tree-node__children--top">
          {nodes.map((n, i) => (
            <NodeItem key={n.id} node={n} side={side} depth={0} index={i} actions={actions} />
          ))}
        </ol>
      )}
      <Button size="small" onClick={add}>
        <span aria-hidden="true">{'+ '}</span>
        {t(side === 'causes' ? 'tree.addCause' : 'tree.addEffect')}
      </Button>
    </section>
  )
}

/** Problem tree editor (nested causes and effects, keyboard-first) with the objective restatements and both diagrams. */
export const ProblemTreeSection = memo(function ProblemTreeSection({ tree, objective, core }: { tree: Tree; objective: string; core: string }) {
  const { t, i18n } = useTranslation('priority')
  const { apply, patch } = usePriorityActions()
  const focusId = useRef<string | null>(null)
  const rootRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const id = focusId.current
    if (!id || !rootRef.current) return
    focusId.current = null
    const item = [...rootRef.current.querySelectorAll<HTMLElement>('[data-node-id]')].find((el) => el.dataset.nodeId === id)
    item?.querySelector<HTMLInputElement>(`.${NODE_TEXT}`)?.focus()
  })

  const actions: TreeActions = {
    tree,
    rtl: i18n.dir(i18n.resolvedLanguage ?? i18n.language) === 'rtl',
    edit: (change, options = {}) => {
      if (options.focusId) focusId.current = options.focusId
      apply((p) => {
        const next = change(p.tree)
        return next === p.tree ? p : { ...p, tree: next }
      }, options.coalesce)
    }
  }

  const objectives = useMemo(() => toObjectiveTree(tree, core, objective), [tree, core, objective])
  const progress = restatementProgress(objectives)
  const problemSource = useMemo(
    () => problemTreeMermaid(tree, core, { coreMissing: t('tree.coreMissing'), emptyNode: t('tree.emptyNode'), title: t('tree.diagramProblem') }),
    [tree, core, t]
  )
  const objectiveSource = useMemo(
    () =>
      objectiveTreeMermaid(objectives, {
        coreMissing: t('tree.coreMissing'),
        emptyNode: t('tree.emptyNode'),
        title: t('tree.diagramObjective'),
        toRestate: (text) => t('tree.toRestate', { text })
      }),
    [objectives, t]
  )

  return (
    <Section title={t('tree.title')} intro={t('tree.intro')} className="priority-tree">
      <div ref={rootRef}>
        <p className="tree__keyboard">{t('tree.keyboard')}</p>
        <div className="tree__core">
          <span className="tree__core-label">{t('tree.core')}</span>
          <p className="tree__core-text" dir="auto">
            {core.trim() || t('tree.coreMissing')}
          </p>
          <p className="field__hint">{t('tree.coreHint')}</p>
        </div>
        <SidePanel side="causes" tree={tree} actions={actions} />
        <SidePanel side="effects" tree={tree} actions={actions} />
        <TextArea
          label={t('tree.coreObjective')}
          hint={t('tree.coreObjectiveHint')}
          value={objective}
          rows={2}
          onChange={(objective) => patch({ objective }, 'priority.objective')}
        />
        <p className="tree__progress" aria-live="polite">
          {t('tree.progress', progress)}
        </p>
      </div>
      <h3 className="subsection-title">{t('tree.diagramsTitle')}</h3>
      <div className="tree__diagrams">
        <div className="tree__diagram">
          <h4 className="tree__diagram-title">{t('tree.diagramProblem')}</h4>
          <Diagram source={problemSource} label={t('tree.diagramProblem')} className="diagram--problem-tree" />
        </div>
        <div className="tree__diagram">
          <h4 className="tree__diagram-title">{t('tree.diagramObjective')}</h4>
          <Diagram source={objectiveSource} label={t('tree.diagramObjective')} className="diagram--objective-tree" />
        </div>
      </div>
    </Section>
  )
})
