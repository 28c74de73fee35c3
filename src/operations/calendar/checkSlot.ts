import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'
import type { SlotCheck } from './types.ts'

import { checkBooking } from '../../scheduling/checkBooking.ts'
import { docId } from '../../utilities/relationId.ts'
import { badRequest } from '../bookingError.ts'
import { loadSchedulingData } from '../loadSchedulingData.ts'
import { parseId, parseInstant, parseSeats } from '../parseInput.ts'
import { calendarViewer, visibleStaffIds } from './viewer.ts'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

export interface SlotCheckQuery {
  end?: null | string
  /** The booking being moved: it does not collide with itself. */
  exclude?: null | string
  seats?: null | string
  service?: null | string
  staff?: null | string
  start?: null | string
}

/**
 * Whether a booking would fit, before it is saved: the same loading (`loadSchedulingData`) and
 * the same engine check (`checkBooking`) as the availability endpoint and the capacity hook, so
 * the calendar, the public site and the database never disagree. Working hours are reported but
 * do not block (staff may book outside them, as the hook allows).
 */
export const checkSlot = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  query: SlotCheckQuery,
): Promise<SlotCheck> => {
  const viewer = await calendarViewer(req, options)
  const serviceId = parseId(query.service, 'service', true)
  const staffId = parseId(query.staff, 'staff', true)
  visibleStaffIds(viewer, [String(staffId)])
  const start = parseInstant(query.start, 'start')
  const excludeId = parseId(query.exclude, 'exclude')
  const seats = query.seats ? parseSeats(Number(query.seats)) : 1
  const now = options.clock().getTime()

  const data = await loadSchedulingData({
    now,
    options,
    req,
    serviceId,
    staffId,
    window: { end: start + DAY, start: start - DAY },
  })
  const end = query.end ? parseInstant(query.end, 'end') : start + data.rules.durationMinutes * MINUTE
  if (end <= start) {
    throw badRequest('end', 'end must be after start')
  }
  const bookings =
    excludeId === null ? data.bookings : data.bookings.filter((b) => String(b.id) !== String(excludeId))
  const schedule = data.schedules.find((s) => s.staffId === String(staffId)) ?? null
  const args = { bookings, end, schedule, seats, service: data.rules, staffId: String(staffId), start }
  const insideWorkingHours = checkBooking({ ...args, bookings: [], requireWorkingHours: true }).ok
  const verdict = checkBooking({ ...args, requireWorkingHours: false })
  if (verdict.ok) {
    return { insideWorkingHours, ok: true, seatsLeft: verdict.seatsLeft }
  }
  if (verdict.reason === 'full') {
    return { insideWorkingHours, ok: false, reason: 'full', seatsLeft: verdict.seatsLeft }
  }
  if (verdict.reason !== 'conflict') {
    throw new Error(`unexpected verdict ${verdict.reason}`)
  }
  // The engine returns the colliding booking itself, as loaded.
  const other = bookings.find((b) => b === verdict.conflict)
  const otherDoc = other
    ? await req.payload.findByID({
        id: other.id,
        collection: options.slugs.bookings,
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
        req,
        select: { customer: true },
      })
    : null
  const customer = (otherDoc as { customer?: { name?: null | string } } | null)?.customer?.name ?? null
  return {
    conflict: {
      customer,
      end: new Date(verdict.conflict.end).toISOString(),
      reference: other?.reference ?? '',
      service: docId(verdict.conflict.serviceId),
      start: new Date(verdict.conflict.start).toISOString(),
    },
    insideWorkingHours,
    ok: false,
    reason: 'conflict',
  }
}
