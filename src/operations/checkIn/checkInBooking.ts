import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'
import type { CheckInResult } from './types.ts'

import { badRequest, conflict, notFound } from '../bookingError.ts'
import { findOneBooking } from '../findOneBooking.ts'
import { asBody, parseId } from '../parseInput.ts'
import { describeBookings } from './describeBookings.ts'
import { assertMayHandle, checkInViewer } from './viewer.ts'

/**
 * Marks a customer's arrival (`checkedInAt` = now), or with `undo` takes it back. The write goes
 * through the bookings collection with the user's own access, exactly as the calendar's "Check in"
 * does (capacity hook, access rules, messages: nothing is bypassed). Checking in twice changes
 * nothing and says so. A cancelled booking or a hold cannot be checked in (409); a booking the job
 * marked no-show can: the customer came late after all, and it is confirmed again.
 */
export const checkInBooking = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  input: unknown,
): Promise<CheckInResult> => {
  const viewer = await checkInViewer(req, options)
  const body = asBody(input)
  const id = parseId(body.booking, 'booking', true)
  if (body.undo !== undefined && typeof body.undo !== 'boolean') {
    throw badRequest('undo', 'undo must be true or false')
  }
  const doc = await findOneBooking(req, options, { id: { equals: id } })
  if (!doc) {
    throw notFound('booking', `No booking with id ${String(id)}`)
  }
  assertMayHandle(viewer, doc, 'booking')

  const describe = async (booking: Record<string, unknown>, changed: boolean, alreadyCheckedIn = false) => ({
    alreadyCheckedIn,
    booking: (await describeBookings(req, options, [booking]))[0]!,
    changed,
  })
  let data: Record<string, unknown>
  if (body.undo === true) {
    if (!doc.checkedInAt) {
      return describe(doc, false)
    }
    // A completed visit that is undone is an appointment still to come.
    data = doc.status === 'completed' ? { checkedInAt: null, status: 'confirmed' } : { checkedInAt: null }
  } else {
    if (doc.checkedInAt) {
      return describe(doc, false, true)
    }
    if (doc.status === 'cancelled' || doc.status === 'held') {
      throw conflict(`A ${String(doc.status)} booking cannot be checked in`, { reason: doc.status }, 'booking')
    }
    const checkedInAt = options.clock().toISOString()
    data = doc.status === 'no-show' ? { checkedInAt, status: 'confirmed' } : { checkedInAt }
  }
  const updated = await req.payload.update({
    id: doc.id as number | string,
    collection: options.slugs.bookings,
    data,
    depth: 0,
    overrideAccess: false,
    req,
  })
  return describe(updated as unknown as Record<string, unknown>, true)
}
