/**
 * An index over one staff member's existing bookings that answers "can a new appointment of this
 * service start at s, and how many seats are left?" in O(log n) per question.
 *
 * Two kinds of bookings:
 * - group bookings: same service as the one being booked and that service has capacity > 1. Those
 *   with exactly the candidate's start and end are the same session and share its seats; any other
 *   group booking is an ordinary obstacle;
 * - every other booking is an ordinary obstacle.
 * A candidate is blocked when its occupied interval [s - bufferBefore, s + duration + bufferAfter)
 * overlaps the occupied interval of an obstacle.
 */

import type { BusyBooking, Interval, ServiceRules } from './types.ts'

import { occupiedInterval } from './busy.ts'
import { mergeIntervals, overlapsAny } from './intervals.ts'
import { MINUTE_MS } from './time.ts'

export interface Occupancy {
  /** Number of group bookings per session, keyed by `${start}:${end}`. */
  readonly groupCount: ReadonlyMap<string, number>
  /** Sorted occupied ends of the group bookings. */
  readonly groupEnds: readonly number[]
  /** Seats taken per group session, keyed by `${start}:${end}`. */
  readonly groupSeats: ReadonlyMap<string, number>
  /** Sorted occupied starts of the group bookings. */
  readonly groupStarts: readonly number[]
  /** Normalized occupied intervals of all other bookings. */
  readonly obstacles: readonly Interval[]
  readonly service: ServiceRules
}

/**
 * Builds the index for the given bookings (all of ONE staff member; bookings of others must be
 * filtered out by the caller) and the service being booked. O(n log n).
 */
export function buildOccupancy(bookings: readonly BusyBooking[], service: ServiceRules): Occupancy {
  const isGroup = service.capacity > 1
  const obstacles: Interval[] = []
  const groupStarts: number[] = []
  const groupEnds: number[] = []
  const groupSeats = new Map<string, number>()
  const groupCount = new Map<string, number>()
  for (const b of bookings) {
    const occ = occupiedInterval(b)
    if (!(occ.end > occ.start)) continue
    if (isGroup && b.serviceId === service.id) {
      groupStarts.push(occ.start)
      groupEnds.push(occ.end)
      const key = sessionKey(b.start, b.end)
      groupSeats.set(key, (groupSeats.get(key) ?? 0) + b.seats)
      groupCount.set(key, (groupCount.get(key) ?? 0) + 1)
    } else {
      obstacles.push(occ)
    }
  }
  groupStarts.sort((a, b) => a - b)
  groupEnds.sort((a, b) => a - b)
  return { groupCount, groupEnds, groupSeats, groupStarts, obstacles: mergeIntervals(obstacles), service }
}

/**
 * Seats left for an appointment [start, end) of the indexed service, or null when an obstacle (or a
 * group booking of another session) overlaps its occupied interval. A result <= 0 means full.
 * For a capacity-1 service a free appointment gets 1. O(log n).
 */
export function seatsLeftAt(occ: Occupancy, start: number, end: number): null | number {
  const svc = occ.service
  const wanted: Interval = {
    end: end + svc.bufferAfterMinutes * MINUTE_MS,
    start: start - svc.bufferBeforeMinutes * MINUTE_MS,
  }
  if (overlapsAny(occ.obstacles, wanted)) return null
  if (occ.groupStarts.length === 0) return svc.capacity
  // Group bookings overlapping `wanted`: those starting before its end minus those ending at or
  // before its start (an interval ending before `wanted` starts also starts before it ends).
  const overlapping = countBelow(occ.groupStarts, wanted.end) - countAtOrBelow(occ.groupEnds, wanted.start)
  const key = sessionKey(start, end)
  // The session's own bookings always overlap (they share [start, end)), so they are among `overlapping`.
  if (overlapping - (occ.groupCount.get(key) ?? 0) > 0) return null
  return svc.capacity - (occ.groupSeats.get(key) ?? 0)
}

function sessionKey(start: number, end: number): string {
  return `${start}:${end}`
}

/** Number of elements < x in a sorted array. */
function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid] as number) < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Number of elements <= x in a sorted array. */
function countAtOrBelow(sorted: readonly number[], x: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid] as number) <= x) lo = mid + 1
    else hi = mid
  }
  return lo
}
