import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { unsealToken } from '../utilities/tokens.ts'
import { BookingError } from './bookingError.ts'

export interface Replay {
  cancelToken: string
  doc: Record<string, unknown>
}

/**
 * The booking an earlier request with the same Idempotency-Key made, with the token it was
 * given; a 422 when the key was used for a different request body.
 */
export const findReplay = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  key: string,
  bodyFingerprint: string,
): Promise<null | Replay> => {
  const { docs } = await req.payload.find({
    collection: options.slugs.bookings,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    showHiddenFields: true,
    where: { idempotencyKey: { equals: key } },
  })
  const doc = docs[0] as Record<string, unknown> | undefined
  if (!doc) {
    return null
  }
  if (doc.idempotencyFingerprint !== bodyFingerprint) {
    throw new BookingError(422, 'This Idempotency-Key was already used for a different request', 'Idempotency-Key')
  }
  const cancelToken = unsealToken(String(doc.sealedCancelToken ?? ''), req.payload.secret, key)
  if (!cancelToken) {
    throw new BookingError(422, 'This Idempotency-Key cannot be replayed', 'Idempotency-Key')
  }
  return { cancelToken, doc }
}

export const parseIdempotencyKey = (value: null | string): null | string => {
  if (value === null || value === '') {
    return null
  }
  if (value.length > 200 || !/^[\x21-\x7e]+$/.test(value)) {
    throw new BookingError(400, 'Idempotency-Key must be 1-200 visible ASCII characters', 'Idempotency-Key')
  }
  return value
}
