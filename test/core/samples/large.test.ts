import { describe, expect, it } from 'vitest'
import { validateAgenda } from '../../../src/core/agenda'
import { LIMITS } from '../../../src/core/model/common'
import { Project } from '../../../src/core/model/project'
import { buildLargeProject, largeProjectCounts, mulberry32 } from '../../../src/core/samples/large'
import { STAGES, STAGE_CHECKS } from '../../../src/core/workflow/stages'

const NOW = '2025-11-20T10:00:00.000Z'
const large = buildLargeProject({ seed: 42, now: NOW })
const ARABIC = /[\u0600-\u06FF]/
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = mulberry32(7)
    const b = mulberry32(7)
    const c = mulberry32(8)
    const seqA = Array.from({ length: 20 }, () => a.next())
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA)
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA)
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true)
  })

  it('int stays within its bounds and reaches both ends', () => {
    const r = mulberry32(1)
    const seen = new Set(Array.from({ length: 500 }, () => r.int(1, 5)))
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5])
  })
})

describe('buildLargeProject', () => {
  it('is a valid project (the zod schema accepts it unchanged)', () => {
    expect(Project.parse(JSON.parse(JSON.stringify(large)))).toEqual(large)
    expect(large.createdAt).toBe(NOW)
  })

  it('holds the sizes of the issue at scale 1', () => {
    expect(large.stakeholders.items).toHaveLength(300)
    expect(large.agenda.days).toHaveLength(3)
    expect(large.agenda.days.flatMap((d) => d.blocks)).toHaveLength(100)
    expect(large.actions.items).toHaveLength(500)
    expect(large.minutes.entries).toHaveLength(200)
    expect(large.evaluation.responses).toHaveLength(30)
    expect(large.participants.length).toBeGreaterThan(0)
    expect(large.priority.candidates.length).toBeGreaterThan(1)
    expect(large.priority.scores.length).toBeGreaterThan(0)
    expect(large.evidence.sources.length).toBeGreaterThan(0)
  })

  it('weighs about 1 MB of JSON', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(large)).length
    expect(bytes).toBeGreaterThan(800_000)
    expect(bytes).toBeLessThan(1_600_000)
  })

  it('is deterministic from the seed', () => {
    expect(JSON.stringify(buildLargeProject({ seed: 42, now: NOW }))).toBe(JSON.stringify(large))
    expect(JSON.stringify(buildLargeProject({ seed: 43, now: NOW }))).not.toBe(JSON.stringify(large))
  })

  it('writes minute points of about 60 words, mostly French with some Arabic', () => {
    const counts = large.minutes.entries.map((e) => words(e.text))
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length
    expect(mean).toBeGreaterThan(50)
    expect(mean).toBeLessThan(90)
    const arabic = large.minutes.entries.filter((e) => ARABIC.test(e.text)).length
    expect(arabic).toBeGreaterThan(10)
    expect(arabic).toBeLessThan(large.minutes.entries.length / 2)
    expect(large.minutes.entries.some((e) => /[éèàç]/.test(e.text) && ARABIC.test(e.text))).toBe(true)
  })

  it('keeps every reference pointing at something that exists', () => {
    const ids = (xs: readonly { id: string }[]) => new Set(xs.map((x) => x.id))
    const participants = ids(large.participants)
    const stakeholders = ids(large.stakeholders.items)
    const blocks = ids(large.agenda.days.flatMap((d) => d.blocks))
    const actions = ids(large.actions.items)
    const entries = ids(large.minutes.entries)
    const options = ids(large.evidence.options)
    const sources = ids(large.evidence.sources)
    const categories = ids(large.stakeholders.categories)
    const causes = new Set(large.priority.tree.causes.flatMap((n) => [n.id, ...n.children.map((c) => c.id)]))

    for (const s of large.stakeholders.items) expect(categories.has(s.categoryId ?? '')).toBe(true)
    for (const p of large.participants) if (p.stakeholderId) expect(stakeholders.has(p.stakeholderId)).toBe(true)
    for (const e of large.minutes.entries) {
      expect(blocks.has(e.blockId ?? '')).toBe(true)
      if (e.actionId) expect(large.actions.items.find((a) => a.id === e.actionId)?.sourceEntryId).toBe(e.id)
    }
    for (const m of large.minutes.attendance) expect(participants.has(m.participantId)).toBe(true)
    for (const a of large.actions.items) {
      if (a.owner.kind === 'participant') expect(participants.has(a.owner.refId ?? '')).toBe(true)
      if (a.owner.kind === 'stakeholder') expect(stakeholders.has(a.owner.refId ?? '')).toBe(true)
      if (a.linkedTo.kind === 'option') expect(options.has(a.linkedTo.refId ?? '')).toBe(true)
      if (a.linkedTo.kind === 'objective') expect(causes.has(a.linkedTo.refId ?? '')).toBe(true)
      if (a.sourceEntryId) expect(entries.has(a.sourceEntryId)).toBe(true)
      expect((a.dueDate ?? '') >= (a.startDate ?? '')).toBe(true)
    }
    for (const f of large.actions.followUps) for (const p of f.progress) expect(actions.has(p.actionId)).toBe(true)
    for (const o of large.evidence.options) for (const s of o.sourceIds) expect(sources.has(s)).toBe(true)
    expect(new Set([...participants, ...stakeholders, ...blocks, ...actions, ...entries]).size).toBe(
      participants.size + stakeholders.size + blocks.size + actions.size + entries.size
    )
  })

  it('completes every stage checklist (a finished dialogue, as in the benchmarks)', () => {
    for (const stage of STAGES) {
      expect({ stage, missing: STAGE_CHECKS[stage](large).filter((c) => !c.done).map((c) => c.key) }).toEqual({ stage, missing: [] })
    }
  })

  it('grows every list linearly with the scale and stays valid and within the limits at 8×', () => {
    const x8 = buildLargeProject({ seed: 42, scale: 8, now: NOW })
    const c8 = largeProjectCounts(8)
    expect(x8.stakeholders.items).toHaveLength(8 * 300)
    expect(x8.actions.items).toHaveLength(8 * 500)
    expect(x8.minutes.entries).toHaveLength(c8.minuteEntries)
    expect(x8.agenda.days.flatMap((d) => d.blocks)).toHaveLength(800)
    // Linear: at 8× the file is about 8 times larger, not 64.
    const ratio = JSON.stringify(x8).length / JSON.stringify(large).length
    expect(ratio).toBeGreaterThan(6)
    expect(ratio).toBeLessThan(10)
    const longest = Math.max(
      x8.stakeholders.items.length,
      x8.actions.items.length,
      x8.minutes.attendance.length,
      x8.priority.scores.length,
      ...x8.stakeholders.snapshots.map((s) => s.entries.length)
    )
    expect(longest).toBeLessThanOrEqual(LIMITS.listItems)
  })

  it('keeps every programme day before midnight, whatever the scale', () => {
    for (const scale of [1, 8]) {
      const p = scale === 1 ? large : buildLargeProject({ seed: 3, scale, now: NOW })
      expect(validateAgenda(p.agenda).filter((i) => i.severity === 'error')).toEqual([])
    }
  })

  it('refuses a scale that is not a positive number and a `now` that is not an instant', () => {
    expect(() => buildLargeProject({ seed: 1, scale: 0, now: NOW })).toThrow(RangeError)
    expect(() => buildLargeProject({ seed: 1, scale: Number.NaN, now: NOW })).toThrow(RangeError)
    expect(() => buildLargeProject({ seed: 1, now: 'yesterday' })).toThrow(RangeError)
  })
})
