import type { ActionItem, ActionOwner } from '../model/actions'
import type { Project } from '../model/project'
import type { TreeNode } from '../model/priority'

type People = Pick<Project, 'participants' | 'stakeholders'>

/** Someone who can own an action: a participant or a stakeholder of the project. */
export interface OwnerChoice {
  kind: 'participant' | 'stakeholder'
  refId: string
  name: string
  /** Institution or organisation, to tell namesakes apart. */
  detail: string
}

export function ownerChoices(project: People): OwnerChoice[] {
  const participants: OwnerChoice[] = project.participants.map((p) => ({
    kind: 'participant',
    refId: p.id,
    name: p.name,
    detail: p.institution
  }))
  const stakeholders: OwnerChoice[] = project.stakeholders.items.map((s) => ({
    kind: 'stakeholder',
    refId: s.id,
    name: s.abbreviation ? `${s.name} (${s.abbreviation})` : s.name,
    detail: s.organisation
  }))
  return [...participants, ...stakeholders]
}

export const ownerFromChoice = (c: OwnerChoice): ActionOwner => ({ kind: c.kind, refId: c.refId, name: c.name })

export type OwnerState = 'linked' | 'free' | 'deleted' | 'none'

/**
 * Who owns an action now: the participant or stakeholder's current name when it still exists; the stored
 * name, flagged `deleted`, when it was removed from the project (nothing is lost).
 */
export function resolveOwner(owner: ActionOwner, project: People): { name: string; state: OwnerState } {
  if (owner.kind === 'free' || owner.refId === null) {
    return owner.name.trim() ? { name: owner.name, state: 'free' } : { name: '', state: 'none' }
  }
  const found =
    owner.kind === 'participant'
      ? project.participants.find((p) => p.id === owner.refId)
      : project.stakeholders.items.find((s) => s.id === owner.refId)
  if (!found) return { name: owner.name, state: 'deleted' }
  const name = 'abbreviation' in found && found.abbreviation ? `${found.name} (${found.abbreviation})` : found.name
  return { name, state: 'linked' }
}

/** A stable key to filter by owner: the linked person, or the free-text name ignoring case. */
export function ownerKey(owner: ActionOwner): string {
  if (owner.kind !== 'free' && owner.refId !== null) return `${owner.kind}:${owner.refId}`
  const name = owner.name.trim().toLocaleLowerCase()
  return name ? `free:${name}` : 'none'
}

/** The owners that appear in the plan, for the owner filter (sorted by name). */
export function ownersInPlan(items: readonly ActionItem[], project: People): { key: string; name: string; state: OwnerState }[] {
  const seen = new Map<string, { key: string; name: string; state: OwnerState }>()
  for (const item of items) {
    const key = ownerKey(item.owner)
    if (!seen.has(key)) seen.set(key, { key, ...resolveOwner(item.owner, project) })
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name))
}

/** What an action can be linked to: a policy option of the brief, or an objective of the objective tree. */
export interface LinkChoice {
  kind: 'option' | 'objective'
  refId: string
  label: string
}

function objectivesOf(nodes: readonly TreeNode[]): LinkChoice[] {
  return nodes.flatMap((n) => [
    ...(n.objective.trim() ? [{ kind: 'objective' as const, refId: n.id, label: n.objective }] : []),
    ...objectivesOf(n.children)
  ])
}

export function linkChoices(project: Pick<Project, 'evidence' | 'priority'>): LinkChoice[] {
  const options: LinkChoice[] = project.evidence.options.map((o) => ({ kind: 'option', refId: o.id, label: o.title }))
  return [...options, ...objectivesOf(project.priority.tree.causes)]
}

/** The label of an action's link, or `deleted` when the option/objective is gone. */
export function resolveLink(
  link: ActionItem['linkedTo'],
  project: Pick<Project, 'evidence' | 'priority'>
): { label: string; state: 'none' | 'linked' | 'deleted' } {
  if (link.kind === 'none' || link.refId === null) return { label: '', state: 'none' }
  const found = linkChoices(project).find((c) => c.kind === link.kind && c.refId === link.refId)
  return found ? { label: found.label, state: 'linked' } : { label: '', state: 'deleted' }
}
