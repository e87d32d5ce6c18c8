import { POSITIONS, type Position, type Power, type Stakeholder } from '../model/stakeholders'

/**
 * Stakeholder analysis (Schmeer 1999, PolicyMaker 5, Mendelow's power/interest grid): pure functions on
 * the stakeholder table. Every user-facing reading is an i18n key (namespace `stakeholders`) with params.
 */

// ---------------------------------------------------------------------------------------------------------
// Scales

/** PolicyMaker's 7-point scale as numbers: high support +3 … non-mobilised 0 … high opposition −3. */
export const POSITION_VALUE: Record<Position, number> = {
  highSupport: 3,
  mediumSupport: 2,
  lowSupport: 1,
  nonMobilised: 0,
  lowOpposition: -1,
  mediumOpposition: -2,
  highOpposition: -3
}

export const positionValue = (position: Position): number => POSITION_VALUE[position]

/** The position of a number on the scale (rounded and clamped to −3..+3). */
export function positionFromValue(value: number): Position {
  const v = Math.max(-3, Math.min(3, Math.round(Number.isFinite(value) ? value : 0)))
  return POSITIONS[3 - v] ?? 'nonMobilised'
}

export type Stance = 'supporter' | 'nonMobilised' | 'opponent'

export const stanceOf = (position: Position): Stance => {
  const v = POSITION_VALUE[position]
  return v > 0 ? 'supporter' : v < 0 ? 'opponent' : 'nonMobilised'
}

/** PolicyMaker's power weights: high 3, medium 2, low 1. */
export const POWER_WEIGHT: Record<Power, number> = { high: 3, medium: 2, low: 1 }

// ---------------------------------------------------------------------------------------------------------
// Mendelow quadrants

export const QUADRANTS = ['manageClosely', 'keepSatisfied', 'keepInformed', 'monitor'] as const
export type Quadrant = (typeof QUADRANTS)[number]

/**
 * Thresholds of the power/interest grid, explicit so the screen can state them:
 * - high power = power "high" or "medium" (weight ≥ 2 of 3);
 * - high interest = interest ≥ 3 on the 1–5 scale.
 * The middle values count on the "high" side on purpose: when in doubt, engage more rather than less.
 */
export const QUADRANT_THRESHOLDS = { minPowerWeight: 2, minInterest: 3 } as const

export const isHighPower = (power: Power): boolean => POWER_WEIGHT[power] >= QUADRANT_THRESHOLDS.minPowerWeight
export const isHighInterest = (interest: number): boolean => interest >= QUADRANT_THRESHOLDS.minInterest

/** The Mendelow quadrant of a stakeholder, or null when power or interest is not yet assessed. */
export function quadrantOf(s: Pick<Stakeholder, 'power' | 'interest'>): Quadrant | null {
  if (s.power === null || s.interest === null) return null
  const power = isHighPower(s.power)
  const interest = isHighInterest(s.interest)
  if (power) return interest ? 'manageClosely' : 'keepSatisfied'
  return interest ? 'keepInformed' : 'monitor'
}

/**
 * Where each cell of the grid sits on the 0–1 chart (x = interest, y = power), as a band [from, to]. The
 * low/high split is at 0.5 on both axes; the middle values (interest 3, power medium) sit inside the "high"
 * half, so no point is ever drawn on a dividing line.
 */
const INTEREST_BAND: Record<number, readonly [number, number]> = {
  1: [0.03, 0.23],
  2: [0.27, 0.47],
  3: [0.52, 0.66],
  4: [0.68, 0.82],
  5: [0.84, 0.98]
}
const POWER_BAND: Record<Power, readonly [number, number]> = { low: [0.05, 0.45], medium: [0.53, 0.74], high: [0.77, 0.97] }

export interface GridPoint {
  stakeholder: Stakeholder
  quadrant: Quadrant
  /** 0–1, interest axis. */
  x: number
  /** 0–1, power axis. */
  y: number
}

const round3 = (v: number): number => Math.round(v * 1000) / 1000

/**
 * Places each assessed stakeholder on the power/interest grid. Stakeholders sharing a cell are spread
 * evenly down their cell (first in table order on top) with a slight zigzag, so their names do not sit on
 * top of each other; nobody leaves their quadrant. Deterministic; the result is in table order.
 */
