import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { CAPACITIES, POSITIONS, POWERS, STAKEHOLDER_LEVELS, STRATEGIES, Stakeholder } from '../../../src/core/model/stakeholders'
import { LIMITS, type Lang } from '../../../src/core/model/common'
import { defaultStakeholderCategories } from '../../../src/core/project/factory'
import { parseTsv, serialiseTsv } from '../../../src/core/analysis/stakeholderTsv'
import {
  importPastedRows,
  parseStakeholderPaste,
  rejectedRowsText,
  serialiseStakeholders,
  tableLabelsFor
} from '../../../src/core/analysis/stakeholderPaste'

const categories = defaultStakeholderCategories()
let counter = 0
const newId = () => `id${++counter}`

describe('tab-separated text', () => {
  test('reads Excel rows with quoted cells holding tabs, line breaks and quotes', () => {
    const text = 'Nom\tNotes\r\n"DRS ""Rabat"""\t"ligne 1\nligne 2"\r\nISPITS\t"a\tb"\r\n'
    expect(parseTsv(text)).toEqual([
      { line: 1, cells: ['Nom', 'Notes'] },
      { line: 2, cells: ['DRS "Rabat"', 'ligne 1\nligne 2'] },
      { line: 4, cells: ['ISPITS', 'a\tb'] }
    ])
  })

  test('skips blank rows, keeps a lone quote as an ordinary character', () => {
    expect(parseTsv('\n\nA\t\n\t\n"B\tC\n')).toEqual([
      { line: 3, cells: ['A', ''] },
      { line: 5, cells: ['"B', 'C'] }
    ])
  })

  test('serialise → parse is the identity for any non-blank rows', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ب', '"', '\t', '\n', '\r', ' ', 'é', '#', '<') , maxLength: 12 })
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 }), (rows) => {
        const kept = rows.filter((r) => r.some((c) => c.trim() !== ''))
        expect(parseTsv(serialiseTsv(kept)).map((r) => r.cells)).toEqual(kept)
      })
    )
  })
})

