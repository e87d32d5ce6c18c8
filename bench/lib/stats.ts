/**
 * Timing statistics for the benchmarks: warm-up, repeated runs within a time budget, median and p95
 * (nearest-rank), and the log-log slope of a growth series. Never used in tests: figures vary by machine.
 */

export interface Sample {
  /** Every run, in milliseconds, in the order measured. */
  runs: number[]
  median: number
  p95: number
  min: number
  max: number
}

/** Nearest-rank percentile of already-sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number
}

export function summarize(runs: readonly number[]): Sample {
  const sorted = [...runs].sort((a, b) => a - b)
  return {
    runs: [...runs],
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN
  }
}

export interface RepeatOptions {
  /** Runs thrown away first (JIT, caches, lazy imports). */
  warmup?: number
  /** At least this many measured runs, whatever the budget. */
  minRuns?: number
  /** At most this many measured runs. */
  maxRuns?: number
  /** Stop adding runs once this much time (ms) went into measured runs (after minRuns). */
  budgetMs?: number
  /** Called between runs (outside the timing), e.g. to make the next edit. */
  between?: (i: number) => void | Promise<void>
}

/**
 * Times `run` repeatedly. `run` may return its own duration (ms) when only part of it counts (e.g. a
 * child process reporting its time); otherwise the wall time of the call is taken.
 */
export async function repeat(run: (i: number) => unknown, options: RepeatOptions = {}): Promise<Sample> {
  const { warmup = 1, minRuns = 5, maxRuns = 30, budgetMs = 10_000, between } = options
  let i = 0
  const once = async (): Promise<number> => {
    if (between) await between(i)
    const t0 = performance.now()
    const own = await run(i)
    const wall = performance.now() - t0
    i++
    return typeof own === 'number' && Number.isFinite(own) ? own : wall
  }
  for (let w = 0; w < warmup; w++) await once()
  const runs: number[] = []
  let spent = 0
  while (runs.length < maxRuns && (runs.length < minRuns || spent < budgetMs)) {
    const ms = await once()
    runs.push(ms)
    spent += ms
  }
  return summarize(runs)
}

/** Least-squares slope of log(y) against log(x): 1 is linear, 2 quadratic. */
export function logLogSlope(points: readonly { x: number; y: number }[]): number {
  const pts = points.filter((p) => p.x > 0 && p.y > 0)
  if (pts.length < 2) return Number.NaN
  const xs = pts.map((p) => Math.log(p.x))
  const ys = pts.map((p) => Math.log(p.y))
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length
  const my = ys.reduce((a, b) => a + b, 0) / ys.length
  let num = 0
  let den = 0
  for (let k = 0; k < xs.length; k++) {
    num += ((xs[k] as number) - mx) * ((ys[k] as number) - my)
    den += ((xs[k] as number) - mx) ** 2
  }
  return den === 0 ? Number.NaN : num / den
}
