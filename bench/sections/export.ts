/**
 * (a) The whole-process export — `npm run export -- --project <file> --doc fullReport --lang fr --out <dir>`
 * (timed as the `node scripts/export-support/cli.mjs …` it runs, without npm's own start-up: the
 * precompiled command, rebuilt first when its sources changed) — next to pandoc converting the same
 * content, rendered as Markdown, to .docx in the same run. Target: Hiwar ≤ 0.45× pandoc. Both are timed
 * as wall time; their CPU time (user + system, from /usr/bin/time) is noted.
 */
import { existsSync } from 'node:fs'
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { serializeJson } from '../../src/main/storage/safeJsonFile'
import { runCommand, type ChildResult } from '../lib/child'
import { BENCH_NOW, ROOT, repoHas, tempDir } from '../lib/env'
import { benchLarge, imagesFor } from '../lib/images'
import { projectToMarkdown } from '../lib/markdown'
import type { Report, SectionOptions } from '../lib/report'
import { summarize, type Sample } from '../lib/stats'

const SECTION = '(a) Full report, whole process vs pandoc'
const PANDOC = process.env.HIWAR_PANDOC ?? '/usr/bin/pandoc'
const TIME = '/usr/bin/time'

interface Timed {
  sample: Sample
  cpu: Sample | null
  last: ChildResult
}

/**
 * Runs a command repeatedly, reading CPU time through /usr/bin/time when present. The first run is a
 * warm-up (OS file cache) unless it is slow, then it counts; runs stop at `runs` or after `budgetMs`.
 */
async function timeProcess(
  cmd: string,
  args: string[],
  o: { cwd: string; env?: NodeJS.ProcessEnv; runs: number; timeoutMs: number; budgetMs: number; okCodes?: number[] }
): Promise<Timed | { error: string }> {
  const withTime = existsSync(TIME)
  const wall: number[] = []
  const cpu: number[] = []
  let last: ChildResult | null = null
  let spent = 0
  for (let i = 0; wall.length < o.runs && (wall.length === 0 || spent < o.budgetMs); i++) {
    const r = withTime
      ? await runCommand(TIME, ['-f', 'HIWAR_CPU %U %S', cmd, ...args], { cwd: o.cwd, env: o.env, timeoutMs: o.timeoutMs })
      : await runCommand(cmd, args, { cwd: o.cwd, env: o.env, timeoutMs: o.timeoutMs })
    last = r
    if (r.timedOut) return { error: `one run took longer than ${o.timeoutMs / 1000} s` }
    if (!(o.okCodes ?? [0]).includes(r.code ?? -1)) return { error: `exit code ${r.code}: ${r.stderr.trim().split('\n').slice(-4).join(' / ')}` }
    spent += r.wallMs
    if (i === 0 && r.wallMs < 5_000) continue
    wall.push(r.wallMs)
    const m = /HIWAR_CPU ([\d.]+) ([\d.]+)/.exec(r.stderr)
    if (m) cpu.push((Number(m[1]) + Number(m[2])) * 1000)
  }
  return { sample: summarize(wall), cpu: cpu.length ? summarize(cpu) : null, last: last as ChildResult }
}

/** Words of text in a .docx body (to check that pandoc got the same content). */
async function docxWords(path: string): Promise<number | null> {
  try {
    const { default: JSZip } = await import('jszip')
    const xml = await (await JSZip.loadAsync(await readFile(path))).file('word/document.xml')?.async('string')
    if (!xml) return null
    return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ').split(/\s+/).filter(Boolean).length
  } catch {
    return null
  }
}

const cpuNote = (t: Timed): string => (t.cpu ? `CPU ${t.cpu.median.toFixed(0)} ms (median)` : '')

