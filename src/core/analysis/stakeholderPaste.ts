import { LIMITS, type Lang } from '../model/common'
import {
  CAPACITIES,
  POSITIONS,
  POWERS,
  STAKEHOLDER_LEVELS,
  STRATEGIES,
  type Stakeholder,
  type StakeholderCategory
} from '../model/stakeholders'
import { resources } from '../i18n/resources'
import { normaliseName, positionFromValue } from './stakeholders'
import { parseTsv, serialiseTsv } from './stakeholderTsv'

/**
 * Bulk paste of the stakeholder table from a spreadsheet: a header row names the columns (in French,
 * English or Arabic, or the field keys), each further row becomes one stakeholder. Every row comes back —
 * valid, or with its errors — so nothing pasted is ever lost; the caller imports the valid rows and keeps
 * the others for correction.
 */

export const PASTE_FIELDS = [
  'name',
  'abbreviation',
  'organisation',
  'role',
  'category',
  'level',
  'internal',
  'knowledge',
  'position',
  'power',
  'interest',
  'resources',
  'leadership',
  'alliances',
  'gains',
  'losses',
  'strategy',
  'engagement',
  'invited',
  'capacity',
  'contact'
] as const
export type PasteField = (typeof PASTE_FIELDS)[number]

/** Columns a paste must have, and columns whose absence leaves the analysis empty. */
export const REQUIRED_COLUMNS: readonly PasteField[] = ['name']
export const RECOMMENDED_COLUMNS: readonly PasteField[] = ['category', 'position', 'power', 'interest']

const LONG_FIELDS = new Set<PasteField>(['resources', 'alliances', 'gains', 'losses', 'engagement'])
const TEXT_FIELDS = new Set<PasteField>(['name', 'abbreviation', 'organisation', 'role', 'contact', ...LONG_FIELDS])

/** A stakeholder as pasted: every field of the table except its id (and the category resolved later). */
export type StakeholderDraft = Omit<Stakeholder, 'id' | 'categoryId'>

export interface PasteIssue {
  /** i18n key under `stakeholders:paste.issues.` */
  code: string
  field?: PasteField
  params: Record<string, string | number>
}

export interface PastedRow {
  /** 1-based line in the pasted text. */
  line: number
  cells: string[]
  draft: StakeholderDraft
  /** The category as typed (null when empty); resolved to `categoryId` or to a new category. */
  categoryText: string | null
  categoryId: string | null
  errors: PasteIssue[]
  warnings: PasteIssue[]
}

export interface PasteColumn {
  index: number
  header: string
  field: PasteField | null
}

export interface PasteResult {
  hasHeader: boolean
  columns: PasteColumn[]
  /** Blocking: required columns not found (every row then carries an error too). */
  missingColumns: PasteField[]
  /** Non-blocking: recommended columns not found. */
  missingRecommended: PasteField[]
  /** Table-level remarks (unknown or repeated columns, no header row…). */
  notices: PasteIssue[]
  rows: PastedRow[]
  /** Category labels that match no existing category (created on import). */
  newCategories: string[]
  /** Rows above what the project can hold (LIMITS.listItems minus the stakeholders already there). */
  overLimit: number
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary: what a header or a value may be called, in the three languages.

type Dict = Record<string, unknown>
const sub = (d: unknown, key: string): Dict => ((d as Dict | undefined)?.[key] as Dict | undefined) ?? {}
const str = (d: unknown, key: string): string | null => {
  const v = (d as Dict | undefined)?.[key]
  return typeof v === 'string' ? v : null
}

/** Comparison form of a header or value: accents, case, punctuation and extra spaces ignored. */
export function normaliseToken(s: string): string {
  return normaliseName(s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)))
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/[^\p{L}\p{N}+-]+/gu, ' ')
    .trim()
}

