import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { unsealToken } from '../utilities/tokens.ts'
import { BookingError } from './bookingError.ts'
import { findOneBooking } from './findOneBooking.ts'

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
  const doc = await findOneBooking(req, options, { idempotencyKey: { equals: key } })
  if (!doc) {
    return null
  }
  if (doc.idempotencyFingerprint !== bodyFingerprint) {
    throw new BookingError(422, 'This Idempotency-Key was already used for a different request', 'Idempotency-Key')
  }
  const cancelToken = unsealToken(String(doc.sealedManageToken ?? ''), req.payload.secret)
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
