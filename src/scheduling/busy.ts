/**
 * How much time an existing booking takes away from its staff member.
 */

import type { BusyBooking, Interval } from './types.ts'

import { MINUTE_MS } from './time.ts'

/**
 * The interval a booking blocks for its staff member: the appointment widened by its buffers,
 * [start - bufferBefore, end + bufferAfter).
 */
export function occupiedInterval(b: BusyBooking): Interval {
  return {
    end: b.end + b.bufferAfterMinutes * MINUTE_MS,
    start: b.start - b.bufferBeforeMinutes * MINUTE_MS,
  }
}
