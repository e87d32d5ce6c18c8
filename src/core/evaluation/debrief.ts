import { IsoDate, LIMITS } from '../model/common'
import type { Evaluation, Lesson } from '../model/evaluation'
import type { NewId } from '../project/factory'
import { fail, ok, type Result } from '../result'
import { stripUnsafe, stripUnsafeLine } from '../minutes/cleanText'

/** The organisers' debrief: lessons learnt, each assigned to a person (with an optional date). */

export function addLesson(evaluation: Evaluation, newId: NewId): Result<{ evaluation: Evaluation; lesson: Lesson }> {
  if (evaluation.debrief.length >= LIMITS.listItems) {
    return fail('invalidInput', { field: 'debrief', count: evaluation.debrief.length, max: LIMITS.listItems })
  }
  const lesson: Lesson = { id: newId(), lesson: '', owner: '', dueDate: null }
  return ok({ evaluation: { ...evaluation, debrief: [...evaluation.debrief, lesson] }, lesson })
}

export function updateLesson(evaluation: Evaluation, id: string, patch: Partial<Omit<Lesson, 'id'>>): Result<Evaluation> {
  const current = evaluation.debrief.find((l) => l.id === id)
  if (!current) return fail('notFound', { id })
  const next: Lesson = { ...current }
  if (patch.lesson !== undefined) {
    const text = stripUnsafe(patch.lesson)
    if (text.length > LIMITS.longText) return fail('textTooLong', { field: 'lesson', max: LIMITS.longText })
    next.lesson = text
  }
  if (patch.owner !== undefined) {
    const owner = stripUnsafeLine(patch.owner)
    if (owner.length > LIMITS.shortText) return fail('textTooLong', { field: 'owner', max: LIMITS.shortText })
    next.owner = owner
  }
  if (patch.dueDate !== undefined) {
    if (patch.dueDate !== null && !IsoDate.safeParse(patch.dueDate).success) return fail('invalidInput', { field: 'dueDate', count: 1, max: 0 })
    next.dueDate = patch.dueDate
  }
  return ok({ ...evaluation, debrief: evaluation.debrief.map((l) => (l.id === id ? next : l)) })
}

export const removeLesson = (evaluation: Evaluation, id: string): Evaluation => ({
  ...evaluation,
  debrief: evaluation.debrief.filter((l) => l.id !== id)
})

/** Lessons written but not yet given to anyone (the checklist asks for a person on each). */
export const unassignedLessons = (evaluation: Evaluation): Lesson[] =>
  evaluation.debrief.filter((l) => l.lesson.trim() !== '' && l.owner.trim() === '')

/** The people named in the debrief, with how many lessons each holds. */
export function lessonsByPerson(evaluation: Evaluation): { owner: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const l of evaluation.debrief) {
    const o = l.owner.trim()
    if (o) counts.set(o, (counts.get(o) ?? 0) + 1)
  }
  return [...counts.entries()].map(([owner, count]) => ({ owner, count })).sort((a, b) => b.count - a.count || a.owner.localeCompare(b.owner))
}
