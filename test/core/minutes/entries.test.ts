import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { Minutes } from '../../../src/core/model/minutes'
import {
  addEntry,
  countByType,
  entriesOfBlock,
  entriesWithSpeaker,
  removeEntry,
  stripSpeakers,
  updateEntry,
  visibleSpeaker
} from '../../../src/core/minutes/entries'
import { cleanLine, cleanText, hadUnsafeCharacters } from '../../../src/core/minutes/cleanText'
import { finaliseMinutes } from '../../../src/core/minutes/finalise'

const NOW = '2017-07-06T10:42:00.000Z'
const ids = () => {
  let n = 0
  return () => `e${++n}`
}
const blank = () => Minutes.parse({})
const open = { chathamHouse: false, now: NOW }
const chatham = { chathamHouse: true, now: NOW }

const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`)
  return r.value
}

describe('minute entries', () => {
  test('entries are typed, keyed to a block, kept in the order taken', () => {
    const newId = ids()
    let m = blank()
    m = must(addEntry(m, { blockId: 'b1', type: 'keyPoint', text: 'Pénurie aiguë en zone rurale' }, { ...open, newId })).minutes
    m = must(addEntry(m, { blockId: 'b2', type: 'decision', text: 'Créer un groupe de travail' }, { ...open, newId })).minutes
    m = must(addEntry(m, { blockId: 'b1', type: 'disagreement', text: 'Le coût fait débat' }, { ...open, newId })).minutes
    expect(entriesOfBlock(m, 'b1').map((e) => e.text)).toEqual(['Pénurie aiguë en zone rurale', 'Le coût fait débat'])
    expect(entriesOfBlock(m, 'b1').map((e) => e.type)).toEqual(['keyPoint', 'disagreement'])
    expect(countByType(m.entries)).toMatchObject({ keyPoint: 1, decision: 1, disagreement: 1, proposal: 0 })
    expect(m.entries[0]).toMatchObject({ id: 'e1', createdAt: NOW, actionId: null })
    expect(Minutes.safeParse(m).success).toBe(true)
  })

  test('Chatham House: a typed speaker is stripped on the way in, and the caller is told', () => {
    const r = must(addEntry(blank(), { blockId: 'b1', type: 'proposal', text: 'Former 200 infirmiers', speaker: 'Dr Alami' }, { ...chatham, newId: ids() }))
    expect(r.entry.speaker).toBe('')
    expect(r.speakerStripped).toBe(true)
    const without = must(addEntry(blank(), { blockId: 'b1', type: 'proposal', text: 'x', speaker: '' }, { ...chatham, newId: ids() }))
    expect(without.speakerStripped).toBe(false)
    const kept = must(addEntry(blank(), { blockId: 'b1', type: 'proposal', text: 'x', speaker: ' Dr  Alami ' }, { ...open, newId: ids() }))
    expect(kept.entry.speaker).toBe('Dr Alami')
    expect(kept.speakerStripped).toBe(false)
  })

  test('Chatham House: edits strip too, and earlier speakers are never shown', () => {
    const m0 = must(addEntry(blank(), { blockId: 'b1', type: 'keyPoint', text: 'x', speaker: 'Mme Bennani' }, { ...open, newId: ids() })).minutes
    expect(entriesWithSpeaker(m0)).toBe(1)
    expect(visibleSpeaker(m0.entries[0]!, true)).toBe('')
    expect(visibleSpeaker(m0.entries[0]!, false)).toBe('Mme Bennani')
    const edited = must(updateEntry(m0, 'e1', { text: 'y' }, { chathamHouse: true }))
    expect(edited.entry.speaker).toBe('')
    expect(edited.speakerStripped).toBe(true)
    const stripped = must(stripSpeakers(m0))
    expect(entriesWithSpeaker(stripped)).toBe(0)
  })

  test('text is cleaned of control characters; empty text is refused; nothing else lost', () => {
    const r = must(addEntry(blank(), { blockId: null, type: 'keyPoint', text: 'Budget\u0000 2018\r\n\u202Eالميزانية\u0007 : 3 M MAD\uFFFE' }, { ...open, newId: ids() }))
    expect(r.entry.text).toBe('Budget 2018\nالميزانية : 3 M MAD')
    expect(r.cleaned).toBe(true)
    const empty = addEntry(blank(), { blockId: null, type: 'keyPoint', text: ' \u0000\n ' }, { ...open, newId: ids() })
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalidInput', params: { field: 'text' } } })
    const long = addEntry(blank(), { blockId: null, type: 'keyPoint', text: 'x'.repeat(50_001) }, { ...open, newId: ids() })
    expect(long).toMatchObject({ ok: false, error: { code: 'textTooLong', params: { max: 50_000 } } })
  })

  test('1,000 entries on one block are fine (and fast)', () => {
    const newId = ids()
    let m = blank()
    const start = performance.now()
    for (let i = 0; i < 1000; i++) {
      m = must(addEntry(m, { blockId: 'b1', type: 'keyPoint', text: `Point ${i}` }, { ...open, newId })).minutes
    }
    expect(performance.now() - start).toBeLessThan(2000)
    expect(entriesOfBlock(m, 'b1')).toHaveLength(1000)
    expect(entriesOfBlock(m, 'b1')[999]!.text).toBe('Point 999')
    expect(Minutes.safeParse(m).success).toBe(true)
  })

  test('final minutes refuse direct edits with minutesFinal', () => {
    const m0 = must(addEntry(blank(), { blockId: 'b1', type: 'keyPoint', text: 'x' }, { ...open, newId: ids() })).minutes
    const final = must(finaliseMinutes(m0, NOW))
    expect(final).toMatchObject({ status: 'final', finalisedAt: NOW })
    const err = { ok: false, error: { code: 'minutesFinal' } }
    expect(addEntry(final, { blockId: 'b1', type: 'keyPoint', text: 'y' }, { ...open, newId: ids() })).toMatchObject(err)
    expect(updateEntry(final, 'e1', { text: 'y' }, open)).toMatchObject(err)
    expect(removeEntry(final, 'e1')).toMatchObject(err)
    expect(stripSpeakers(final)).toMatchObject(err)
    expect(finaliseMinutes(final, NOW)).toMatchObject(err)
  })

  test('updates and removals of unknown entries say notFound', () => {
    expect(updateEntry(blank(), 'nope', { text: 'x' }, open)).toMatchObject({ ok: false, error: { code: 'notFound' } })
    expect(removeEntry(blank(), 'nope')).toMatchObject({ ok: false, error: { code: 'notFound' } })
  })
})

describe('cleanText', () => {
  test('any pasted text comes out free of control characters and stays within the schema', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const c = cleanText(s)
                expect(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/.test(c)).toBe(false)
        expect(cleanText(c)).toBe(c)
        expect(cleanLine(s).includes('\n')).toBe(false)
      })
    )
  })

  test('plain text with Arabic, French and line breaks is kept as is', () => {
    const s = 'Plan Santé 2025\nخطة الصحة 2025 — 30 %'
    expect(cleanText(s)).toBe(s)
    expect(hadUnsafeCharacters(s)).toBe(false)
    expect(hadUnsafeCharacters('a\u0000b')).toBe(true)
  })
})
