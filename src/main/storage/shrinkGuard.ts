/**
 * A rough measure of how much a user wrote in a project: the characters of every text, plus a few
 * points per list item (a row with empty cells still took a click). Ids, dates and other bookkeeping
 * fields are left out so that they do not hide a loss of real content.
 */
export const BOOKKEEPING: ReadonlySet<string> = new Set(['id', 'schemaVersion', 'createdAt', 'updatedAt', 'trashedAt', 'sample', 'docLanguage'])
export const ITEM_WEIGHT = 10

export function contentWeight(value: unknown): number {
  if (typeof value === 'string') return value.trim().length
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + ITEM_WEIGHT + contentWeight(item), 0)
  if (typeof value === 'object' && value !== null) {
    let sum = 0
    for (const [key, v] of Object.entries(value)) if (!BOOKKEEPING.has(key)) sum += contentWeight(v)
    return sum
  }
  return 0
}

export interface ShrinkRule {
  /** Below this weight on disk a project is too small for the guard to matter (default 400). */
  minWeight: number
  /** A save keeping less than this share of the weight on disk asks for confirmation (default 0.5). */
  keepRatio: number
}

export const DEFAULT_SHRINK_RULE: ShrinkRule = { minWeight: 400, keepRatio: 0.5 }

/**
 * Whether writing `next` over `previous` would drop most of the project's content — what a logic bug
 * (an empty or stale state sent by the UI) looks like. Such a save needs the user's confirmation.
 */
export function dropsMostContent(
  previous: unknown,
  next: unknown,
  rule: ShrinkRule = DEFAULT_SHRINK_RULE
): { before: number; after: number } | null {
  return dropsFromWeight(contentWeight(previous), next, rule)
}

/** Whether going from weight `before` to weight `after` drops most of the content (both known). */
export function shrinkOf(before: number, after: number, rule: ShrinkRule = DEFAULT_SHRINK_RULE): { before: number; after: number } | null {
  if (before < rule.minWeight) return null
  return after < before * rule.keepRatio ? { before, after } : null
}

/** `dropsMostContent` when the weight of what is on disk is already known. */
export function dropsFromWeight(
  before: number,
  next: unknown,
  rule: ShrinkRule = DEFAULT_SHRINK_RULE
): { before: number; after: number } | null {
  if (before < rule.minWeight) return null
  const after = contentWeight(next)
  return after < before * rule.keepRatio ? { before, after } : null
}