const HEADER_SYNONYMS: Record<PasteField, string[]> = {
  name: ['nom', 'name', 'acteur', 'actor', 'player', 'partie prenante', 'stakeholder', 'الاسم', 'الفاعل', 'الطرف المعني'],
  abbreviation: ['abreviation', 'sigle', 'acronyme', 'abbreviation', 'acronym', 'abbr', 'الاختصار'],
  organisation: ['organisation', 'organization', 'institution', 'organisme', 'structure', 'المؤسسة', 'الهيئة'],
  role: ['role', 'fonction', 'function', 'title', 'poste', 'الدور', 'الوظيفة'],
  category: ['categorie', 'category', 'type', 'groupe', 'group', 'الفئة', 'الصنف'],
  level: ['niveau', 'level', 'echelon', 'المستوى'],
  internal: ['interne externe', 'interne', 'internal external', 'internal', 'داخلي خارجي', 'داخلي'],
  knowledge: ['connaissance', 'knowledge', 'connaissance de la politique', 'المعرفة', 'المعرفة بالسياسة'],
  position: ['position', 'positionnement', 'stance', 'الموقف'],
  power: ['pouvoir', 'power', 'influence', 'السلطة', 'النفوذ'],
  interest: ['interet', 'interest', 'الاهتمام'],
  resources: ['ressources', 'resources', 'الموارد'],
  leadership: ['leadership', 'leader', 'القيادة'],
  alliances: ['alliances', 'allies', 'coalitions', 'التحالفات'],
  gains: ['gains', 'gain', 'avantages', 'what they gain', 'المكاسب'],
  losses: ['pertes', 'perte', 'losses', 'loss', 'الخسائر'],
  strategy: ['strategie', 'strategy', 'الاستراتيجية'],
  engagement: ['engagement', 'strategie d engagement', 'engagement strategy', 'mode d engagement', 'الإشراك'],
  invited: ['invite', 'invitee', 'invited', 'مدعو'],
  capacity: ['capacite', 'qualite', 'capacity', 'الصفة في الحوار'],
  contact: ['contact', 'coordonnees', 'email', 'e-mail', 'telephone', 'جهة الاتصال', 'الاتصال']
}

const YES = ['oui', 'yes', 'o', 'y', 'x', '1', 'true', 'vrai', 'نعم']
const NO = ['non', 'no', 'n', '0', 'false', 'faux', 'لا']

/** PolicyMaker abbreviations and usual short forms, on top of the translated labels. */
const POSITION_EXTRA: Record<(typeof POSITIONS)[number], string[]> = {
  highSupport: ['hs', 'sf', 'fort soutien', 'soutien fort', 'strong support', '+3', '3'],
  mediumSupport: ['ms', 'sm', 'soutien moyen', '+2', '2'],
  lowSupport: ['ls', 'support faible', 'soutien faible', '+1', '1'],
  nonMobilised: ['nm', 'neutre', 'neutral', 'non mobilise', 'non-mobilised', 'non mobilized', '0', 'محايد'],
  lowOpposition: ['lo', 'opposition faible', '-1'],
  mediumOpposition: ['mo', 'opposition moyenne', '-2'],
  highOpposition: ['ho', 'forte opposition', 'opposition forte', 'strong opposition', '-3']
}
const POWER_EXTRA: Record<(typeof POWERS)[number], string[]> = {
  high: ['h', 'e', 'eleve', 'elevee', 'fort', 'forte', 'haut', 'haute', 'high', '3', 'قوي', 'مرتفع', 'مرتفعة', 'عالية'],
  medium: ['m', 'moyen', 'moyenne', 'medium', 'mid', '2', 'متوسط', 'متوسطة'],
  low: ['l', 'b', 'faible', 'bas', 'basse', 'low', '1', 'ضعيف', 'ضعيفة', 'منخفض', 'منخفضة']
}
const LEVEL_EXTRA: Record<(typeof STAKEHOLDER_LEVELS)[number], string[]> = {
  national: ['national', 'nationale', 'central', 'centrale', 'وطني'],
  regional: ['regional', 'regionale', 'جهوي'],
  local: ['local', 'locale', 'provincial', 'provinciale', 'محلي', 'إقليمي']
}
const INTERNAL_EXTRA: Record<'internal' | 'external', string[]> = {
  internal: ['interne', 'internal', 'int', 'i', 'داخلي', 'داخلية'],
  external: ['externe', 'external', 'ext', 'e', 'خارجي', 'خارجية']
}
const CAPACITY_EXTRA: Record<(typeof CAPACITIES)[number], string[]> = {
  official: ['officielle', 'officiel', 'official', 'institutionnelle', 'رسمية', 'رسمي'],
  personal: ['personnelle', 'personnel', 'personal', 'a titre personnel', 'شخصية', 'شخصي']
}
const KNOWLEDGE_EXTRA: Record<'1' | '2' | '3', string[]> = {
  '1': ['1', 'aucune', 'none', 'nulle'],
  '2': ['2', 'moyenne', 'some', 'partielle'],
  '3': ['3', 'beaucoup', 'a lot', 'bonne', 'elevee']
}

