import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { hashToken, newToken } from '../utilities/tokens.ts'
import { conflict } from './bookingError.ts'
import { createWithStaffFallback } from './createWithStaffFallback.ts'
import { findStaffForSlot } from './findStaffForSlot.ts'
import { assertPublicStart } from './getAvailability.ts'
import { asBody, parseId, parseInstant, parseSeats } from './parseInput.ts'

export interface HoldResult {
  expiresAt: string
  id: number | string
  reference: string
  token: string
}

/**
 * Holds a slot for `holdMinutes` while the visitor fills in the form (and pays). The hold is a
 * booking with status `held`: it takes capacity like any booking until it expires, and stops
 * counting at its expiry time whether or not the cleanup job has run.
 */
export const createHold = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  input: unknown,
): Promise<HoldResult> => {
  const body = asBody(input)
  const serviceId = parseId(body.service, 'service', true)
  const staffId = parseId(body.staff, 'staff')
  const start = parseInstant(body.start, 'start')
  const seats = parseSeats(body.seats)

  await assertPublicStart({ options, req, serviceId, staffId, start }) // the service's disclosure mode
  const { data, staffIds } = await findStaffForSlot({ options, req, seats, serviceId, staffId, start })
  if (data.service.bookingMode === 'request') {
    throw conflict('This service can only be requested: use POST /api/booking/requests', { reason: 'request-only' }, 'service')
  }
  const token = newToken()
  const expiresAt = new Date(options.clock().getTime() + options.holdMinutes * 60_000).toISOString()
  const { booking: doc } = await createWithStaffFallback({
    data: {
      holdExpiresAt: expiresAt,
      holdTokenHash: hashToken(token),
      seats,
      service: data.service.id,
      source: 'online',
      start: new Date(start).toISOString(),
      status: 'held',
    },
    options,
    req,
    staffIds,
  })
  return { id: doc.id as number | string, expiresAt, reference: String(doc.reference), token }
}
