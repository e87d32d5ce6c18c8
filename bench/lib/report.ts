/**
 * The benchmark report: one row per figure, with its target and PASS / MISS, or "not available yet"
 * when the piece it measures has not landed. Printed as a table and written to bench/results.json.
 */
import type { Sample } from './stats'

/** What every section receives from bench/run.ts. */
export interface SectionOptions {
  /** Write CPU profiles of the slow paths (bench/profiles/) and print their top frames. */
  profile: boolean
  /** Milliseconds left before the run should wrap up (optional extra runs are skipped past it). */
  remainingMs: () => number
}

export type Unit = 'ms' | 'KB' | 'x' | 'slope' | 'count'
export type Status = 'PASS' | 'MISS' | 'INFO' | 'N/A'

/** A target: which statistic must be at most (or at least) which value. */
export interface Target {
  stat: 'median' | 'p95' | 'value'
  max?: number
  min?: number
  /** How the target reads in the table, e.g. "p95 ≤ 15 ms". */
  text: string
}

export interface Row {
  id: string
  section: string
  label: string
  unit: Unit
  /** Repeated timings (median and p95 shown). */
  sample?: Sample
  /** A single figure (a size, a ratio, a slope). */
  value?: number
  target?: Target
  status: Status
  note?: string
}

const statOf = (row: Row, stat: Target['stat']): number | undefined =>
  stat === 'value' ? row.value : row.sample ? row.sample[stat] : undefined

export function judge(row: Omit<Row, 'status'>): Row {
  const t = row.target
  if (!t) return { ...row, status: 'INFO' }
  const v = statOf(row as Row, t.stat)
  if (v === undefined || Number.isNaN(v)) return { ...row, status: 'N/A' }
  const ok = (t.max === undefined || v <= t.max) && (t.min === undefined || v >= t.min)
  return { ...row, status: ok ? 'PASS' : 'MISS' }
}

/** Collects the rows of a run; a section adds rows as it measures them (printed live). */
export class Report {
  readonly rows: Row[] = []

  add(row: Omit<Row, 'status'>): Row {
    const judged = judge(row)
    this.rows.push(judged)
    console.log(`  ${formatRowLine(judged)}`)
    return judged
  }

  /** The piece this figure measures is not there yet: say why, never a made-up number. */
  unavailable(id: string, section: string, label: string, why: string, target?: Target): Row {
    const row: Row = { id, section, label, unit: 'ms', target, status: 'N/A', note: `not available yet: ${why}` }
    this.rows.push(row)
    console.log(`  ${formatRowLine(row)}`)
    return row
  }

  /** The measurement broke (an exception): say what broke, with no number. */
  failed(id: string, section: string, label: string, why: string): Row {
    const row: Row = { id, section, label, unit: 'ms', status: 'N/A', note: `failed: ${why}` }
    this.rows.push(row)
    console.log(`  ${formatRowLine(row)}`)
    return row
  }

  /** A figure left out on purpose (time budget): say so, with no number. */
  skipped(id: string, section: string, label: string, why: string): Row {
    const row: Row = { id, section, label, unit: 'ms', status: 'N/A', note: `skipped: ${why}` }
    this.rows.push(row)
    console.log(`  ${formatRowLine(row)}`)
    return row
  }

  find(id: string): Row | undefined {
    return this.rows.find((r) => r.id === id)
  }
}

export function formatValue(v: number | undefined, unit: Unit): string {
  if (v === undefined || Number.isNaN(v)) return '—'
  switch (unit) {
    case 'ms':
      return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`
    case 'KB':
      return `${v.toFixed(0)} KB`
    case 'x':
      return `${v.toFixed(2)}×`
    case 'slope':
      return v.toFixed(2)
    case 'count':
      return String(Math.round(v))
  }
}

function formatRowLine(r: Row): string {
  const fig = r.sample
    ? `median ${formatValue(r.sample.median, r.unit)}, p95 ${formatValue(r.sample.p95, r.unit)} (n=${r.sample.runs.length})`
    : formatValue(r.value, r.unit)
  const missing = !r.sample && (r.value === undefined || Number.isNaN(r.value))
  const text = (r.status === 'N/A' || missing) && r.note ? r.note : r.note ? `${fig} — ${r.note}` : fig
  return `[${r.status}] ${r.label}: ${text}${r.target ? ` — target ${r.target.text}` : ''}`
}

/** The final table: section, figure, median, p95, target, status (notes under it). */
export function renderTable(rows: readonly Row[]): string {
  const header = ['Figure', 'median', 'p95', 'target', 'result']
  const body = rows.map((r) => [
    r.label,
    r.sample ? formatValue(r.sample.median, r.unit) : r.value !== undefined ? formatValue(r.value, r.unit) : '—',
    r.sample ? formatValue(r.sample.p95, r.unit) : '',
    r.target?.text ?? '',
    r.status
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`]
  let section = ''
  for (const [k, r] of rows.entries()) {
    if (r.section !== section) {
      section = r.section
      out.push(line([`**${section}**`, '', '', '', '']))
    }
    out.push(line(body[k] as string[]))
  }
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.label}: ${r.note}`)
  return [...out, '', ...notes].join('\n')
}