const LANGS: readonly Lang[] = ['fr', 'ar', 'en']
const ns = (lang: Lang, name: string): Dict => sub(resources[lang], name)

/** Lookup table: normalised token → value. */
function lookup<V extends string>(values: readonly V[], extra: Record<V, string[]>, labels: (lang: Lang, v: V) => (string | null)[]) {
  const map = new Map<string, V>()
  const add = (s: string, v: V) => {
    const k = normaliseToken(s)
    if (k !== '' && !map.has(k)) map.set(k, v)
  }
  // The displayed labels win (what "copy the table" writes must paste back), then keys and synonyms.
  for (const lang of LANGS) for (const v of values) for (const label of labels(lang, v)) if (label) add(label, v)
  for (const v of values) for (const s of [v, ...extra[v]]) add(s, v)
  return map
}

let vocabularyCache: ReturnType<typeof buildVocabulary> | null = null

function buildVocabulary() {
  const label = (group: string) => (lang: Lang, v: string) => [str(sub(ns(lang, 'stakeholders'), group), v)]
  const headers = lookup(PASTE_FIELDS, HEADER_SYNONYMS, (lang, f) => [str(sub(ns(lang, 'stakeholders'), 'fields'), f)])
  return {
    headers,
    position: lookup(POSITIONS, POSITION_EXTRA, label('positions')),
    power: lookup(POWERS, POWER_EXTRA, label('powers')),
    level: lookup(STAKEHOLDER_LEVELS, LEVEL_EXTRA, label('levels')),
    internal: lookup(['internal', 'external'] as const, INTERNAL_EXTRA, label('internal')),
    capacity: lookup(CAPACITIES, CAPACITY_EXTRA, label('capacities')),
    knowledge: lookup(['1', '2', '3'] as const, KNOWLEDGE_EXTRA, label('knowledgeLevels')),
    strategy: lookup(STRATEGIES, { strengthenSupport: [], mobilise: [], reduceOpposition: [], monitor: [] }, label('strategies')),
    yes: new Set(YES.map(normaliseToken)),
    no: new Set(NO.map(normaliseToken))
  }
}

const vocabulary = () => (vocabularyCache ??= buildVocabulary())

/**
 * Every label a category answers to: its typed label, its key, its translations, and the parts of a
 * translation "Name (A, B)" — "Name", "A", "B" — or "X / Y" — "X", "Y" (so "ANAM", "ISPITS" or "Wali" work).
 */
function categoryNames(c: StakeholderCategory): string[] {
  const names = [c.label]
  if (c.key) {
    names.push(c.key)
    for (const lang of LANGS) {
      const l = str(sub(ns(lang, 'common'), 'stakeholderCategories'), c.key)
      if (!l) continue
      names.push(l)
      const m = /^(.*?)\s*\((.*)\)\s*$/.exec(l)
      if (m) names.push(m[1] ?? '', ...(m[2] ?? '').split(/[,،]/))
      if (l.includes('/')) names.push(...l.split('/'))
    }
  }
  return names.map(normaliseToken).filter((s) => s !== '')
}