describe('stakeholder paste', () => {
  test('maps French headers and values, resolves categories, and reports per-row errors', () => {
    const text = [
      'Nom\tSigle\tCatégorie\tPosition\tPouvoir\tIntérêt\tInvité',
      'Direction régionale de la santé\tDRS\tDRS\tSoutien fort\tÉlevé\t5\toui',
      'Syndicat national des infirmiers\tSNI\tOrdres professionnels et syndicats\t-2\tmoyen\t4\tnon',
      '\tSANS\tMédias\tneutre\tfaible\t2\t',
      'Coopérative Al Amal\t\tCoopératives\tSoutien\tH\t9\t'
    ].join('\n')
    const r = parseStakeholderPaste(text, { categories })
    expect(r.hasHeader).toBe(true)
    expect(r.missingColumns).toEqual([])
    expect(r.rows).toHaveLength(4)
    const [drs, union, noName, coop] = r.rows
    expect(drs?.draft).toMatchObject({ name: 'Direction régionale de la santé', abbreviation: 'DRS', position: 'highSupport', power: 'high', interest: 5, invited: true })
    expect(drs?.categoryId).toBe('cat-drs')
    expect(drs?.errors).toEqual([])
    expect(union?.draft).toMatchObject({ position: 'mediumOpposition', power: 'medium', interest: 4, invited: false })
    expect(union?.categoryId).toBe('cat-professionalOrder')
    expect(noName?.errors.map((e) => e.code)).toEqual(['nameRequired'])
    expect(noName?.line).toBe(4)
    expect(coop?.errors.map((e) => [e.code, e.field])).toEqual([
      ['invalidValue', 'position'],
      ['outOfRange', 'interest']
    ])
    expect(coop?.warnings.map((w) => w.code)).toEqual(['newCategory'])
    expect(r.newCategories).toEqual(['Coopératives'])
  })

  test('a category answers to its translations and to the short names in its label', () => {
    const text = ['Nom\tCatégorie', 'A\tANAM', 'B\tISPITS', 'C\tWali', 'D\tالمديرية الجهوية للصحة', 'E\tInsurers (CNSS, CNOPS, ANAM)', 'F\tprivateSector'].join('\n')
    const r = parseStakeholderPaste(text, { categories })
    expect(r.rows.map((row) => row.categoryId)).toEqual(['cat-insurer', 'cat-university', 'cat-waliGovernor', 'cat-drs', 'cat-insurer', 'cat-privateSector'])
    expect(r.newCategories).toEqual([])
  })

  test('understands Arabic and English headers and values', () => {
    const text = 'الاسم\tالفئة\tالموقف\tالنفوذ\tالاهتمام\nنقابة الممرضين\tالنقابات\tمعارضة قوية\tمتوسط\t٤\n'
    const r = parseStakeholderPaste(text, { categories })
    expect(r.rows[0]?.draft).toMatchObject({ name: 'نقابة الممرضين', position: 'highOpposition', power: 'medium', interest: 4 })
    const en = parseStakeholderPaste('Name\tPosition\tPower\tInterest\tLevel\nWHO\tHigh support\tmedium\t3\tNational', { categories })
    expect(en.rows[0]?.draft).toMatchObject({ name: 'WHO', position: 'highSupport', power: 'medium', interest: 3, level: 'national' })
  })

  test('a paste without a name column says so and keeps every row (with its error)', () => {
    const r = parseStakeholderPaste('Position\tPouvoir\nSoutien fort\tÉlevé\nNon mobilisé\tFaible', { categories })
    expect(r.missingColumns).toEqual(['name'])
    expect(r.missingRecommended).toEqual(['category', 'interest'])
    expect(r.rows).toHaveLength(2)
    expect(r.rows.every((row) => row.errors.some((e) => e.code === 'nameRequired'))).toBe(true)
  })

  test('without a recognised header, the first column is the name and the first line is a row too', () => {
    const r = parseStakeholderPaste('CHU Ibn Sina\tx\nANAM\ty', { categories })
    expect(r.hasHeader).toBe(false)
    expect(r.notices.map((n) => n.code)).toEqual(['noHeader'])
    expect(r.rows.map((row) => row.draft.name)).toEqual(['CHU Ibn Sina', 'ANAM'])
  })

  test('unknown and repeated columns are reported and ignored; extra cells warned', () => {
    const r = parseStakeholderPaste('Nom\tCouleur\tNom\nA\tbleu\tB\tsurplus', { categories })
    expect(r.notices.map((n) => n.code)).toEqual(['unknownColumn', 'repeatedColumn'])
    expect(r.rows[0]?.draft.name).toBe('A')
    expect(r.rows[0]?.warnings.map((w) => w.code)).toEqual(['extraCells'])
  })

  test('flags duplicates within the paste and with the existing table, without refusing them', () => {
    const r = parseStakeholderPaste('Nom\nANAM\nanam \nCHU Ibn Sina', { categories, existingNames: ['CHU  ibn sina'] })
    expect(r.rows.map((row) => row.warnings.map((w) => w.code))).toEqual([['duplicateInPaste'], ['duplicateInPaste'], ['duplicateExisting']])
    expect(r.rows.every((row) => row.errors.length === 0)).toBe(true)
  })

  test('over-long text is an error, not a silent cut', () => {
    const r = parseStakeholderPaste(`Nom\tOrganisation\nX\t${'o'.repeat(LIMITS.shortText + 1)}`, { categories })
    expect(r.rows[0]?.errors[0]).toMatchObject({ code: 'tooLong', field: 'organisation', params: { max: LIMITS.shortText } })
  })

  test('import keeps every row: valid ones become stakeholders, the others come back as text to fix', () => {
    const text = 'Nom\tCatégorie\tIntérêt\nA\tCoopératives\t3\nB\tcoopératives\t7\nC\tDRS\t\n\tDRS\t2'
    const r = parseStakeholderPaste(text, { categories })
    const out = importPastedRows(r, newId)
    expect(out.stakeholders.map((s) => s.name)).toEqual(['A', 'C'])
    expect(out.stakeholders.every((s) => Stakeholder.safeParse(s).success)).toBe(true)
    expect(out.categories).toEqual([{ id: out.stakeholders[0]?.categoryId, key: null, label: 'Coopératives' }])
    expect(out.stakeholders[1]?.categoryId).toBe('cat-drs')
    expect(out.rejected.map((row) => row.line)).toEqual([3, 5])
    expect(out.stakeholders.length + out.rejected.length).toBe(r.rows.length)
    expect(rejectedRowsText(r, out.rejected)).toBe('Nom\tCatégorie\tIntérêt\nB\tcoopératives\t7\n\tDRS\t2')
  })

  test('the list limit holds: rows over it are rejected, not lost', () => {
    const r = parseStakeholderPaste('Nom\nA\nB\nC', { categories, existingCount: LIMITS.listItems - 2 })
    expect(r.overLimit).toBe(1)
    const out = importPastedRows(r, newId)
    expect(out.stakeholders.map((s) => s.name)).toEqual(['A', 'B'])
    expect(out.rejected.map((row) => row.draft.name)).toEqual(['C'])
  })

  test('5,000 rows parse quickly and none is lost', () => {
    const header = 'Nom\tCatégorie\tPosition\tPouvoir\tIntérêt'
    const lines = Array.from({ length: 5000 }, (_, i) => `Acteur ${i}\tONG et associations\t${(i % 7) - 3}\tmoyen\t${(i % 5) + 1}`)
    const started = performance.now()
    const r = parseStakeholderPaste([header, ...lines].join('\r\n'), { categories })
    const out = importPastedRows(r, newId)
    const elapsed = performance.now() - started
    expect(r.rows).toHaveLength(5000)
    expect(out.stakeholders).toHaveLength(5000)
    expect(new Set(out.stakeholders.map((s) => s.name)).size).toBe(5000)
    expect(out.stakeholders[4999]).toMatchObject({ name: 'Acteur 4999', categoryId: 'cat-ngo', position: 'mediumOpposition', interest: 5 })
    expect(elapsed).toBeLessThan(2000)
  })
})

