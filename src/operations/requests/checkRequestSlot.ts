import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'

import { computeSlots } from '../../scheduling/slots.ts'
import { addDays, localDateOf, startOfLocalDay } from '../../scheduling/time.ts'
import { relationId, toInstant } from '../../utilities/relationId.ts'
import { badRequest, notFound } from '../bookingError.ts'
import { loadSchedulingData } from '../loadSchedulingData.ts'
import { isAcceptedDate, parseId, parseInstant, parseSeats } from '../parseInput.ts'
import { loadRequestForAction } from './loadRequestForAction.ts'

/** The rules a request is booked under: working hours and capacity, not the public notice or advance. */
export const REQUEST_BOOKING_RULES = { maxAdvanceDays: 3650, minNoticeMinutes: 0 }

export interface RequestSlotCheck {
  /** The calendar date looked at, in `timezone`. */
  date: string
  /** Whether `start` (when given) can take the seats now, and if not, why. */
  selected: null | { available: boolean; reason?: 'full' | 'unavailable'; staff: string[]; start: string }
  /** Free starts of that date: each with the staff members who can take the seats. */
  slots: { seatsLeft: number; staff: string[]; start: string }[]
  staff: { id: number | string; name: string }[]
  timezone: string
}

/**
 * What the "Book" form of a request shows while staff pick a time: the free starts of one day
 * (the preferred day by default) and whether the picked start is free, by the same engine and
 * rules `book` then applies under the lock. Only for users who may act on the request.
 */
export const checkRequestSlot = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  id: unknown,
  query: { date?: null | string; seats?: null | string; staff?: null | string; start?: null | string },
): Promise<RequestSlotCheck> => {
  const request = await loadRequestForAction(req, options, id)
  const timezone = options.timezone
  const start = query.start ? parseInstant(query.start, 'start') : null
  const preferred = toInstant(request.preferredStart)
  const now = options.clock().getTime()
  // A picked start decides the day; otherwise the day asked for, the preferred day, or today.
  const date =
    start !== null ? localDateOf(start, timezone) : (query.date ?? localDateOf(Number.isNaN(preferred) ? now : preferred, timezone))
  if (!isAcceptedDate(date)) {
    throw badRequest('date', 'date must be a date YYYY-MM-DD')
  }
  // A query string carries text: "2" is 2 seats, "two" or "" a 400 naming seats.
  const seats = parseSeats(query.seats === null || query.seats === undefined ? undefined : Number(query.seats || NaN))
  const staffId = parseId(query.staff, 'staff') ?? relationId(request.staff)
  const window = { end: startOfLocalDay(addDays(date, 2), timezone), start: startOfLocalDay(addDays(date, -1), timezone) }
  // Everyone who performs the service (the form lists them all), then the slots of the one picked.
  const data = await loadSchedulingData({ now, options, req, serviceId: relationId(request.service)!, window })
  if (staffId !== null && !data.staff.some((s) => String(s.id) === String(staffId))) {
    throw notFound('staff', `No active staff member ${String(staffId)} performs this service`)
  }
  const all = computeSlots({
    bookings: data.bookings,
    from: date,
    now,
    schedules: data.schedules,
    service: { ...data.rules, ...REQUEST_BOOKING_RULES },
    timezone,
    to: date,
  }).filter((slot) => staffId === null || slot.staffId === String(staffId))
  const byStart = new Map<number, { seatsLeft: number; staff: string[] }>()
  for (const slot of all) {
    if (slot.seatsLeft < seats) {
      continue
    }
    const entry = byStart.get(slot.start) ?? { seatsLeft: 0, staff: [] }
    entry.seatsLeft = Math.max(entry.seatsLeft, slot.seatsLeft)
    entry.staff.push(slot.staffId)
    byStart.set(slot.start, entry)
  }
  const slots = [...byStart.entries()]
    .sort(([a], [b]) => a - b)
    .map(([at, entry]) => ({ ...entry, start: new Date(at).toISOString() }))
  let selected: RequestSlotCheck['selected'] = null
  if (start !== null) {
    const free = byStart.get(start)
    const taken = all.some((slot) => slot.start === start)
    selected = free
      ? { available: true, staff: free.staff, start: new Date(start).toISOString() }
      : { available: false, reason: taken ? 'full' : 'unavailable', staff: [], start: new Date(start).toISOString() }
  }
  return {
    date,
    selected,
    slots,
    staff: data.staff.map((s) => ({ id: s.id, name: String(s.name ?? s.id) })),
    timezone,
  }
}