export function categoryMatcher(categories: readonly StakeholderCategory[]): (text: string) => string | null {
  const map = new Map<string, string>()
  for (const c of categories) for (const n of categoryNames(c)) if (!map.has(n)) map.set(n, c.id)
  return (text) => map.get(normaliseToken(text)) ?? null
}

// ---------------------------------------------------------------------------------------------------------
// Parsing

const emptyDraft = (): StakeholderDraft => ({
  name: '',
  abbreviation: '',
  organisation: '',
  role: '',
  level: null,
  internal: null,
  knowledge: null,
  position: null,
  power: null,
  interest: null,
  resources: '',
  leadership: false,
  alliances: '',
  gains: '',
  losses: '',
  strategy: null,
  engagement: '',
  invited: false,
  capacity: 'official',
  contact: ''
})

function mapHeader(cells: string[]): PasteColumn[] {
  const { headers } = vocabulary()
  return cells.map((header, index) => ({ index, header, field: headers.get(normaliseToken(header)) ?? null }))
}

export interface ParseOptions {
  categories: readonly StakeholderCategory[]
  /** Names already in the table (duplicates are flagged, not refused). */
  existingNames?: readonly string[]
  /** How many stakeholders the table already holds (for the list limit). */
  existingCount?: number
}

export function parseStakeholderPaste(text: string, options: ParseOptions): PasteResult {
  const tsv = parseTsv(text)
  const v = vocabulary()
  const notices: PasteIssue[] = []
  let columns: PasteColumn[] = []
  let hasHeader = false
  let dataRows = tsv
  const first = tsv[0]
  if (first) {
    const mapped = mapHeader(first.cells)
    if (mapped.some((c) => c.field !== null)) {
      hasHeader = true
      columns = mapped
      dataRows = tsv.slice(1)
    }
  }
  if (!hasHeader) {
    // No header recognised: the first column is taken as the name and every line is a row.
    const width = Math.max(1, ...tsv.map((r) => r.cells.length))
    columns = Array.from({ length: width }, (_, index) => ({ index, header: '', field: index === 0 ? ('name' as const) : null }))
    if (tsv.length > 0) notices.push({ code: 'noHeader', params: { columns: PASTE_FIELDS.length } })
  }
  // Repeated columns: the first one wins.
  const seen = new Set<PasteField>()
  for (const c of columns) {
    if (c.field === null) {
      if (hasHeader && c.header.trim() !== '') notices.push({ code: 'unknownColumn', params: { header: c.header.trim() } })
      continue
    }
    if (seen.has(c.field)) {
      notices.push({ code: 'repeatedColumn', field: c.field, params: { header: c.header.trim() } })
      c.field = null
    } else seen.add(c.field)
  }
  const missingColumns = hasHeader ? REQUIRED_COLUMNS.filter((f) => !seen.has(f)) : []
  const missingRecommended = hasHeader ? RECOMMENDED_COLUMNS.filter((f) => !seen.has(f)) : [...RECOMMENDED_COLUMNS]

  const matchCategory = categoryMatcher(options.categories)
  const newCategories = new Map<string, string>()
  const nameCount = new Map<string, number>()
  const existing = new Set((options.existingNames ?? []).map(normaliseName).filter(Boolean))

  const rows: PastedRow[] = dataRows.map((r) => {
    const draft = emptyDraft()
    const errors: PasteIssue[] = []
    const warnings: PasteIssue[] = []
    let categoryText: string | null = null
    let categoryId: string | null = null
    const invalid = (field: PasteField, value: string) => errors.push({ code: 'invalidValue', field, params: { value: value.slice(0, 60) } })
    for (const c of columns) {
      if (c.field === null) continue
      const raw = r.cells[c.index] ?? ''
      const value = raw.trim()
      const field = c.field
      if (TEXT_FIELDS.has(field)) {
        const max = LONG_FIELDS.has(field) ? LIMITS.longText : LIMITS.shortText
        if (value.length > max) errors.push({ code: 'tooLong', field, params: { length: value.length, max } })
        else (draft as Record<string, unknown>)[field] = value
        continue
      }
      if (value === '') continue
      const token = normaliseToken(value)
      switch (field) {
        case 'category': {
          categoryText = value
          categoryId = matchCategory(value)
          if (categoryId === null) {
            if (value.length > LIMITS.shortText) {
              errors.push({ code: 'tooLong', field, params: { length: value.length, max: LIMITS.shortText } })
              categoryText = null
            } else {
              const key = normaliseToken(value)
              if (!newCategories.has(key)) newCategories.set(key, value)
              warnings.push({ code: 'newCategory', field, params: { category: value } })
            }
          }
          break
        }
        case 'position': {
          const p = v.position.get(token) ?? (/^[+-]?\d+$/.test(token) && Math.abs(Number(token)) <= 3 ? positionFromValue(Number(token)) : undefined)
          if (p) draft.position = p
          else invalid(field, value)
          break
        }
        case 'power': {
          const p = v.power.get(token)
          if (p) draft.power = p
          else invalid(field, value)
          break
        }
        case 'interest': {
          const n = /^\d+$/.test(token) ? Number(token) : NaN
          if (n >= 1 && n <= 5) draft.interest = n
          else errors.push({ code: 'outOfRange', field, params: { value: value.slice(0, 60), min: 1, max: 5 } })
          break
        }
        case 'knowledge': {
          const k = v.knowledge.get(token)
          if (k) draft.knowledge = Number(k)
          else errors.push({ code: 'outOfRange', field, params: { value: value.slice(0, 60), min: 1, max: 3 } })
          break
        }
        case 'level': {
          const l = v.level.get(token)
          if (l) draft.level = l
          else invalid(field, value)
          break
        }
        case 'internal': {
          const x = v.internal.get(token)
          if (x) draft.internal = x
          else invalid(field, value)
          break
        }
        case 'capacity': {
          const x = v.capacity.get(token)
          if (x) draft.capacity = x
          else invalid(field, value)
          break
        }
        case 'strategy': {
          const x = v.strategy.get(token)
          if (x) draft.strategy = x
          else invalid(field, value)
          break
        }
        case 'leadership':
        case 'invited': {
          if (v.yes.has(token)) draft[field] = true
          else if (v.no.has(token)) draft[field] = false
          else invalid(field, value)
          break
        }
      }
    }
    if (draft.name === '' && !errors.some((e) => e.field === 'name')) errors.push({ code: 'nameRequired', field: 'name', params: {} })
    const cellsUsed = hasHeader ? columns.length : r.cells.length
    if (hasHeader && r.cells.length > cellsUsed && r.cells.slice(cellsUsed).some((c) => c.trim() !== '')) {
      warnings.push({ code: 'extraCells', params: { count: r.cells.length - cellsUsed } })
    }
    const key = normaliseName(draft.name)
    if (key) nameCount.set(key, (nameCount.get(key) ?? 0) + 1)
    return { line: r.line, cells: r.cells, draft, categoryText, categoryId, errors, warnings }
  })

  for (const row of rows) {
    const key = normaliseName(row.draft.name)
    if (!key) continue
    if (existing.has(key)) row.warnings.push({ code: 'duplicateExisting', field: 'name', params: { name: row.draft.name } })
    else if ((nameCount.get(key) ?? 0) > 1) row.warnings.push({ code: 'duplicateInPaste', field: 'name', params: { name: row.draft.name } })
  }

  const room = Math.max(0, LIMITS.listItems - (options.existingCount ?? 0))
  const importable = rows.filter((r) => r.errors.length === 0).length
  return {
    hasHeader,
    columns,
    missingColumns,
    missingRecommended,
    notices,
    rows,
    newCategories: [...newCategories.values()],
    overLimit: Math.max(0, importable - room)
  }
}

