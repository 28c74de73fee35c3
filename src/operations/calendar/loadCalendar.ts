import type { PayloadRequest, Where } from 'payload'

import type { Schedule } from '../../scheduling/types.ts'
import type { SanitizedBookingOptions } from '../../types.ts'
import type {
  CalendarBooking,
  CalendarBookingStatus,
  CalendarCustomer,
  CalendarData,
  CalendarRequest,
  CalendarService,
  CalendarStaff,
  CalendarTimeOff,
} from './types.ts'

import { blockingStatuses, bookingStatuses } from '../../defaults.ts'
import { addDays, startOfLocalDay } from '../../scheduling/time.ts'
import { workingIntervals } from '../../scheduling/workingHours.ts'
import { relationId, toInstant } from '../../utilities/relationId.ts'
import { badRequest } from '../bookingError.ts'
import { validateRange } from '../getAvailability.ts'
import { isExpired } from '../requests/requestState.ts'
import { calendarViewer, visibleStaffIds } from './viewer.ts'

export interface CalendarQuery {
  from: string
  includeExpired: boolean
  services: null | string[]
  staff: null | string[]
  /** Booking statuses to show; default every status but cancelled. */
  statuses: null | string[]
  to: string
}

type Row = Record<string, unknown> & { id: number | string }

const MINUTE = 60_000
const DEFAULT_STATUSES: CalendarBookingStatus[] = ['held', 'confirmed', 'completed', 'no-show']
const OPEN_REQUESTS = ['new', 'contacted']

const customerOf = (value: unknown): CalendarCustomer => {
  const c = (value ?? {}) as Record<string, unknown>
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null)
  return { email: text(c.email), name: text(c.name), phone: text(c.phone) }
}

const iso = (value: unknown): string => new Date(toInstant(value)).toISOString()

/**
 * The calendar of a range of dates (both inclusive, in the business's zone): staff, services,
 * working hours and time off, bookings and requests. Five queries (staff, services, schedules,
 * bookings, requests) whatever the number of days or staff. Staff users get their own column only.
 */
export const loadCalendar = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  query: CalendarQuery,
): Promise<CalendarData> => {
  const viewer = await calendarViewer(req, options)
  validateRange(query, options)
  const statuses = (query.statuses ?? DEFAULT_STATUSES) as CalendarBookingStatus[]
  const unknown = statuses.find((s) => !bookingStatuses.includes(s))
  if (unknown) {
    throw badRequest('status', `Unknown status ${unknown}; use ${bookingStatuses.join(', ')}`)
  }
  const staffFilter = visibleStaffIds(viewer, query.staff)
  const timezone = options.timezone
  const now = options.clock().getTime()
  const window = { end: startOfLocalDay(addDays(query.to, 1), timezone), start: startOfLocalDay(query.from, timezone) }
  const staffWhere: Where[] = [{ active: { equals: true } }]
  if (staffFilter) {
    staffWhere.push({ id: { in: staffFilter } })
  }

  const [staffResult, serviceResult] = await Promise.all([
    req.payload.find({
      collection: options.slugs.staff,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { name: true, services: true },
      sort: 'name',
      where: { and: staffWhere },
    }),
    req.payload.find({
      collection: options.slugs.services,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { name: true, active: true, bookingMode: true, capacity: true, durationMinutes: true },
      sort: 'id',
    }),
  ])
  const staff: CalendarStaff[] = (staffResult.docs as unknown as Row[]).map((doc) => ({
    id: doc.id,
    name: String(doc.name ?? ''),
    services: (Array.isArray(doc.services) ? doc.services : []).map((s) => relationId(s)!).filter((s) => s !== null),
  }))
  const services: CalendarService[] = (serviceResult.docs as unknown as Row[]).map((doc) => ({
    active: doc.active !== false,
    bookingMode: doc.bookingMode === 'request' ? 'request' : 'instant',
    capacity: Math.max(1, Number(doc.capacity ?? 1)),
    durationMinutes: Number(doc.durationMinutes ?? 60),
    id: doc.id,
    name: String(doc.name ?? ''),
  }))
  const staffIds = staff.map((s) => s.id)
  const empty: CalendarData = {
    bookings: [],
    from: query.from,
    now: new Date(now).toISOString(),
    requests: [],
    services,
    staff,
    timeOff: [],
    timezone,
    to: query.to,
    workingHours: [],
  }
  if (staffIds.length === 0) {
    return empty
  }

  const serviceWhere: Where[] = query.services ? [{ service: { in: query.services } }] : []
  // Group seats count every booking that takes a seat, whatever the status filter shows.
  const loadedStatuses = [...new Set([...statuses, ...blockingStatuses])]
  const [scheduleResult, bookingResult, requestResult] = await Promise.all([
    req.payload.find({
      collection: options.slugs.availability,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { exceptions: true, staff: true, timezone: true, weekly: true },
      where: { staff: { in: staffIds } },
    }),
    // Bookings and requests through the adapter, as `findBlockingBookings` does: stored values
    // of the fields selected, without the per-document read processing (a week can hold 500).
    req.payload.db.find({
      collection: options.slugs.bookings,
      limit: 0,
      pagination: false,
      req,
      select: {
        checkedInAt: true,
        customer: true,
        end: true,
        holdExpiresAt: true,
        notes: true,
        paymentStatus: true,
        reference: true,
        reward: true,
        seats: true,
        service: true,
        source: true,
        staff: true,
        start: true,
        status: true,
        updatedAt: true,
      },
      sort: 'start',
      where: {
        and: [
          { staff: { in: staffIds } },
          { start: { less_than: new Date(window.end).toISOString() } },
          { end: { greater_than: new Date(window.start).toISOString() } },
          { status: { in: loadedStatuses } },
          ...serviceWhere,
        ],
      },
    }),
    req.payload.db.find({
      collection: options.slugs.requests,
      limit: 0,
      pagination: false,
      req,
      select: { createdAt: true, customer: true, message: true, preferredStart: true, reference: true, service: true, staff: true, status: true },
      sort: 'preferredStart',
      where: {
        and: [
          { staff: { in: staffIds } },
          { preferredStart: { exists: true } },
          // A request's block ends a service duration after its start: look back by the longest booking.
          { preferredStart: { greater_than: new Date(window.start - 24 * 60 * MINUTE).toISOString() } },
          { preferredStart: { less_than: new Date(window.end).toISOString() } },
          { status: { in: query.includeExpired ? [...OPEN_REQUESTS, 'expired'] : OPEN_REQUESTS } },
          ...serviceWhere,
        ],
      },
    }),
  ])

  const bookings = toCalendarBookings(bookingResult.docs as unknown as Row[], services, statuses, now)
  const durationOf = new Map(services.map((s) => [String(s.id), s.durationMinutes]))
  const requests: CalendarRequest[] = []
  for (const doc of requestResult.docs as unknown as Row[]) {
    const expired = doc.status === 'expired' || isExpired(doc, now, options)
    const start = toInstant(doc.preferredStart)
    const end = start + (durationOf.get(String(relationId(doc.service))) ?? 60) * MINUTE
    if ((expired && !query.includeExpired) || end <= window.start) {
      continue
    }
    requests.push({
      customer: customerOf(doc.customer),
      end: new Date(end).toISOString(),
      expired,
      id: doc.id,
      message: typeof doc.message === 'string' ? doc.message : null,
      reference: String(doc.reference ?? ''),
      service: relationId(doc.service)!,
      staff: relationId(doc.staff)!,
      start: new Date(start).toISOString(),
      status: expired ? 'expired' : String(doc.status),
    })
  }

  const workingHours: CalendarData['workingHours'] = []
  const timeOff: CalendarTimeOff[] = []
  for (const doc of scheduleResult.docs as unknown as Row[]) {
    const staffId = relationId(doc.staff)!
    const schedule: Schedule = {
      exceptions: (doc.exceptions as Schedule['exceptions']) ?? [],
      staffId: String(staffId),
      timezone: String(doc.timezone || timezone),
      weekly: (doc.weekly as Schedule['weekly']) ?? [],
    }
    for (const interval of workingIntervals(schedule, window)) {
      workingHours.push({ end: new Date(interval.end).toISOString(), staff: staffId, start: new Date(interval.start).toISOString() })
    }
    for (const e of (doc.exceptions as (Record<string, unknown> | undefined)[] | undefined) ?? []) {
      const startDate = String(e?.date ?? '').slice(0, 10)
      const endDate = typeof e?.endDate === 'string' && e.endDate.slice(0, 10) > startDate ? e.endDate.slice(0, 10) : startDate
      if (e?.closed && startDate && startDate <= query.to && endDate >= query.from) {
        timeOff.push({ endDate, note: typeof e.note === 'string' && e.note ? e.note : null, staff: staffId, startDate })
      }
    }
  }
  return { ...empty, bookings, requests, timeOff, workingHours }
}

