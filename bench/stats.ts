export interface Stats {
  max: number
  mean: number
  min: number
  n: number
  p50: number
  p95: number
}

/** Nearest-rank percentile of a sample, in the sample's unit (here milliseconds). */
const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!

export const summarize = (samples: number[]): Stats => {
  const sorted = [...samples].sort((a, b) => a - b)
  const round = (x: number) => Math.round(x * 1000) / 1000
  return {
    max: round(sorted[sorted.length - 1]!),
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    min: round(sorted[0]!),
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
  }
}

/** Runs `fn` and returns how long it took, in milliseconds. */
export const timed = async <T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const began = performance.now()
  const value = await fn()
  return { ms: performance.now() - began, value }
}