// ---------------------------------------------------------------------------------------------------------
// Import and round trip

export interface PasteImport {
  stakeholders: Stakeholder[]
  categories: StakeholderCategory[]
  /** Rows not imported (errors, or over the list limit), in their original order. */
  rejected: PastedRow[]
}

/**
 * Turns the valid rows into stakeholders (fresh ids) and the unknown category labels into custom
 * categories. Rows with errors, and rows beyond the list limit, come back in `rejected`.
 */
export function importPastedRows(result: PasteResult, newId: () => string): PasteImport {
  const categories: StakeholderCategory[] = []
  const createdIds = new Map<string, string>()
  const stakeholders: Stakeholder[] = []
  const rejected: PastedRow[] = []
  const room = result.rows.filter((r) => r.errors.length === 0).length - result.overLimit
  for (const row of result.rows) {
    if (row.errors.length > 0 || stakeholders.length >= room) {
      rejected.push(row)
      continue
    }
    let categoryId = row.categoryId
    if (categoryId === null && row.categoryText !== null) {
      const key = normaliseToken(row.categoryText)
      categoryId = createdIds.get(key) ?? null
      if (categoryId === null) {
        categoryId = newId()
        createdIds.set(key, categoryId)
        categories.push({ id: categoryId, key: null, label: row.categoryText })
      }
    }
    stakeholders.push({ id: newId(), categoryId, ...row.draft })
  }
  return { stakeholders, categories, rejected }
}

