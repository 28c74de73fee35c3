import type { PayloadRequest } from 'payload'

import type { Slot } from '../scheduling/types.ts'
import type { SanitizedBookingOptions } from '../types.ts'
import type { SchedulingData } from './loadSchedulingData.ts'

import { computeSlots } from '../scheduling/slots.ts'
import { addDays, daysBetween, isValidTimeZone, startOfLocalDay } from '../scheduling/time.ts'
import { badRequest } from './bookingError.ts'
import { loadSchedulingData } from './loadSchedulingData.ts'
import { isAcceptedDate, MAX_YEAR, MIN_YEAR } from './parseInput.ts'

export interface AvailabilityQuery {
  from: string
  serviceId: number | string
  staffId?: null | number | string
  to: string
  tz?: null | string
}

export interface AvailabilityResult {
  data: SchedulingData
  slots: Slot[]
  timezone: string
}

/** The zone calendar dates are read in: `tz`, else the staff's common schedule zone, else the plugin's. */
const rangeTimezone = (data: SchedulingData, fallback: string, tz?: null | string): string => {
  if (tz) {
    return tz
  }
  const zones = new Set(data.schedules.map((s) => s.timezone))
  return zones.size === 1 ? [...zones][0]! : fallback
}

export const validateRange = (
  query: Pick<AvailabilityQuery, 'from' | 'to' | 'tz'>,
  options: SanitizedBookingOptions,
): void => {
  for (const field of ['from', 'to'] as const) {
    if (!isAcceptedDate(query[field])) {
      throw badRequest(field, `${field} must be a date YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}`)
    }
  }
  if (query.to < query.from) {
    throw badRequest('to', 'to must not be before from')
  }
  const days = daysBetween(query.from, query.to) + 1
  if (days > options.maxRangeDays) {
    throw badRequest('to', `The range is ${days} days; at most ${options.maxRangeDays} are allowed`)
  }
  if (query.tz && !isValidTimeZone(query.tz)) {
    throw badRequest('tz', 'tz must be an IANA timezone such as Europe/Berlin')
  }
}

/** Free slots of a service over a range of calendar dates (both inclusive). */
export const getAvailability = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  query: AvailabilityQuery,
): Promise<AvailabilityResult> => {
  validateRange(query, options)
  const now = options.clock().getTime()
  // Load with a day of slack on both sides: the range's zone is known only once schedules are loaded.
  const window = {
    end: startOfLocalDay(addDays(query.to, 2), 'UTC'),
    start: startOfLocalDay(addDays(query.from, -1), 'UTC'),
  }
  const data = await loadSchedulingData({ now, options, req, serviceId: query.serviceId, staffId: query.staffId, window })
  const timezone = rangeTimezone(data, options.timezone, query.tz)
  const slots = computeSlots({
    bookings: data.bookings,
    from: query.from,
    now,
    schedules: data.schedules,
    service: data.rules,
    timezone,
    to: query.to,
  })
  return { data, slots, timezone }
}
