/** Running a benchmark worker (or any command) as a child process with a time limit. */
import { spawn } from 'node:child_process'
import { ROOT } from './env'

export interface ChildResult {
  code: number | null
  timedOut: boolean
  wallMs: number
  stdout: string
  stderr: string
  /** stdout lines that parse as JSON. */
  json: unknown[]
}

export interface ChildOptions {
  timeoutMs: number
  /** Called with each JSON line as it arrives; `kill()` stops the child (e.g. one step took too long). */
  onJson?: (value: unknown, control: { kill: () => void }) => void
  env?: NodeJS.ProcessEnv
  cwd?: string
}

/** Runs a command; kills its whole process group when the time limit passes. */
export function runCommand(command: string, args: readonly string[], options: ChildOptions): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    let pending = ''
    const kill = () => {
      if (!child.pid) return
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString()
      if (!options.onJson) return
      pending += d.toString()
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        const s = line.trim()
        if (!s.startsWith('{')) continue
        try {
          options.onJson(JSON.parse(s), { kill })
        } catch {
          // not a result line
        }
      }
    })
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const timer = setTimeout(() => {
      timedOut = true
      kill()
    }, options.timeoutMs)
    child.on('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      const json: unknown[] = []
      for (const line of stdout.split('\n')) {
        const s = line.trim()
        if (!s.startsWith('{')) continue
        try {
          json.push(JSON.parse(s))
        } catch {
          // not a result line
        }
      }
      resolve({ code, timedOut, wallMs: performance.now() - t0, stdout, stderr, json })
    })
  })
}

/** Runs a TypeScript worker of bench/workers with Node + tsx (optionally with a CPU profile). */
export function runWorker(
  script: string,
  input: unknown,
  options: ChildOptions & { cpuProfileDir?: string }
): Promise<ChildResult> {
  const nodeArgs = ['--import', 'tsx']
  if (options.cpuProfileDir) nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`)
  return runCommand(process.execPath, [...nodeArgs, script, JSON.stringify(input)], options)
}
