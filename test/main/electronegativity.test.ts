import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Threat 12 — the electronegativity scan. The tool exits 0 whatever it finds, so its findings are read
 * and each must be listed, with a reason, in .electronegativity/reviewed.json; a reviewed entry that no
 * longer matches a finding fails too (the list stays honest).
 */
const ROOT = resolve(__dirname, '../..')

interface Finding {
  id: string
  file: string
  line: number
  severity: string
  confidence: string
  description: string
}

describe('electronegativity', () => {
  it('every finding over src/ is reviewed, with a reason, and every review still matches a finding', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hiwar-en-'))
    try {
      const out = join(dir, 'findings.json')
      execFileSync(process.execPath, [join(ROOT, 'scripts/electronegativity.cjs'), join(ROOT, 'src'), out], { cwd: ROOT, stdio: 'pipe' })
      const report = JSON.parse(readFileSync(out, 'utf8')) as { checks: number; errors: unknown[]; issues: Finding[] }
      const reviewed = (JSON.parse(readFileSync(join(ROOT, '.electronegativity/reviewed.json'), 'utf8')) as { reviewed: { id: string; file: string; reason: string }[] }).reviewed
      expect(report.checks).toBeGreaterThan(30)
      expect(report.errors, 'files the scanner could not parse').toEqual([])
      const key = (f: { id: string; file: string }) => `${f.id} @ ${f.file}`
      const reviewedKeys = new Set(reviewed.map(key))
      const unreviewed = report.issues.filter((f) => !reviewedKeys.has(key(f))).map((f) => `${key(f)}:${f.line} [${f.severity}/${f.confidence}] ${f.description}`)
      expect(unreviewed, 'findings not in .electronegativity/reviewed.json').toEqual([])
      const found = new Set(report.issues.map(key))
      expect(reviewed.filter((r) => !found.has(key(r))).map(key), 'stale reviews').toEqual([])
      for (const r of reviewed) expect(r.reason.length, key(r)).toBeGreaterThan(40)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