export async function runExport(report: Report, options?: SectionOptions): Promise<void> {
  console.log(`\n${SECTION}`)
  const dir = await tempDir('export')
  const project = benchLarge()
  const projectFile = join(dir, 'large.hiwar.json')
  await writeFile(projectFile, serializeJson(project))

  // pandoc on the same content as Markdown, with the same diagram pictures.
  let pandoc: Timed | null = null
  if (!existsSync(PANDOC)) {
    report.add({ id: 'export.pandoc', section: SECTION, label: 'pandoc, same content as Markdown → .docx', unit: 'ms', value: Number.NaN, note: `skipped: pandoc is not installed (${PANDOC})` })
  } else {
    const images = await imagesFor('large')
    const pictures: Record<string, string> = {}
    if (images.dir) {
      for (const f of await readdir(images.dir)) {
        if (!f.endsWith('.png')) continue
        await copyFile(join(images.dir, f), join(dir, f))
        pictures[f.replace(/\.png$/, '')] = f
      }
    }
    await writeFile(join(dir, 'large.md'), projectToMarkdown(project, pictures))
    const r = await timeProcess(PANDOC, ['large.md', '-f', 'markdown', '-t', 'docx', '--toc', '-o', 'pandoc.docx'], { cwd: dir, runs: 3, timeoutMs: 120_000, budgetMs: 20_000 })
    if ('error' in r) {
      report.add({ id: 'export.pandoc', section: SECTION, label: 'pandoc, same content as Markdown → .docx', unit: 'ms', value: Number.NaN, note: `failed: ${r.error}` })
    } else {
      pandoc = r
      report.add({
        id: 'export.pandoc',
        section: SECTION,
        label: 'pandoc, same content as Markdown → .docx (--toc)',
        unit: 'ms',
        sample: r.sample,
        note: [cpuNote(r), images.dir ? 'with the 5 diagram PNGs' : `without pictures (${images.missing})`].filter(Boolean).join('; ')
      })
    }
  }

  const target = { stat: 'value' as const, max: 0.45, text: '≤ 0.45× pandoc' }
  if (!repoHas('scripts/export.ts')) {
    report.unavailable('export.process.fullReport', SECTION, 'npm run export, full report, large project (whole process)', 'scripts/export.ts (the headless export command) is not there')
    report.unavailable('export.ratio', SECTION, 'Hiwar whole process / pandoc', 'scripts/export.ts is not there', target)
    return
  }
  // What `npm run export` runs: the precompiled command (out/export/export.mjs) through its launcher,
  // which builds it first when it is missing or older than its sources. The build a first run after a
  // change pays is timed apart (it is not part of an export once built).
  const launcher = process.execPath
  const cli = join('scripts', 'export-support', 'cli.mjs')
  const build = await runCommand(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join('scripts', 'export-support', 'vite.config.ts')], { cwd: ROOT, timeoutMs: 180_000 })
  report.add({
    id: 'export.process.build',
    section: SECTION,
    label: 'one-time build of the precompiled export command (first run after a change)',
    unit: 'ms',
    value: build.code === 0 ? build.wallMs : Number.NaN,
    note: build.code === 0 ? 'vite build of scripts/export.ts and the app code it imports → out/export/export.mjs' : `failed: ${build.stderr.trim().split('\n').slice(-2).join(' / ')}`
  })
  // The floor of any `npm run export`: start Node, load the export code, print the usage, exit.
  const startup = await timeProcess(launcher, [cli], { cwd: ROOT, runs: 5, timeoutMs: 60_000, budgetMs: 15_000, okCodes: [64] })
  if (!('error' in startup)) {
    report.add({
      id: 'export.process.startup',
      section: SECTION,
      label: 'floor: export command start-up alone (node + precompiled code, usage message)',
      unit: 'ms',
      sample: startup.sample,
      note: [cpuNote(startup), pandoc ? `${(startup.sample.median / pandoc.sample.median).toFixed(2)}× pandoc before any work` : ''].filter(Boolean).join('; ')
    })
  }

  // The whole process does at least what the in-process build does: when that did not finish in (a),
  // the process would not either — give the bound it implies instead of waiting for it.
  const inProcess = report.find('export.inprocess.fullReport.large')
  const limit = /longer than (\d+) s/.exec(inProcess?.note ?? '')
  if (inProcess && !inProcess.sample && limit) {
    const limitMs = Number(limit[1]) * 1000
    report.skipped('export.process.fullReport', SECTION, 'npm run export, full report, large project (whole process)', `the in-process build alone did not finish within ${limit[1]} s (see (a) in-process)`)
    report.add({
      id: 'export.ratio',
      section: SECTION,
      label: 'Hiwar whole process / pandoc (lower bound)',
      unit: 'x',
      value: pandoc ? limitMs / pandoc.sample.median : Number.NaN,
      target,
      note: pandoc ? `at least ${(limitMs / pandoc.sample.median).toFixed(1)}×: the build did not finish in ${limit[1]} s, pandoc took ${(pandoc.sample.median / 1000).toFixed(1)} s` : 'pandoc could not be timed'
    })
    return
  }
  const out = join(dir, 'out')
  const args = [cli, '--project', projectFile, '--doc', 'fullReport', '--lang', 'fr', '--out', out, '--now', BENCH_NOW]
  // First without Chromium (no diagram rendering: each picture becomes its text) — the judged figure —
  // then the real thing with the diagrams rendered, when there is time left.
  const noDiagrams = await timeProcess(launcher, args, { cwd: ROOT, env: { HIWAR_CHROMIUM: join(dir, 'no-chromium') }, runs: 3, timeoutMs: 120_000, budgetMs: 40_000 })
  const noLabel = 'npm run export, full report, large project (whole process, no diagram rendering)'
  if ('error' in noDiagrams) {
    report.add({ id: 'export.process.noDiagrams', section: SECTION, label: noLabel, unit: 'ms', value: Number.NaN, note: `stopped: ${noDiagrams.error}` })
    const bound = /longer than (\d+) s/.exec(noDiagrams.error)
    report.add({
      id: 'export.ratio',
      section: SECTION,
      label: 'Hiwar whole process / pandoc (lower bound)',
      unit: 'x',
      value: bound && pandoc ? (Number(bound[1]) * 1000) / pandoc.sample.median : Number.NaN,
      target,
      note: 'the export command did not finish: the ratio is at least this'
    })
    return
  }
  const written = (await readdir(out).catch(() => [] as string[])).find((f) => f.endsWith('.docx'))
  const hiwarWords = written ? await docxWords(join(out, written)) : null
  const pandocWords = pandoc ? await docxWords(join(dir, 'pandoc.docx')) : null
  const content = hiwarWords && pandocWords ? `same content: pandoc's file has ${pandocWords} words, Hiwar's ${hiwarWords} (TOC entries, letterhead and cell labels make the difference)` : ''
  report.add({ id: 'export.process.noDiagrams', section: SECTION, label: noLabel, unit: 'ms', sample: noDiagrams.sample, note: [cpuNote(noDiagrams), content].filter(Boolean).join('; ') })
  const cpuRatio = (t: Timed) => (t.cpu && pandoc?.cpu ? `CPU-time ratio ${(t.cpu.median / pandoc.cpu.median).toFixed(2)}×` : '')
  if (pandoc) {
    report.add({
      id: 'export.ratio',
      section: SECTION,
      label: 'Hiwar whole process / pandoc, diagram rendering apart (medians)',
      unit: 'x',
      value: noDiagrams.sample.median / pandoc.sample.median,
      target,
      note: [cpuRatio(noDiagrams), 'diagram rendering is timed apart (mermaid section, and the row below)'].filter(Boolean).join('; ')
    })
  } else {
    report.unavailable('export.ratio', SECTION, 'Hiwar whole process / pandoc', 'pandoc could not be timed', target)
  }

  const withLabel = 'npm run export, same, diagrams rendered in Chromium'
  const left = options?.remainingMs() ?? Number.POSITIVE_INFINITY
  if (left < noDiagrams.sample.median * 1.3) {
    report.skipped('export.process.fullReport', SECTION, withLabel, `about ${(noDiagrams.sample.median / 1000).toFixed(0)} s more would pass the 10-minute budget of npm run bench`)
    return
  }
  const withDiagrams = await timeProcess(launcher, args, { cwd: ROOT, runs: 3, timeoutMs: 120_000, budgetMs: Math.min(40_000, left) })
  if ('error' in withDiagrams) {
    report.add({ id: 'export.process.fullReport', section: SECTION, label: withLabel, unit: 'ms', value: Number.NaN, note: `stopped: ${withDiagrams.error}` })
    return
  }
  const renderMs = withDiagrams.sample.median - noDiagrams.sample.median
  report.add({
    id: 'export.process.fullReport',
    section: SECTION,
    label: withLabel,
    unit: 'ms',
    sample: withDiagrams.sample,
    note: [cpuNote(withDiagrams), `diagram rendering (Chromium start + 5 diagrams to PNG) ≈ ${renderMs.toFixed(0)} ms, the difference of the medians`, pandoc ? `${(withDiagrams.sample.median / pandoc.sample.median).toFixed(2)}× pandoc` : '']
      .filter(Boolean)
      .join('; ')
  })
}