export function placeOnGrid(items: readonly Stakeholder[]): { points: GridPoint[]; unplaced: Stakeholder[] } {
  const cells = new Map<string, Stakeholder[]>()
  const unplaced: Stakeholder[] = []
  for (const s of items) {
    if (s.power === null || s.interest === null || !INTEREST_BAND[s.interest]) {
      unplaced.push(s)
      continue
    }
    const key = `${s.power}:${s.interest}`
    const cell = cells.get(key)
    if (cell) cell.push(s)
    else cells.set(key, [s])
  }
  const placed = new Map<string, GridPoint>()
  for (const group of cells.values()) {
    const n = group.length
    group.forEach((s, k) => {
      const [x0, x1] = INTEREST_BAND[s.interest as number] as readonly [number, number]
      const [y0, y1] = POWER_BAND[s.power as Power]
      const step = (y1 - y0) / n
      const zigzag = n > 1 && step < 0.06 ? (k % 2 === 0 ? -1 : 1) * (x1 - x0) * 0.25 : 0
      placed.set(s.id, {
        stakeholder: s,
        quadrant: quadrantOf(s) as Quadrant,
        x: round3((x0 + x1) / 2 + zigzag),
        y: round3(n === 1 ? (y0 + y1) / 2 : y1 - step * (k + 0.5))
      })
    })
  }
  const points = items.map((s) => placed.get(s.id)).filter((p): p is GridPoint => p !== undefined)
  return { points, unplaced }
}

// ---------------------------------------------------------------------------------------------------------
// Feasibility index (PolicyMaker)

export interface Reading {
  /** i18n key in the `stakeholders` namespace. */
  key: string
  params: Record<string, string | number>
}

export interface Feasibility {
  /** Σ position × power weight over supporters (≥ 0). */
  support: number
  /** Σ |position| × power weight over opponents (≥ 0). */
  opposition: number
  /** Σ power weight over the non-mobilised: what could still swing either way. */
  nonMobilised: number
  supporters: number
  opponents: number
  nonMobilisedCount: number
  /** Stakeholders whose position or power is not assessed (left out of the sums). */
  unassessed: number
  /** support − opposition. */
  net: number
  /** Share of the mobilised weight that supports, 0–100 (null when nobody is mobilised). */
  supportShare: number | null
  reading: Reading
  /** Further remarks (e.g. the non-mobilised could tip the balance). */
  hints: Reading[]
}

/** Thresholds of the plain-language reading, on the supporters' share of the mobilised weight. */
export const FEASIBILITY_THRESHOLDS = { favourable: 67, contested: 40 } as const

/**
 * PolicyMaker-style feasibility: each assessed stakeholder contributes position (−3..+3) × power weight
 * (1–3); supporters and opponents are summed apart, the non-mobilised by their power alone.
 */
export function feasibility(items: readonly Stakeholder[]): Feasibility {
  let support = 0
  let opposition = 0
  let nonMobilised = 0
  let supporters = 0
  let opponents = 0
  let nonMobilisedCount = 0
  let unassessed = 0
  for (const s of items) {
    if (s.position === null || s.power === null) {
      unassessed++
      continue
    }
    const weight = POWER_WEIGHT[s.power]
    const value = POSITION_VALUE[s.position]
    if (value > 0) {
      support += value * weight
      supporters++
    } else if (value < 0) {
      opposition += -value * weight
      opponents++
    } else {
      nonMobilised += weight
      nonMobilisedCount++
    }
  }
  const net = support - opposition
  const mobilised = support + opposition
  const supportShare = mobilised === 0 ? null : Math.round((support / mobilised) * 100)
  const params = { support, opposition, nonMobilised, supporters, opponents, nonMobilisedCount, net, share: supportShare ?? 0, unassessed }
  const assessed = supporters + opponents + nonMobilisedCount
  let key: string
  if (assessed === 0) key = 'feasibility.reading.noData'
  else if (supportShare === null) key = 'feasibility.reading.allNonMobilised'
  else if (supportShare >= FEASIBILITY_THRESHOLDS.favourable) key = 'feasibility.reading.favourable'
  else if (supportShare >= FEASIBILITY_THRESHOLDS.contested) key = 'feasibility.reading.contested'
  else key = 'feasibility.reading.unfavourable'
  const hints: Reading[] = []
  if (supportShare !== null && nonMobilised > 0 && nonMobilised * 3 >= Math.abs(net)) {
    // Mobilised at full strength (±3), the non-mobilised could outweigh the current margin.
    hints.push({ key: 'feasibility.hint.swing', params })
  }
  if (unassessed > 0) hints.push({ key: 'feasibility.hint.unassessed', params })
  return { ...params, supportShare, reading: { key, params }, hints }
}

