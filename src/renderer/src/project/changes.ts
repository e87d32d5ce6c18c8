import type { PatchOp, PatchPath, ProjectSections } from '../../../core/api'
import { PROJECT_SECTION_KEYS } from '../../../core/sections'
import type { Project } from '../../../core/model/project'

/** Past this many patches in one section, the whole section is sent instead (simpler, not much bigger). */
const MAX_PATCHES_PER_SECTION = 32

/** What a save sends: whole sections, and patches inside sections (against the acknowledged state). */
export interface ProjectChanges {
  sections: ProjectSections
  patches: PatchOp[]
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype

/**
 * The patches that turn `a` into `b`, found by reference (the store's states are immutable, so an
 * unchanged part keeps its object and is skipped without being walked): keys of objects set or
 * deleted, arrays spliced between their unchanged head and tail (one item changed in place is walked
 * into, so typing in one minute point sends that point's text only).
 */
function diff(a: unknown, b: unknown, path: PatchPath, out: PatchOp[]): void {
  if (a === b) return
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const key of Object.keys(b)) {
      if (a[key] === b[key]) continue
      if (b[key] === undefined) {
        if (Object.hasOwn(a, key)) out.push({ op: 'del', path: [...path, key] as PatchPath })
      } else if (!Object.hasOwn(a, key)) out.push({ op: 'set', path: [...path, key] as PatchPath, value: b[key] })
      else diff(a[key], b[key], [...path, key] as PatchPath, out)
    }
    for (const key of Object.keys(a)) if (!Object.hasOwn(b, key)) out.push({ op: 'del', path: [...path, key] as PatchPath })
    return
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const shorter = Math.min(a.length, b.length)
    let head = 0
    while (head < shorter && a[head] === b[head]) head++
    let tail = 0
    while (tail < shorter - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
    const removed = a.length - head - tail
    const added = b.length - head - tail
    if (removed === 1 && added === 1) diff(a[head], b[head], [...path, head] as PatchPath, out)
    else if (removed > 0 || added > 0) out.push({ op: 'splice', path, start: head, deleteCount: removed, items: b.slice(head, head + added) })
    return
  }
  out.push({ op: 'set', path, value: b })
}

/** What changed from the acknowledged state `before` to `after`, section by section. */
export function projectChanges(before: Project, after: Project): ProjectChanges {
  const sections: Record<string, unknown> = {}
  const patches: PatchOp[] = []
  for (const key of PROJECT_SECTION_KEYS) {
    if (before[key] === after[key]) continue
    const ops: PatchOp[] = []
    diff(before[key], after[key], [key], ops)
    if (ops.length > MAX_PATCHES_PER_SECTION || ops.some((op) => op.path.length === 1)) sections[key] = after[key]
    else patches.push(...ops)
  }
  return { sections: sections as ProjectSections, patches }
}
