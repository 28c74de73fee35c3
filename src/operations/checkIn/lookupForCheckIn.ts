import type { PayloadRequest, Where } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'
import type { CheckInLookup } from './types.ts'

import { addDays, localDateOf, startOfLocalDay } from '../../scheduling/time.ts'
import { notFound } from '../bookingError.ts'
import { findOneBooking } from '../findOneBooking.ts'
import { describeBookings } from './describeBookings.ts'
import { parseCheckInQuery, phoneMatches } from './parseQuery.ts'
import { assertMayHandle, checkInViewer } from './viewer.ts'

/** Statuses a phone lookup lists: what someone could be arriving for (not holds, not cancelled). */
const ARRIVING = ['confirmed', 'completed', 'no-show']

/**
 * What the front desk typed or scanned. A reference finds that one booking, whatever its day or
 * state (the view warns when it is not today's or is cancelled); 404 when there is none, 403 for
 * a staff user when it is a colleague's. A phone number lists that person's bookings of today in
 * the business's zone (a staff user: only their own), soonest first; none is an empty list.
 */
export const lookupForCheckIn = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  q: unknown,
): Promise<CheckInLookup> => {
  const viewer = await checkInViewer(req, options)
  const query = parseCheckInQuery(q)
  const now = options.clock().getTime()
  const today = localDateOf(now, options.timezone)
  const answer = { query, timezone: options.timezone, today }

  if (query.kind === 'reference') {
    const doc = await findOneBooking(req, options, { reference: { equals: query.reference } })
    if (!doc) {
      throw notFound('q', `No booking with the reference ${query.reference}`)
    }
    assertMayHandle(viewer, doc, 'q')
    return { ...answer, bookings: await describeBookings(req, options, [doc]) }
  }

  const and: Where[] = [
    { start: { greater_than_equal: new Date(startOfLocalDay(today, options.timezone)).toISOString() } },
    { start: { less_than: new Date(startOfLocalDay(addDays(today, 1), options.timezone)).toISOString() } },
    { status: { in: ARRIVING } },
    { 'customer.phone': { exists: true } },
  ]
  if (!viewer.isAdmin) {
    and.push({ staff: { in: viewer.ownStaffIds } })
  }
  // One day's bookings of the studio: few enough to match phone numbers (written any way) here.
  const { docs } = await req.payload.find({
    collection: options.slugs.bookings,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    sort: 'start',
    where: { and },
  })
  const matching = docs.filter((doc) => phoneMatches((doc as { customer?: { phone?: unknown } }).customer?.phone, query.digits))
  return { ...answer, bookings: await describeBookings(req, options, matching as unknown as Record<string, unknown>[]) }
}