/** Bookings as the calendar shows them, with the seats taken by each group session. */
const toCalendarBookings = (
  docs: Row[],
  services: CalendarService[],
  statuses: CalendarBookingStatus[],
  now: number,
): CalendarBooking[] => {
  const takesSeat = (doc: Row) =>
    doc.status === 'held' ? toInstant(doc.holdExpiresAt) > now : blockingStatuses.includes(doc.status as CalendarBookingStatus)
  const sessionKey = (doc: Row) =>
    `${String(relationId(doc.service))}|${String(relationId(doc.staff))}|${toInstant(doc.start)}|${toInstant(doc.end)}`
  const group = new Set(services.filter((s) => s.capacity > 1).map((s) => String(s.id)))
  const seats = new Map<string, number>()
  for (const doc of docs) {
    if (group.has(String(relationId(doc.service))) && takesSeat(doc)) {
      seats.set(sessionKey(doc), (seats.get(sessionKey(doc)) ?? 0) + Number(doc.seats ?? 1))
    }
  }
  return docs
    .filter((doc) => statuses.includes(doc.status as CalendarBookingStatus))
    .map((doc) => ({
      checkedInAt: doc.checkedInAt ? iso(doc.checkedInAt) : null,
      customer: customerOf(doc.customer),
      end: iso(doc.end),
      holdExpiresAt: doc.holdExpiresAt ? iso(doc.holdExpiresAt) : null,
      id: doc.id,
      notes: typeof doc.notes === 'string' && doc.notes ? doc.notes : null,
      paymentStatus: typeof doc.paymentStatus === 'string' && doc.paymentStatus ? doc.paymentStatus : null,
      reference: String(doc.reference ?? ''),
      seats: Number(doc.seats ?? 1),
      seatsTaken: seats.get(sessionKey(doc)) ?? Number(doc.seats ?? 1),
      service: relationId(doc.service)!,
      source: String(doc.source ?? ''),
      staff: relationId(doc.staff)!,
      start: iso(doc.start),
      status: doc.status as CalendarBookingStatus,
      updatedAt: iso(doc.updatedAt),
      // Only on reward bookings (paid with loyalty points): the calendar marks them.
      ...(relationId(doc.reward) !== null ? { reward: relationId(doc.reward) } : {}),
    }))
}
