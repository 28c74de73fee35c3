import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'
import type { ParsedBookingInput } from './createBooking.ts'

import { relationId, toInstant } from '../utilities/relationId.ts'
import { hashToken } from '../utilities/tokens.ts'
import { badRequest, conflict, notFound } from './bookingError.ts'
import { findOneBooking } from './findOneBooking.ts'

/**
 * Turns a hold into the confirmed booking: same id and reference, the customer filled in.
 * An expired hold is a 409 that names its expiry; the capacity hook re-checks the slot.
 */
export const confirmHold = async (args: {
  fields: Record<string, unknown>
  input: ParsedBookingInput
  options: SanitizedBookingOptions
  req: PayloadRequest
}): Promise<Record<string, unknown>> => {
  const { fields, input, options, req } = args
  const hold = await findOneBooking(req, options, { holdTokenHash: { equals: hashToken(input.holdToken!) } })
  if (!hold) {
    throw notFound('holdToken', 'No hold with this token')
  }
  if (String(relationId(hold.service)) !== String(input.serviceId)) {
    throw badRequest('service', 'service does not match the hold')
  }
  if (toInstant(hold.start) !== input.start) {
    throw badRequest('start', 'start does not match the hold')
  }
  if (input.staffId !== null && String(relationId(hold.staff)) !== String(input.staffId)) {
    throw badRequest('staff', 'staff does not match the hold')
  }
  if (input.seats !== Number(hold.seats ?? 1)) {
    throw badRequest('seats', 'seats does not match the hold')
  }
  const expiresAt = String(hold.holdExpiresAt)
  if (hold.status !== 'held' || toInstant(expiresAt) <= options.clock().getTime()) {
    throw conflict(
      hold.status === 'confirmed'
        ? 'This hold was already confirmed'
        : `The hold expired at ${expiresAt}: pick a time again`,
      { expiredAt: expiresAt, reason: hold.status === 'confirmed' ? 'confirmed' : 'hold-expired' },
      'holdToken',
    )
  }
  const doc = await req.payload.update({
    id: hold.id as number | string,
    collection: options.slugs.bookings,
    data: { ...fields, holdExpiresAt: null }, // the hold token stays: a second confirm gets a clear 409
    depth: 0,
    overrideAccess: true,
    req,
  })
  return doc as unknown as Record<string, unknown>
}
