import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { tokenMatches } from '../utilities/tokens.ts'
import { BookingError, badRequest, notFound } from './bookingError.ts'
import { findOneBooking } from './findOneBooking.ts'

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
  const doc = await findOneBooking(req, options, { reference: { equals: reference.trim().toUpperCase() } })
  if (!doc) {
    throw notFound('reference', 'No booking with this reference')
  }
  if (!tokenMatches(token, doc.cancelTokenHash)) {
    throw new BookingError(403, 'The token does not match this booking', 'token')
  }
  return doc
}
