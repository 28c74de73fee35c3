import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { Interval } from './types.ts'

import {
  clipIntervals,
  containsInterval,
  intersectIntervals,
  intervalsOverlap,
  mergeIntervals,
  overlapsAny,
  subtractIntervals,
} from './intervals.ts'

const iv = (start: number, end: number): Interval => ({ end, start })

describe('mergeIntervals', () => {
  it('sorts, merges overlapping and touching intervals, drops empty ones', () => {
    expect(mergeIntervals([iv(5, 7), iv(1, 3), iv(3, 4), iv(6, 9), iv(10, 10), iv(12, 11), iv(20, 30)])).toEqual([
      iv(1, 4),
      iv(5, 9),
      iv(20, 30),
    ])
    expect(mergeIntervals([])).toEqual([])
    expect(mergeIntervals([iv(1, 10), iv(2, 3)])).toEqual([iv(1, 10)])
  })

  it('does not modify its input', () => {
    const input = [iv(3, 5), iv(1, 4)]
    mergeIntervals(input)
    expect(input).toEqual([iv(3, 5), iv(1, 4)])
  })
})

describe('intersect / subtract / clip', () => {
  it('intersects', () => {
    expect(intersectIntervals([iv(0, 10), iv(20, 30)], [iv(5, 25), iv(28, 40)])).toEqual([
      iv(5, 10),
      iv(20, 25),
      iv(28, 30),
    ])
    expect(intersectIntervals([iv(0, 5)], [iv(5, 10)])).toEqual([])
  })

  it('subtracts', () => {
    expect(subtractIntervals([iv(0, 10), iv(20, 30)], [iv(2, 3), iv(5, 22), iv(29, 35)])).toEqual([
      iv(0, 2),
      iv(3, 5),
      iv(22, 29),
    ])
    expect(subtractIntervals([iv(0, 10)], [])).toEqual([iv(0, 10)])
    expect(subtractIntervals([iv(0, 10)], [iv(-5, 15)])).toEqual([])
    expect(subtractIntervals([iv(0, 10), iv(12, 14)], [iv(10, 12)])).toEqual([iv(0, 10), iv(12, 14)])
  })

  it('clips', () => {
    expect(clipIntervals([iv(0, 10), iv(20, 30), iv(40, 50)], iv(5, 25))).toEqual([iv(5, 10), iv(20, 25)])
  })
})

describe('containsInterval / overlapsAny', () => {
  const list = [iv(0, 10), iv(20, 30)]
  it('containsInterval', () => {
    expect(containsInterval(list, iv(0, 10))).toBe(true)
    expect(containsInterval(list, iv(2, 8))).toBe(true)
    expect(containsInterval(list, iv(25, 30))).toBe(true)
    expect(containsInterval(list, iv(5, 21))).toBe(false)
    expect(containsInterval(list, iv(10, 12))).toBe(false)
    expect(containsInterval(list, iv(-1, 2))).toBe(false)
    expect(containsInterval([], iv(1, 2))).toBe(false)
  })

  it('overlapsAny and intervalsOverlap treat touching intervals as disjoint', () => {
    expect(overlapsAny(list, iv(10, 20))).toBe(false)
    expect(overlapsAny(list, iv(9, 20))).toBe(true)
    expect(overlapsAny(list, iv(10, 21))).toBe(true)
    expect(overlapsAny(list, iv(-5, 0))).toBe(false)
    expect(overlapsAny(list, iv(30, 40))).toBe(false)
    expect(intervalsOverlap(iv(0, 10), iv(10, 20))).toBe(false)
    expect(intervalsOverlap(iv(0, 10), iv(9, 20))).toBe(true)
    expect(intervalsOverlap(iv(5, 5), iv(0, 10))).toBe(false)
  })
})

describe('against a point-set model', () => {
  // Intervals over small integers: compare with explicit sets of covered points.
  const arbList = fc.array(
    fc.tuple(fc.integer({ max: 60, min: 0 }), fc.integer({ max: 15, min: 0 })).map(([s, len]) => iv(s, s + len)),
    { maxLength: 8 },
  )
  const points = (list: Interval[]) => {
    const set = new Set<number>()
    for (const i of list) for (let p = i.start; p < i.end; p++) set.add(p)
    return set
  }
  const normalized = (list: Interval[]) =>
    list.every((i, k) => i.start < i.end && (k === 0 || (list[k - 1] as Interval).end < i.start))

  it('merge, intersect, subtract, contains and overlaps agree with sets', () => {
    fc.assert(
      fc.property(
        arbList,
        arbList,
        fc.integer({ max: 70, min: 0 }),
        fc.integer({ max: 10, min: 1 }),
        (a, b, s, len) => {
          const pa = points(a)
          const pb = points(b)
          const merged = mergeIntervals(a)
          expect(normalized(merged)).toBe(true)
          expect(points(merged)).toEqual(pa)
          const inter = intersectIntervals(a, b)
          expect(normalized(inter)).toBe(true)
          expect(points(inter)).toEqual(new Set([...pa].filter((p) => pb.has(p))))
          const diff = subtractIntervals(a, b)
          expect(normalized(diff)).toBe(true)
          expect(points(diff)).toEqual(new Set([...pa].filter((p) => !pb.has(p))))
          const q = iv(s, s + len)
          const qp = [...points([q])]
          const insideOne = merged.some((m) => m.start <= q.start && q.end <= m.end)
          expect(containsInterval(merged, q)).toBe(insideOne)
          expect(overlapsAny(merged, q)).toBe(qp.some((p) => pa.has(p)))
        },
      ),
      { numRuns: 300 },
    )
  })
})
