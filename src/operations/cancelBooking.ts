import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { toInstant } from '../utilities/relationId.ts'
import { asBody } from './parseInput.ts'
import { conflict } from './bookingError.ts'
import { findByReference } from './findByReference.ts'
import { previewRefund } from './payments/refundByPolicy.ts'
import { toPublicBooking } from './publicBooking.ts'

/**
 * A customer cancels with their reference and manage token. The seat is free at once (a
 * cancelled booking occupies nothing). Cancelling twice answers with the cancelled booking.
 */
export const cancelBooking = async (req: PayloadRequest, options: SanitizedBookingOptions, input: unknown) => {
  const body = asBody(input)
  const doc = await findByReference(req, options, body.reference, body.token)
  if (doc.status === 'cancelled') {
    return toPublicBooking(doc, true)
  }
  if (doc.status === 'completed' || doc.status === 'no-show') {
    throw conflict(`A ${String(doc.status)} booking cannot be cancelled`, { reason: 'not-cancellable' })
  }
  if (toInstant(doc.start) <= options.clock().getTime()) {
    throw conflict('This booking has already started and can no longer be cancelled', { reason: 'started' })
  }
  const reason = typeof body.reason === 'string' ? body.reason.slice(0, 2000) : undefined
  const updated = await req.payload.update({
    id: doc.id as number | string,
    collection: options.slugs.bookings,
    data: { cancellation: { reason: reason ?? 'Cancelled by the customer' }, status: 'cancelled' },
    depth: 0,
    overrideAccess: true,
    req,
  })
  // A paid booking is refunded by its service's policy (the bookings hook queues it): say how much.
  const refund = updated.paymentStatus ? await previewRefund(req, options, updated as never) : null
  return { ...toPublicBooking(updated as unknown as Record<string, unknown>, true), ...(refund ? { refund } : {}) }
}
