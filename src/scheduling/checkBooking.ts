/**
 * The authoritative check for one proposed booking against the existing bookings of its staff member
 * (what the database hook runs inside its transaction). Deliberately a plain linear scan, independent
 * of the slot index, so the two implementations can be tested against each other.
 */

import type { BookingCheck, BusyBooking, Schedule, ServiceRules } from './types.ts'

import { occupiedInterval } from './busy.ts'
import { containsInterval, intervalsOverlap } from './intervals.ts'
import { MINUTE_MS } from './time.ts'
import { workingIntervals } from './workingHours.ts'

export interface CheckBookingArgs {
  /** Existing blocking bookings; those of other staff are ignored. Must not include the booking itself. */
  bookings: readonly BusyBooking[]
  end: number
  /** When true, [start, end) must lie inside one working interval of `schedule`. */
  requireWorkingHours: boolean
  schedule: null | Schedule
  /** Seats the proposed booking takes. */
  seats: number
  service: ServiceRules
  staffId: string
  start: number
}

/**
 * Checks a proposed booking [start, end) of `service` with `seats` seats for `staffId`. In order:
 * 1. `outside-hours` when working hours are required and [start, end) is not inside one working
 *    interval of `schedule` (no schedule → outside-hours);
 * 2. `conflict` when the proposed occupied interval [start - bufferBefore, end + bufferAfter) overlaps
 *    the occupied interval of another booking of the staff member (the earliest such booking is
 *    returned). Bookings of the same service with capacity > 1 and the identical start and end are the
 *    same group session and never conflict;
 * 3. `full` when the session's taken seats plus `seats` exceed the capacity (seatsLeft = capacity - taken,
 *    at least 0);
 * 4. otherwise ok, with the seats left after this booking.
 */
export function checkBooking(args: CheckBookingArgs): BookingCheck {
  const { end, schedule, seats, service, staffId, start } = args

  if (args.requireWorkingHours) {
    if (!schedule) return { ok: false, reason: 'outside-hours' }
    const working = workingIntervals(schedule, { end, start })
    if (!(end > start) || !containsInterval(working, { end, start })) return { ok: false, reason: 'outside-hours' }
  }

  const proposed = {
    end: end + service.bufferAfterMinutes * MINUTE_MS,
    start: start - service.bufferBeforeMinutes * MINUTE_MS,
  }
  const isGroup = service.capacity > 1
  let taken = 0
  let conflict: BusyBooking | null = null
  for (const b of args.bookings) {
    if (b.staffId !== staffId) continue
    if (isGroup && b.serviceId === service.id && b.start === start && b.end === end) {
      taken += b.seats
      continue
    }
    if (intervalsOverlap(occupiedInterval(b), proposed) && (!conflict || b.start < conflict.start)) conflict = b
  }

  if (conflict) return { conflict, ok: false, reason: 'conflict' }
  if (taken + seats > service.capacity) {
    return { ok: false, reason: 'full', seatsLeft: Math.max(0, service.capacity - taken) }
  }
  return { ok: true, seatsLeft: service.capacity - taken - seats }
}
