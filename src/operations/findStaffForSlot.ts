import type { PayloadRequest } from 'payload'

import type { ServiceRules } from '../scheduling/types.ts'
import type { SanitizedBookingOptions } from '../types.ts'
import type { SchedulingData } from './loadSchedulingData.ts'

import { computeSlots } from '../scheduling/slots.ts'
import { localDateOf } from '../scheduling/time.ts'
import { conflict } from './bookingError.ts'
import { loadSchedulingData } from './loadSchedulingData.ts'

const DAY = 86_400_000

/**
 * The staff members who can take `seats` at exactly `start` now, by the same engine as the
 * availability endpoint (so the two never disagree), least busy that day first. A 409 when
 * nobody can: the time is taken, full, too soon, too far ahead or outside working hours.
 */
export const findStaffForSlot = async (args: {
  options: SanitizedBookingOptions
  req: PayloadRequest
  /** Rules to relax for staff (a request being booked ignores the public notice and advance). */
  rules?: Partial<ServiceRules>
  seats: number
  serviceId: number | string
  staffId?: null | number | string
  start: number
}): Promise<{ data: SchedulingData; staffIds: string[] }> => {
  const { options, req, rules, seats, serviceId, staffId, start } = args
  const now = options.clock().getTime()
  const window = { end: start + 2 * DAY, start: start - 2 * DAY }
  const data = await loadSchedulingData({ now, options, req, serviceId, staffId, window })
  const slots = computeSlots({
    bookings: data.bookings,
    from: localDateOf(start - DAY, 'UTC'),
    now,
    schedules: data.schedules,
    service: { ...data.rules, ...rules },
    timezone: 'UTC',
    to: localDateOf(start + DAY, 'UTC'),
  }).filter((slot) => slot.start === start)
  const fitting = slots.filter((slot) => slot.seatsLeft >= seats)
  if (fitting.length === 0) {
    const full = slots.length > 0
    throw conflict(
      full
        ? `Only ${Math.max(...slots.map((s) => s.seatsLeft))} seat(s) are left at this time`
        : 'This time is not available: it is taken, outside working hours, or too soon or too far ahead',
      { reason: full ? 'full' : 'unavailable' },
      'start',
    )
  }
  const load = new Map<string, number>()
  for (const booking of data.bookings) {
    if (Math.abs(booking.start - start) < DAY) {
      load.set(booking.staffId, (load.get(booking.staffId) ?? 0) + 1)
    }
  }
  const staffIds = fitting
    .map((slot) => slot.staffId)
    .sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0))
  return { data, staffIds }
}
