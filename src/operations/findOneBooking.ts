import type { PayloadRequest, Where } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

/**
 * The one booking matching `where` (a reference, a hold token hash, an idempotency key), with its
 * hidden fields, for the operations that check a secret against it. Never returned as it is.
 */
export const findOneBooking = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  where: Where,
): Promise<Record<string, unknown> | undefined> => {
  const { docs } = await req.payload.find({
    collection: options.slugs.bookings,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    showHiddenFields: true,
    where,
  })
  return docs[0] as Record<string, unknown> | undefined
}
