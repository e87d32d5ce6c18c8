/**
 * The Markdown table of the last `npm run bench` (bench/results.json) for the README's "Performance"
 * section: `npx tsx bench/readme-table.ts` prints it; `--write` puts it between the
 * `<!-- bench:table -->` markers of README.md (nothing else of the README is touched).
 */
import { readFileSync, writeFileSync } from 'node:fs'
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
/** Rows shown in the README besides those with a target (the rest stay in results.json). */
const KEPT = /^(export\.(inprocess|pandoc|process)|save\.floor|mermaid\.first|renderer\.(cold|enter)|growth\.(save|build|export)\.x)/
const perKind = (which: string): string => {
  const rows = results.rows.filter((r) => r.id.startsWith(`doc.${which}.`) && r.sample)
  if (rows.length === 0) return '—'
  const sorted = [...rows].sort((x, y) => (x.sample?.median ?? 0) - (y.sample?.median ?? 0))
  const lo = sorted[0] as Row
  const hi = sorted[sorted.length - 1] as Row
  return `${formatValue(lo.sample?.median, 'ms')} (${lo.id.split('.')[2]}) to ${formatValue(hi.sample?.median, 'ms')} (${hi.id.split('.')[2]})`
}
const lines = [
  `Last full run: ${results.at.slice(0, 16).replace('T', ' ')} UTC, ${results.totalSeconds} s — ${m.nproc} × ${m.cpu}, Node ${m.node}, load average ${m.loadAtStart.join(' / ')} at the start${results.loadAtEnd ? `, ${results.loadAtEnd.join(' / ')} at the end` : ''}. Wall-clock figures move with the machine's other load; the CPU time of each run is in bench/results.json.`,
  '',
  '| Figure | median / p95 (or value) | target | result |',
  '|---|---|---|---|',
  ...results.rows
    .filter((r) => r.target || KEPT.test(r.id))
    .map((r) => `| ${r.label.trim()} | ${figure(r).replace(/\|/g, '/')} | ${r.target?.text ?? ''} | ${r.status} |`),
  `| Each document alone, Rabat sample (median) | ${perKind('sample')} | | INFO |`,
  `| Each document alone, large project, full report apart (median) | ${perKind('large')} | | INFO |`
]
const table = lines.join('\n')
if (process.argv.includes('--write')) {
  const path = join(ROOT, 'README.md')
  const readme = readFileSync(path, 'utf8')
  const start = '<!-- bench:table -->'
  const end = '<!-- /bench:table -->'
  const a = readme.indexOf(start)
  const b = readme.indexOf(end)
  if (a < 0 || b < a) throw new Error('README.md has no <!-- bench:table --> … <!-- /bench:table --> markers')
  writeFileSync(path, `${readme.slice(0, a + start.length)}\n${table}\n${readme.slice(b)}`)
  console.log('README.md: Performance table updated')
} else {
  console.log(table)
}
