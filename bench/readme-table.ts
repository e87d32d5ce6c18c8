/**
 * Prints the Markdown table of the last `npm run bench` (bench/results.json) for the README's
 * "Performance" section: `npx tsx bench/readme-table.ts`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './lib/env'
import { formatValue, type Row } from './lib/report'

interface Results {
  at: string
  machine: { nproc: number; cpu: string; node: string; loadAtStart: number[] }
  loadAtEnd?: number[]
  totalSeconds: number
  rows: Row[]
}

const results = JSON.parse(readFileSync(join(ROOT, 'bench', 'results.json'), 'utf8')) as Results
const m = results.machine
const figure = (r: Row): string => {
  if (r.status === 'N/A') return r.note ?? '—'
  if (r.sample) return `${formatValue(r.sample.median, r.unit)} / ${formatValue(r.sample.p95, r.unit)}`
  return r.value === undefined || Number.isNaN(r.value) ? (r.note ?? '—') : formatValue(r.value, r.unit)
}
const lines = [
  `Last full run: ${results.at.slice(0, 16).replace('T', ' ')} UTC, ${results.totalSeconds} s — ${m.nproc} × ${m.cpu}, Node ${m.node}, load average ${m.loadAtStart.join(' / ')} at the start${results.loadAtEnd ? `, ${results.loadAtEnd.join(' / ')} at the end` : ''}.`,
  '',
  '| Figure | median / p95 (or value) | target | result |',
  '|---|---|---|---|',
  ...results.rows
    .filter((r) => r.target || !r.label.startsWith(' '))
    .map((r) => `| ${r.label.trim()} | ${figure(r).replace(/\|/g, '/')} | ${r.target?.text ?? ''} | ${r.status} |`)
]
console.log(lines.join('\n'))
