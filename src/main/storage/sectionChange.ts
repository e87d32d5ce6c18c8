import { z } from 'zod'
import { PROJECT_SECTION_KEYS, ProjectSections, type PatchOp, type ProjectSectionKey } from '../../core/api'
import type { Project } from '../../core/model/project'
import { AppFailure } from '../../core/result'
import { BOOKKEEPING, contentWeight, ITEM_WEIGHT } from './shrinkGuard'

/** What one incremental save changes: whole sections, then patches inside sections (in this order). */
export interface SectionChange {
  sections?: ProjectSections
  patches?: readonly PatchOp[]
}

type Key = string | number

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype

const badPatch = (path: readonly Key[], why: string): AppFailure =>
  new AppFailure('invalidInput', { field: `patches:${path.join('.')}`, reason: why })

/** A copy of `node` with the value at `path` (from `depth` on) replaced by `change(value)`; copies only along the path. */
function withChange(node: unknown, path: readonly Key[], depth: number, change: (target: unknown) => unknown): unknown {
  if (depth === path.length) return change(node)
  const key = path[depth] as Key
  if (Array.isArray(node)) {
    if (typeof key !== 'number' || key >= node.length) throw badPatch(path, `no index ${String(key)}`)
    const copy = node.slice()
    copy[key] = withChange(node[key], path, depth + 1, change)
    return copy
  }
  if (isPlainObject(node)) {
    if (typeof key !== 'string' || !Object.hasOwn(node, key)) throw badPatch(path, `no key ${String(key)}`)
    return { ...node, [key]: withChange(node[key], path, depth + 1, change) }
  }
  throw badPatch(path, 'not a container')
}

function applyOp(project: Project, op: PatchOp): Project {
  const path = op.path as readonly Key[]
  const root = project as unknown as Record<string, unknown>
  switch (op.op) {
    case 'set':
    case 'del': {
      const parentPath = path.slice(0, -1)
      const last = path[path.length - 1] as Key
      return withChange(root, parentPath, 0, (parent) => {
        if (Array.isArray(parent)) {
          if (op.op === 'del' || typeof last !== 'number' || last > parent.length) throw badPatch(path, 'bad array index')
          const copy = parent.slice()
          copy[last] = op.value
          return copy
        }
        if (!isPlainObject(parent) || typeof last !== 'string') throw badPatch(path, 'not an object key')
        if (op.op === 'del') {
          const copy = { ...parent }
          delete copy[last]
          return copy
        }
        return { ...parent, [last]: op.value }
      }) as Project
    }
    case 'splice':
      return withChange(root, path, 0, (array) => {
        if (!Array.isArray(array)) throw badPatch(path, 'not an array')
        if (op.start > array.length || op.start + op.deleteCount > array.length) throw badPatch(path, 'splice out of range')
        const copy = array.slice()
        copy.splice(op.start, op.deleteCount, ...op.items)
        return copy
      }) as Project
  }
}

/**
 * Applies a change to a project, structurally only (the values are checked by `validateSections`):
 * whole sections replaced, then each patch. Throws `invalidInput` when a patch does not fit the
 * project (a path that does not exist, a splice out of range). Returns the sections touched.
 */
export function applyChange(project: Project, change: SectionChange): { project: Project; touched: ProjectSectionKey[] } {
  const touched = new Set<ProjectSectionKey>()
  let next: Project = project
  if (change.sections) {
    const replaced: Record<string, unknown> = {}
    for (const key of PROJECT_SECTION_KEYS) {
      if (change.sections[key] === undefined) continue
      replaced[key] = change.sections[key]
      touched.add(key)
    }
    if (touched.size > 0) next = { ...next, ...replaced }
  }
  for (const op of change.patches ?? []) {
    next = applyOp(next, op)
    touched.add(op.path[0])
  }
  return { project: next, touched: PROJECT_SECTION_KEYS.filter((k) => touched.has(k)) }
}

/**
 * The project with each of `keys` parsed by its section schema (defaults applied); throws the ZodError
 * of the first section that does not validate. Sections not named are not parsed again: they are
 * what was validated before.
 */
export function validateSections(project: Project, keys: readonly ProjectSectionKey[]): Project {
  if (keys.length === 0) return project
  const picked: Record<string, unknown> = {}
  for (const key of keys) picked[key] = project[key]
  return { ...project, ...ProjectSections.parse(picked) }
}

// ─── Validating a patch where it lands ───────────────────────────────────────────────────────────

