/**
 * Set operations on half-open intervals [start, end) of epoch milliseconds.
 *
 * "Normalized" means: sorted by start, non-empty (start < end), pairwise disjoint and not touching.
 * `mergeIntervals` produces that form; the other operations accept any list (they normalize their
 * inputs first, which is O(n) for an already sorted list) and return normalized lists.
 */

import type { Interval } from './types.ts'

/**
 * Sorts `list` and merges overlapping or touching intervals; empty intervals (end <= start) are
 * dropped. Returns a new normalized list; the input is not modified. O(n log n).
 */
export function mergeIntervals(list: readonly Interval[]): Interval[] {
  const sorted = list.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end)
  const out: Interval[] = []
  for (const i of sorted) {
    const last = out[out.length - 1]
    if (last && i.start <= last.end) {
      if (i.end > last.end) last.end = i.end
    } else {
      out.push({ end: i.end, start: i.start })
    }
  }
  return out
}

/** The points that lie in both `a` and `b`, normalized. O((n + m) log(n + m)). */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const x = mergeIntervals(a)
  const y = mergeIntervals(b)
  const out: Interval[] = []
  let i = 0
  let j = 0
  while (i < x.length && j < y.length) {
    const p = x[i] as Interval
    const q = y[j] as Interval
    const start = Math.max(p.start, q.start)
    const end = Math.min(p.end, q.end)
    if (start < end) out.push({ end, start })
    if (p.end < q.end) i++
    else j++
  }
  return out
}

/** The points of `a` that are not in `b`, normalized. O((n + m) log(n + m)). */
export function subtractIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const x = mergeIntervals(a)
  const y = mergeIntervals(b)
  const out: Interval[] = []
  let j = 0
  for (const p of x) {
    let cursor = p.start
    while (j < y.length && (y[j] as Interval).end <= cursor) j++
    let k = j
    while (k < y.length && (y[k] as Interval).start < p.end) {
      const q = y[k] as Interval
      if (q.start > cursor) out.push({ end: q.start, start: cursor })
      cursor = Math.max(cursor, q.end)
      if (cursor >= p.end) break
      k++
    }
    if (cursor < p.end) out.push({ end: p.end, start: cursor })
  }
  return out
}

/** `list` restricted to `window`, normalized. */
export function clipIntervals(list: readonly Interval[], window: Interval): Interval[] {
  return intersectIntervals(list, [window])
}

/**
 * True when `interval` lies entirely inside one interval of `sorted` (which must be normalized,
 * e.g. the output of `mergeIntervals`). An empty interval counts as contained when its start lies
 * in the list (start inclusive, end exclusive). Binary search, O(log n).
 */
export function containsInterval(sorted: readonly Interval[], interval: Interval): boolean {
  const idx = lastStartingAtOrBefore(sorted, interval.start)
  if (idx < 0) return false
  const host = sorted[idx] as Interval
  return interval.start < host.end && Math.max(interval.start, interval.end) <= host.end
}

/**
 * True when `interval` (non-empty) shares at least one point with an interval of `sorted`
 * (which must be normalized). Binary search, O(log n).
 */
export function overlapsAny(sorted: readonly Interval[], interval: Interval): boolean {
  if (interval.end <= interval.start) return false
  // The first interval whose end lies after interval.start is the only candidate.
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid] as Interval).end <= interval.start) lo = mid + 1
    else hi = mid
  }
  return lo < sorted.length && (sorted[lo] as Interval).start < interval.end
}

/** True when two half-open intervals share at least one point. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end
}

/** Index of the last interval with start <= t, or -1. */
function lastStartingAtOrBefore(sorted: readonly Interval[], t: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid] as Interval).start <= t) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}
