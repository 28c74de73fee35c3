import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'
import type { Body, CustomerInput } from './parseInput.ts'

import { assertNotPaidOnline } from './payments/assertNotPaidOnline.ts'
import { fingerprint, manageTokenFields, newToken } from '../utilities/tokens.ts'
import { BookingError, conflict } from './bookingError.ts'
import { confirmHold } from './confirmHold.ts'
import { createWithStaffFallback } from './createWithStaffFallback.ts'
import { findStaffForSlot } from './findStaffForSlot.ts'
import { assertPublicStart } from './getAvailability.ts'
import { findReplay } from './idempotency.ts'
import { asBody, parseCustomer, parseId, parseInstant, parseNotes, parseSeats } from './parseInput.ts'
import { toPublicBooking } from './publicBooking.ts'

export interface BookingResult {
  booking: ReturnType<typeof toPublicBooking>
  cancelToken: string
  /** True when this answers a replay of an earlier request with the same Idempotency-Key. */
  replayed: boolean
}

export interface ParsedBookingInput {
  customer: CustomerInput
  holdToken?: string
  notes?: string
  seats: number
  serviceId: number | string
  staffId: null | number | string
  start: number
}

const parseBookingInput = (body: Body): ParsedBookingInput => ({
  customer: parseCustomer(body.customer, 'email'),
  holdToken: typeof body.holdToken === 'string' && body.holdToken !== '' ? body.holdToken : undefined,
  notes: parseNotes(body.notes),
  seats: parseSeats(body.seats),
  serviceId: parseId(body.service, 'service', true),
  staffId: parseId(body.staff, 'staff'),
  start: parseInstant(body.start, 'start'),
})

/**
 * Books a slot for a visitor: directly, or by confirming their hold (the held booking itself
 * becomes the confirmed one). With an Idempotency-Key, a retry returns the first answer.
 */
export const createBooking = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  rawBody: unknown,
  idempotencyKey: null | string,
): Promise<BookingResult> => {
  const body = asBody(rawBody)
  if (body.holdToken !== undefined && typeof body.holdToken !== 'string') {
    throw new BookingError(400, 'holdToken must be a string', 'holdToken')
  }
  const input = parseBookingInput(body)
  const bodyFingerprint = fingerprint(body)
  if (idempotencyKey) {
    const replay = await findReplay(req, options, idempotencyKey, bodyFingerprint)
    if (replay) {
      return { booking: toPublicBooking(replay.doc), cancelToken: replay.cancelToken, replayed: true }
    }
  }

  await assertNotPaidOnline(req, options, input.serviceId)
  const cancelToken = newToken()
  const fields = {
    ...manageTokenFields(cancelToken, req.payload.secret),
    customer: input.customer,
    notes: input.notes,
    source: 'online',
    status: 'confirmed',
    ...(idempotencyKey ? { idempotencyFingerprint: bodyFingerprint, idempotencyKey } : {}),
  }
  try {
    const doc = input.holdToken
      ? await confirmHold({ fields, input, options, req })
      : await bookDirectly({ fields, input, options, req })
    return { booking: toPublicBooking(doc), cancelToken, replayed: false }
  } catch (error) {
    // Two deliveries of one request can race: the loser finds the winner's booking and replays it.
    if (idempotencyKey) {
      const replay = await findReplay(req, options, idempotencyKey, bodyFingerprint)
      if (replay) {
        return { booking: toPublicBooking(replay.doc), cancelToken: replay.cancelToken, replayed: true }
      }
    }
    throw error
  }
}

const bookDirectly = async (args: {
  fields: Record<string, unknown>
  input: ParsedBookingInput
  options: SanitizedBookingOptions
  req: PayloadRequest
}): Promise<Record<string, unknown>> => {
  const { fields, input, options, req } = args
  // The service's disclosure mode, before free or busy is looked at.
  await assertPublicStart({ options, req, serviceId: input.serviceId, staffId: input.staffId, start: input.start })
  const { data, staffIds } = await findStaffForSlot({
    options,
    req,
    seats: input.seats,
    serviceId: input.serviceId,
    staffId: input.staffId,
    start: input.start,
  })
  if (data.service.bookingMode === 'request') {
    throw conflict(
      'This service can only be requested, not booked directly: use POST /api/booking/requests',
      { reason: 'request-only' },
      'service',
    )
  }
  const { booking } = await createWithStaffFallback({
    data: { ...fields, seats: input.seats, service: data.service.id, start: new Date(input.start).toISOString() },
    options,
    req,
    staffIds,
  })
  return booking
}
