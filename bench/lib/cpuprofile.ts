/**
 * Reading V8 CPU profiles (`node --cpu-prof`, the inspector's Profiler, Chromium's CDP Profiler): the
 * functions with the most self time and the most total (inclusive) time, with their file and line, so a
 * miss can be reported precisely ("estimatePageNumbers … 62 % of the export").
 */
import { relative } from 'node:path'
import { ROOT } from './env'

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
  columnNumber: number
}
interface ProfileNode {
  id: number
  callFrame: CallFrame
  children?: number[]
}
export interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples?: number[]
  timeDeltas?: number[]
}

export interface FrameCost {
  frame: string
  selfMs: number
  totalMs: number
}

const shortUrl = (url: string): string => {
  const path = url.replace(/^file:\/\//, '')
  if (!path) return '(native)'
  const nm = path.lastIndexOf('node_modules/')
  if (nm >= 0) return path.slice(nm + 'node_modules/'.length)
  return path.startsWith('/') ? relative(ROOT, path) : path
}

const frameName = (f: CallFrame): string =>
  `${f.functionName || '(anonymous)'} ${shortUrl(f.url)}${f.url ? `:${f.lineNumber + 1}` : ''}`

/** Self and total time per function (frames of the same function and place are merged). */
export function summarizeProfile(profile: CpuProfile): { totalMs: number; frames: FrameCost[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const selfUs = new Map<number, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] as number
    // The delta *after* a sample is the time it stands for.
    const dt = (deltas[i + 1] ?? 0) > 0 ? (deltas[i + 1] as number) : 0
    selfUs.set(id, (selfUs.get(id) ?? 0) + dt)
  }
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  for (const [id, us] of selfUs) {
    const node = byId.get(id)
    if (!node) continue
    const name = frameName(node.callFrame)
    self.set(name, (self.get(name) ?? 0) + us)
    // Inclusive time: count each distinct function once per stack (recursion does not double count).
    const seen = new Set<string>()
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)
      if (!n) break
      const fname = frameName(n.callFrame)
      if (seen.has(fname)) continue
      seen.add(fname)
      total.set(fname, (total.get(fname) ?? 0) + us)
    }
  }
  const names = new Set([...self.keys(), ...total.keys()])
  const frames = [...names].map((frame) => ({ frame, selfMs: (self.get(frame) ?? 0) / 1000, totalMs: (total.get(frame) ?? 0) / 1000 }))
  return { totalMs: (profile.endTime - profile.startTime) / 1000, frames }
}

const IGNORED = /^\((root|program|idle|garbage collector)\)/

/** Printable top lists: by self time, and by total time (skipping the root and the idle frames). */
export function topFrames(profile: CpuProfile, n = 12): { bySelf: FrameCost[]; byTotal: FrameCost[]; gcMs: number; totalMs: number } {
  const { totalMs, frames } = summarizeProfile(profile)
  const gcMs = frames.find((f) => f.frame.startsWith('(garbage collector)'))?.selfMs ?? 0
  const real = frames.filter((f) => !IGNORED.test(f.frame))
  return {
    bySelf: [...real].sort((a, b) => b.selfMs - a.selfMs).slice(0, n),
    byTotal: [...real].sort((a, b) => b.totalMs - a.totalMs).slice(0, n),
    gcMs,
    totalMs
  }
}

export function formatTop(title: string, profile: CpuProfile, n = 12): string {
  const { bySelf, byTotal, gcMs, totalMs } = topFrames(profile, n)
  const row = (f: FrameCost, key: 'selfMs' | 'totalMs') => `    ${f[key].toFixed(0).padStart(7)} ms  ${f.frame}`
  return [
    `  ${title}: ${totalMs.toFixed(0)} ms profiled, ${gcMs.toFixed(0)} ms in GC`,
    '   by self time:',
    ...bySelf.map((f) => row(f, 'selfMs')),
    '   by total time:',
    ...byTotal.map((f) => row(f, 'totalMs'))
  ].join('\n')
}