/** The rows not imported as tab-separated text again (header first), for the user to fix and re-paste. */
export function rejectedRowsText(result: PasteResult, rejected: readonly PastedRow[]): string {
  if (rejected.length === 0) return ''
  const header = result.hasHeader ? [result.columns.map((c) => c.header)] : []
  return serialiseTsv([...header, ...rejected.map((r) => r.cells)])
}

/** Display label of each field and value, in one language, for the copy-to-spreadsheet direction. */
export interface TableLabels {
  field: (f: PasteField) => string
  value: (group: 'positions' | 'powers' | 'levels' | 'internal' | 'capacities' | 'strategies', key: string) => string
  category: (id: string | null) => string
  yes: string
  no: string
}

/** The stakeholder table as tab-separated text with a header row (what "copy the table" puts on the clipboard). */
export function serialiseStakeholders(items: readonly Stakeholder[], labels: TableLabels): string {
  const cell = (s: Stakeholder, f: PasteField): string => {
    switch (f) {
      case 'category':
        return labels.category(s.categoryId)
      case 'level':
        return s.level ? labels.value('levels', s.level) : ''
      case 'internal':
        return s.internal ? labels.value('internal', s.internal) : ''
      case 'knowledge':
        return s.knowledge === null ? '' : String(s.knowledge)
      case 'position':
        return s.position ? labels.value('positions', s.position) : ''
      case 'power':
        return s.power ? labels.value('powers', s.power) : ''
      case 'interest':
        return s.interest === null ? '' : String(s.interest)
      case 'strategy':
        return s.strategy ? labels.value('strategies', s.strategy) : ''
      case 'capacity':
        return labels.value('capacities', s.capacity)
      case 'leadership':
      case 'invited':
        return s[f] ? labels.yes : labels.no
      default:
        return s[f]
    }
  }
  return serialiseTsv([PASTE_FIELDS.map(labels.field), ...items.map((s) => PASTE_FIELDS.map((f) => cell(s, f)))])
}

/** The labels of `serialiseStakeholders` in one language, from the bundled translations. */
export function tableLabelsFor(lang: Lang, categories: readonly StakeholderCategory[]): TableLabels {
  const st = ns(lang, 'stakeholders')
  const common = ns(lang, 'common')
  const byId = new Map(categories.map((c) => [c.id, c]))
  return {
    field: (f) => str(sub(st, 'fields'), f) ?? f,
    value: (group, key) => str(sub(st, group), key) ?? key,
    category: (id) => {
      const c = id ? byId.get(id) : undefined
      if (!c) return ''
      return c.label.trim() !== '' ? c.label : c.key ? (str(sub(common, 'stakeholderCategories'), c.key) ?? c.key) : ''
    },
    yes: str(sub(common, 'form'), 'yes') ?? 'oui',
    no: str(sub(common, 'form'), 'no') ?? 'non'
  }
}
