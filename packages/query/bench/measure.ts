/** Timing and memory helpers for the benchmark: medians, adaptive repetition, heap after GC. */
import v8 from 'node:v8'
import vm from 'node:vm'

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

/** Bytes in use after a full collection: the JS heap plus typed-array buffers. */
export async function memory(): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 10))
  gc()
  gc()
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length === 0
    ? Number.NaN
    : s.length % 2
      ? (s[m] as number)
      : ((s[m - 1] as number) + (s[m] as number)) / 2
}

/**
 * Milliseconds per call of `run`: after one warm-up call, repeats it until `budgetMs` has passed
 * (at least once, at most `maxReps` times) and divides.
 */
export function perCall(run: () => unknown, budgetMs: number, maxReps = 100_000): number {
  // A warm-up call lets the JIT compile; skipped for slow baselines timed once (budget 0).
  if (budgetMs > 0) run()
  let reps = 0
  const start = performance.now()
  let now = start
  do {
    run()
    reps++
    now = performance.now()
  } while (now - start < budgetMs && reps < maxReps)
  return (now - start) / reps
}

/** The same for an asynchronous call (a DuckDB query). */
export async function perCallAsync(
  run: () => Promise<unknown>,
  budgetMs: number,
  maxReps = 10_000,
): Promise<number> {
  if (budgetMs > 0) await run()
  let reps = 0
  const start = performance.now()
  let now = start
  do {
    await run()
    reps++
    now = performance.now()
  } while (now - start < budgetMs && reps < maxReps)
  return (now - start) / reps
}

/** At least `min` samples: the parameters, repeated. */
const samples = <T>(params: readonly T[], min: number): T[] =>
  Array.from({ length: Math.max(params.length, min) }, (_, i) => params[i % params.length] as T)

/**
 * Median per-call time over several differently parameterised calls (at least 7 samples when
 * repeated, so that a pause of the process during one of them does not decide the figure).
 */
export function medianOver<T>(
  params: readonly T[],
  run: (p: T) => unknown,
  budgetMs: number,
): number {
  return median(samples(params, budgetMs > 0 ? 7 : 1).map((p) => perCall(() => run(p), budgetMs)))
}

export async function medianOverAsync<T>(
  params: readonly T[],
  run: (p: T) => Promise<unknown>,
  budgetMs: number,
): Promise<number> {
  const times: number[] = []
  for (const p of samples(params, budgetMs > 0 ? 7 : 1))
    times.push(await perCallAsync(() => run(p), budgetMs))
  return median(times)
}

/** A duration for a table: µs below 1 ms, ms below 10 s. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–'
  if (ms < 0.001) return `${(ms * 1e6).toFixed(0)} ns`
  if (ms < 1) return `${(ms * 1000).toFixed(ms < 0.01 ? 2 : 1)} µs`
  if (ms < 10_000) return `${ms.toFixed(ms < 10 ? 2 : ms < 100 ? 1 : 0)} ms`
  return `${(ms / 1000).toFixed(1)} s`
}

export function formatMb(bytes: number): string {
  // Memory measured after GC can dip a little below the baseline: that is zero.
  const b = Math.max(0, bytes)
  return `${(b / 1e6).toFixed(b < 1e7 ? 1 : 0)} MB`
}

export function ratio(slow: number, fast: number): string {
  const r = slow / fast
  if (!Number.isFinite(r)) return '–'
  return r >= 100
    ? `${Math.round(r).toLocaleString('en')}×`
    : r >= 10
      ? `${r.toFixed(0)}×`
      : `${r.toFixed(1)}×`
}
