import type { PayloadRequest } from 'payload'

import type { DisclosureMode, Proposal } from '../scheduling/suggest.ts'
import type { Slot } from '../scheduling/types.ts'
import type { SanitizedBookingOptions } from '../types.ts'
import type { SchedulingData } from './loadSchedulingData.ts'

import { computeSlots } from '../scheduling/slots.ts'
import { isDisclosureMode, narrowDisclosure, nearTermEndOf, suggestProposals } from '../scheduling/suggest.ts'
import { addDays, DAY_MS, daysBetween, isValidTimeZone, localDateOf, startOfLocalDay } from '../scheduling/time.ts'
import { badRequest, conflict } from './bookingError.ts'
import { loadActiveService, loadSchedulingData } from './loadSchedulingData.ts'
import { isAcceptedDate, MAX_YEAR, MIN_YEAR } from './parseInput.ts'

export interface AvailabilityQuery {
  /**
   * The public view: apply the service's disclosure mode, narrowed by this one (a block's
   * setting). Absent: every free slot (logged-in admins, internal callers).
   */
  disclosure?: DisclosureMode | null
  from: string
  /** Apply the service's disclosure mode (visitors); false for admins. */
  public?: boolean
  serviceId: number | string
  staffId?: null | number | string
  to: string
  tz?: null | string
}

export interface AvailabilityResult {
  data: SchedulingData
  /** The mode the answer was given in: `all` lists every free slot. */
  disclosure: DisclosureMode
  /** The free slots (`all`), the proposals (`suggest`, `seatsLeft` and, for any staff, `staffId` hidden), or none (`request`). */
  slots: (Proposal | Slot)[]
  timezone: string
}

/** The service's own disclosure mode and proposal count, as stored (defaults for older documents). */
export const serviceDisclosure = (service: Record<string, unknown>): { count: number; mode: DisclosureMode } => ({
  count: Math.max(1, Math.min(20, Math.floor(Number(service.suggestCount) || DEFAULT_SUGGEST_COUNT))),
  mode: isDisclosureMode(service.disclosure) ? service.disclosure : 'all',
})

export const DEFAULT_SUGGEST_COUNT = 4

/** The zone a service's days are counted in for proposals: its staff's common schedule zone, else the plugin's. */
const businessTimezone = (data: SchedulingData, fallback: string) => rangeTimezone(data, fallback)

/**
 * The public proposals of `data` between the business dates `from` and `to` (inclusive), limited
 * to `window`. Each business day is judged whole, whatever part of it the caller asked for, so
 * no choice of range, zone or staff shows more than that day's proposals.
 */
export const proposalsFor = (args: {
  data: SchedulingData
  from: string
  now: number
  options: SanitizedBookingOptions
  staffId?: null | number | string
  to: string
  window?: { end: number; start: number }
}): Proposal[] => {
  const { data, from, now, options, staffId, to, window } = args
  const timezone = businessTimezone(data, options.timezone)
  const free = computeSlots({ bookings: data.bookings, from, now, schedules: data.schedules, service: data.rules, timezone, to })
  // Every candidate start of those days as if empty and never too soon: the fixed parts of each day.
  const grid = computeSlots({
    bookings: [],
    from,
    now: startOfLocalDay(from, timezone) - DAY_MS,
    schedules: data.schedules,
    service: { ...data.rules, capacity: 1, maxAdvanceDays: 1_000_000, minNoticeMinutes: 0 },
    timezone,
    to,
  }).map((slot) => slot.start)
  const anyStaff = staffId === undefined || staffId === null
  return suggestProposals({
    anyStaff,
    count: serviceDisclosure(data.service).count,
    free,
    grid,
    nearTermEnd: nearTermEndOf(now, timezone),
    salt: `${String(data.service.id)}:${anyStaff ? '*' : String(staffId)}`,
    timezone,
    window,
  })
}

/**
 * For public holds and bookings, before anything looks at free or busy: an "on request only"
 * service and a `request` disclosure take no time (409 `request-only`), and a `suggest` service only a start among that day's proposals
 * (409 `not-offered`, whether the time is free or not), so probing times with holds or bookings
 * learns nothing the availability endpoint does not show.
 */
export const assertPublicStart = async (args: {
  options: SanitizedBookingOptions
  req: PayloadRequest
  serviceId: number | string
  staffId?: null | number | string
  start: number
}): Promise<void> => {
  const { options, req, serviceId, staffId, start } = args
  if (req.user && (await options.isAdmin({ req }))) return
  const service = await loadActiveService(req, options, serviceId)
  const { mode } = serviceDisclosure(service)
  // "On request only" is refused before any slot is looked at, so the 409 says nothing of free or taken.
  if (service.bookingMode === 'request') {
    throw conflict('This service can only be requested: use POST /api/booking/requests', { reason: 'request-only' }, 'service')
  }
  if (mode === 'all') return
  if (mode === 'request') {
    throw conflict(
      'This service takes requests only: propose a time with POST /api/booking/requests',
      { reason: 'request-only' },
      'service',
    )
  }
  const now = options.clock().getTime()
  const data = await loadSchedulingData({ now, options, req, serviceId, staffId, window: { end: start + 2 * DAY_MS, start: start - 2 * DAY_MS } })
  const date = localDateOf(start, businessTimezone(data, options.timezone))
  const offered = proposalsFor({ data, from: date, now, options, staffId, to: date })
  if (!offered.some((p) => p.start === start)) {
    throw conflict('This time is not offered: pick one of the proposed times', { reason: 'not-offered' }, 'start')
  }
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
  if (query.public) {
    const disclosure = narrowDisclosure(serviceDisclosure(data.service).mode, query.disclosure)
    if (disclosure === 'request') {
      return { data, disclosure, slots: [], timezone }
    }
    if (disclosure === 'suggest') {
      // The business days that overlap the range asked for, each judged whole.
      const range = { end: startOfLocalDay(addDays(query.to, 1), timezone), start: startOfLocalDay(query.from, timezone) }
      const zone = businessTimezone(data, options.timezone)
      const slots = proposalsFor({
        data,
        from: localDateOf(range.start, zone),
        now,
        options,
        staffId: query.staffId,
        to: localDateOf(range.end - 1, zone),
        window: range,
      })
      return { data, disclosure, slots, timezone }
    }
  }
  const slots = computeSlots({
    bookings: data.bookings,
    from: query.from,
    now,
    schedules: data.schedules,
    service: data.rules,
    timezone,
    to: query.to,
  })
  return { data, disclosure: 'all', slots, timezone }
}