// ---------------------------------------------------------------------------------------------------------
// Strategies

export type Strategy = NonNullable<Stakeholder['strategy']>

/**
 * The strategy PolicyMaker would suggest: strengthen supporters, mobilise the non-mobilised, reduce
 * opposition — except for actors with little power and little interest (Mendelow "monitor"), who are
 * monitored. Null until the position is assessed.
 */
export function suggestStrategy(s: Pick<Stakeholder, 'position' | 'power' | 'interest'>): Strategy | null {
  if (s.position === null) return null
  if (quadrantOf(s) === 'monitor') return 'monitor'
  const stance = stanceOf(s.position)
  return stance === 'supporter' ? 'strengthenSupport' : stance === 'opponent' ? 'reduceOpposition' : 'mobilise'
}

/** How to engage, by quadrant (i18n key `quadrantAdvice.<quadrant>`). */
export const quadrantAdviceKey = (q: Quadrant): string => `quadrantAdvice.${q}`

// ---------------------------------------------------------------------------------------------------------
// Table helpers: names, duplicates, filters, sort

/** Name used for comparisons: case, accents, Arabic diacritics and extra spaces ignored. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064B-\u065F\u0670\u0640]/g, '')
    .toLocaleLowerCase('fr')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Ids of stakeholders whose (normalised, non-empty) name appears more than once. */
export function duplicateNameIds(items: readonly Pick<Stakeholder, 'id' | 'name'>[]): Set<string> {
  const byName = new Map<string, string[]>()
  for (const s of items) {
    const n = normaliseName(s.name)
    if (!n) continue
    byName.set(n, [...(byName.get(n) ?? []), s.id])
  }
  const out = new Set<string>()
  for (const ids of byName.values()) if (ids.length > 1) ids.forEach((id) => out.add(id))
  return out
}

export interface StakeholderFilter {
  query?: string
  categoryId?: string | null
  stance?: Stance | null
  position?: Position | null
  power?: Power | null
  quadrant?: Quadrant | null
}

export function filterStakeholders(items: readonly Stakeholder[], f: StakeholderFilter): Stakeholder[] {
  const q = normaliseName(f.query ?? '')
  return items.filter((s) => {
    if (f.categoryId && s.categoryId !== f.categoryId) return false
    if (f.position && s.position !== f.position) return false
    if (f.stance && (s.position === null || stanceOf(s.position) !== f.stance)) return false
    if (f.power && s.power !== f.power) return false
    if (f.quadrant && quadrantOf(s) !== f.quadrant) return false
    if (q) {
      const hay = normaliseName([s.name, s.abbreviation, s.organisation, s.role, s.contact].join(' '))
      if (!hay.includes(q)) return false
    }
    return true
  })
}

export const SORT_KEYS = ['table', 'name', 'position', 'power', 'interest', 'category'] as const
export type SortKey = (typeof SORT_KEYS)[number]

/**
 * Sorted copy. Unassessed values always come last, whatever the direction; ties keep table order.
 * `categoryLabel` turns a category id into its displayed label (for an alphabetical sort).
 */
export function sortStakeholders(
  items: readonly Stakeholder[],
  key: SortKey,
  direction: 'asc' | 'desc' = 'asc',
  categoryLabel: (id: string | null) => string = (id) => id ?? ''
): Stakeholder[] {
  const sign = direction === 'asc' ? 1 : -1
  const value = (s: Stakeholder): string | number | null => {
    switch (key) {
      case 'name':
        return normaliseName(s.name)
      case 'position':
        return s.position === null ? null : POSITION_VALUE[s.position]
      case 'power':
        return s.power === null ? null : POWER_WEIGHT[s.power]
      case 'interest':
        return s.interest
      case 'category':
        return s.categoryId === null ? null : normaliseName(categoryLabel(s.categoryId))
      default:
        return 0
    }
  }
  return items
    .map((s, index) => ({ s, index, v: value(s) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.index - b.index : a.v === null ? 1 : -1
      const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v), 'fr')
      return c !== 0 ? sign * c : a.index - b.index
    })
    .map((x) => x.s)
}