describe('copy to a spreadsheet and paste back (round trip)', () => {
  // Text the user could type: trimmed (pasting trims cells), with Arabic, quotes, tabs and line breaks.
  const text = (max: number) =>
    fc
      .string({ unit: fc.constantFrom('a', 'Z', 'é', 'ن', 'ص', ' ', '"', "'", '\t', '\n', '<', '(', '#', '1'), maxLength: max })
      .map((s) => s.trim())
  const stakeholder = fc.record({
    name: text(30).filter((s) => s !== ''),
    abbreviation: text(8),
    organisation: text(20),
    role: text(20),
    categoryId: fc.option(fc.constantFrom(...categories.map((c) => c.id))),
    level: fc.option(fc.constantFrom(...STAKEHOLDER_LEVELS)),
    internal: fc.option(fc.constantFrom('internal' as const, 'external' as const)),
    knowledge: fc.option(fc.integer({ min: 1, max: 3 })),
    position: fc.option(fc.constantFrom(...POSITIONS)),
    power: fc.option(fc.constantFrom(...POWERS)),
    interest: fc.option(fc.integer({ min: 1, max: 5 })),
    resources: text(40),
    leadership: fc.boolean(),
    alliances: text(20),
    gains: text(20),
    losses: text(20),
    strategy: fc.option(fc.constantFrom(...STRATEGIES)),
    engagement: text(40),
    invited: fc.boolean(),
    capacity: fc.constantFrom(...CAPACITIES),
    contact: text(20)
  })

  test.each(['fr', 'ar', 'en'] as Lang[])('serialise (%s labels) → parse gives the same stakeholders', (lang) => {
    fc.assert(
      fc.property(fc.array(stakeholder, { maxLength: 6 }), (rows) => {
        const items = rows.map((r, i) => Stakeholder.parse({ id: `s${i}`, ...r }))
        const tsv = serialiseStakeholders(items, tableLabelsFor(lang, categories))
        const parsed = parseStakeholderPaste(tsv, { categories })
        expect(parsed.missingColumns).toEqual([])
        expect(parsed.notices).toEqual([])
        expect(parsed.rows.flatMap((r) => r.errors)).toEqual([])
        const out = importPastedRows(parsed, newId)
        expect(out.categories).toEqual([])
        expect(out.stakeholders.map(({ id: _id, ...rest }) => rest)).toEqual(items.map(({ id: _id, ...rest }) => rest))
      }),
      { numRuns: 60 }
    )
  })
})