/** Strips the wrappers that do not change the shape of a place (defaults, optional, nullable). */
function bare(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema
  for (;;) {
    if (s instanceof z.ZodDefault || s instanceof z.ZodPrefault || s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType
    else return s
  }
}

/** The schema of the place at `path` under `schema` (null when the schema is not a plain object/array tree). */
function schemaAt(schema: z.ZodType, path: readonly Key[]): z.ZodType | null {
  let s: z.ZodType = schema
  for (const key of path) {
    const b = bare(s)
    if (b instanceof z.ZodObject && typeof key === 'string') {
      const next = (b.shape as Record<string, z.ZodType | undefined>)[key]
      if (!next || !Object.hasOwn(b.shape, key)) return null
      s = next
    } else if (b instanceof z.ZodArray && typeof key === 'number') s = b.element as z.ZodType
    else return null
  }
  return s
}

/** The largest length an array schema accepts (Infinity when unbounded). */
function maxLengthOf(schema: z.ZodArray): number {
  let max = Infinity
  for (const check of (schema._zod.def.checks ?? []) as { _zod: { def: { check?: string; maximum?: number } } }[]) {
    const def = check._zod.def
    if (def.check === 'max_length' && typeof def.maximum === 'number') max = Math.min(max, def.maximum)
  }
  return max
}

const valueAt = (root: unknown, path: readonly Key[]): unknown => {
  let v: unknown = root
  for (const key of path) v = v === null || typeof v !== 'object' ? undefined : (v as Record<Key, unknown>)[key]
  return v
}

/** The change in `contentWeight` of the project when the value at `path` goes from `before` to `after`. */
function weightDelta(path: readonly Key[], before: unknown, after: unknown): number {
  // Bookkeeping fields (ids, dates…) do not count, at any depth.
  if (path.some((k) => typeof k === 'string' && BOOKKEEPING.has(k))) return 0
  const inArray = typeof path[path.length - 1] === 'number'
  const w = (v: unknown) => (v === undefined ? 0 : contentWeight(v) + (inArray ? ITEM_WEIGHT : 0))
  return w(after) - w(before)
}

export interface CheckedChange {
  project: Project
  /** Sections changed, in `PROJECT_SECTION_KEYS` order. */
  touched: ProjectSectionKey[]
  /**
   * For each section changed by patches only: how much its `contentWeight` changed (the shrink guard
   * keeps each section's weight). Sections replaced whole, or validated whole, are not in it.
   */
  weightDeltas: Map<ProjectSectionKey, number>
}

/**
 * Applies a change and validates what it touched: each patch's values with the schema of the place
 * they land in (a new minute point with the minute-point schema, an edited field with that field's),
 * and the length of a spliced array against its maximum; a patch the schema tree cannot follow, or a
 * `del`, makes its whole section validated instead. Whole sections are validated unless the caller
 * says they already were (the channel contract parsed them). Throws `invalidInput` or a ZodError.
 */
export function applyChecked(project: Project, change: SectionChange, options: { sectionsParsed: boolean }): CheckedChange {
  const touched = new Set<ProjectSectionKey>()
  const wholeCheck = new Set<ProjectSectionKey>()
  const weightDeltas = new Map<ProjectSectionKey, number>()
  let next: Project = project
  if (change.sections) {
    const applied = applyChange(next, { sections: change.sections })
    next = applied.project
    for (const key of applied.touched) {
      touched.add(key)
      if (!options.sectionsParsed) wholeCheck.add(key)
    }
  }
  const shapes = ProjectSections.shape as Record<ProjectSectionKey, z.ZodType>
  for (const op of change.patches ?? []) {
    const section = op.path[0]
    touched.add(section)
    const path = op.path as readonly Key[]
    const sectionSchema = shapes[section]
    let checked: PatchOp = op
    let delta = 0
    if (!wholeCheck.has(section) && !(change.sections && change.sections[section] !== undefined)) {
      if (op.op === 'set') {
        const place = schemaAt(sectionSchema, path.slice(1))
        if (place) {
          const value = place.parse(op.value)
          checked = { ...op, value }
          delta = weightDelta(path, valueAt(next, path), value)
        } else wholeCheck.add(section)
      } else if (op.op === 'splice') {
        const array = schemaAt(sectionSchema, path.slice(1))
        const bareArray = array ? bare(array) : null
        if (bareArray instanceof z.ZodArray) {
          const element = bareArray.element as z.ZodType
          const items = op.items.map((item) => element.parse(item))
          checked = { ...op, items }
          const current = valueAt(next, path)
          const length = Array.isArray(current) ? current.length - op.deleteCount + items.length : 0
          if (length > maxLengthOf(bareArray)) throw badPatch(path, 'too many items')
          const removed = Array.isArray(current) ? current.slice(op.start, op.start + op.deleteCount) : []
          delta = items.reduce<number>((sum, item) => sum + ITEM_WEIGHT + contentWeight(item), 0) - removed.reduce<number>((sum, item) => sum + ITEM_WEIGHT + contentWeight(item), 0)
          if (path.some((k) => typeof k === 'string' && BOOKKEEPING.has(k))) delta = 0
        } else wholeCheck.add(section)
      } else wholeCheck.add(section)
    }
    next = applyOp(next, checked)
    weightDeltas.set(section, (weightDeltas.get(section) ?? 0) + delta)
  }
  for (const key of wholeCheck) weightDeltas.delete(key)
  for (const key of touched) if (change.sections && change.sections[key] !== undefined) weightDeltas.delete(key)
  next = validateSections(next, [...wholeCheck])
  return { project: next, touched: PROJECT_SECTION_KEYS.filter((k) => touched.has(k)), weightDeltas }
}
