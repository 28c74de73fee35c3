import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { tokenMatches } from '../utilities/tokens.ts'
import { BookingError, badRequest, notFound } from './bookingError.ts'

/** The booking with this reference, if `token` is its manage token: 404 unknown, 403 wrong token. */
export const findByReference = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  reference: unknown,
  token: unknown,
): Promise<Record<string, unknown>> => {
  if (typeof reference !== 'string' || reference.trim() === '' || reference.length > 40) {
    throw badRequest('reference', 'reference is required')
  }
  if (typeof token !== 'string' || token === '') {
    throw badRequest('token', 'token is required')
  }
  const { docs } = await req.payload.find({
    collection: options.slugs.bookings,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    showHiddenFields: true,
    where: { reference: { equals: reference.trim().toUpperCase() } },
  })
  const doc = docs[0] as Record<string, unknown> | undefined
  if (!doc) {
    throw notFound('reference', 'No booking with this reference')
  }
  if (!tokenMatches(token, doc.cancelTokenHash)) {
    throw new BookingError(403, 'The token does not match this booking', 'token')
  }
  return doc
}
