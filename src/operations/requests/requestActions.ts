import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'
import type { RequestAction } from './requestState.ts'

import { queueMessage } from '../../notifications/queueMessage.ts'
import { relationId, toInstant } from '../../utilities/relationId.ts'
import { badRequest } from '../bookingError.ts'
import { createWithStaffFallback } from '../createWithStaffFallback.ts'
import { findStaffForSlot } from '../findStaffForSlot.ts'
import { asBody, parseId, parseInstant, parseSeats } from '../parseInput.ts'
import { toPublicBooking } from '../publicBooking.ts'
import { REQUEST_BOOKING_RULES } from './checkRequestSlot.ts'
import { loadRequestForAction, parseNote } from './loadRequestForAction.ts'
import { historyEntry, REQUEST_TRANSITION_CONTEXT_KEY } from './requestState.ts'

type Doc = Record<string, unknown> & { id: number | string }

/** Moves a request to `status`, appending who did it, when, and why to its history. */
const transition = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  request: Doc,
  status: string,
  action: RequestAction,
  data: Record<string, unknown> = {},
  note?: string,
) =>
  (await req.payload.update({
    id: request.id,
    collection: options.slugs.requests,
    context: { [REQUEST_TRANSITION_CONTEXT_KEY]: true },
    data: { ...data, history: [...((request.history as unknown[]) ?? []), historyEntry(req, options, action, note)], status },
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Doc

/** Staff wrote to the customer: the request is `contacted` and the message goes out by e-mail. */
export const contactRequest = async (req: PayloadRequest, options: SanitizedBookingOptions, id: unknown, body: unknown) => {
  const message = parseNote(asBody(body).message, 'message')
  const request = await loadRequestForAction(req, options, id)
  const updated = await transition(req, options, request, 'contacted', 'contacted', {}, message)
  // Logged either way; e-mailed when the customer left an address (else staff call them).
  if ((request.customer as { email?: string } | undefined)?.email && options.notifications.enabled) {
    await queueMessage(req, options, { kind: 'requestContact', note: message, recipient: 'customer', requestId: request.id })
  }
  return updated
}

/** Staff reached the customer another way (a phone call). */
export const markRequestContacted = async (req: PayloadRequest, options: SanitizedBookingOptions, id: unknown) =>
  transition(req, options, await loadRequestForAction(req, options, id), 'contacted', 'marked-contacted')

/** The answer is no; the reason goes into the customer's e-mail. */
export const declineRequest = async (req: PayloadRequest, options: SanitizedBookingOptions, id: unknown, body: unknown) => {
  const reason = parseNote(asBody(body).reason, 'reason')
  const request = await loadRequestForAction(req, options, id)
  return transition(req, options, request, 'declined', 'declined', { declineReason: reason }, reason)
}

/**
 * Books the request: a booking through the same capacity check as any other (working hours
 * apply, the public notice and advance limits do not) and the request moved to `booked`, in one
 * transaction, trying each free qualified staff member until one holds.
 */
export const bookRequest = async (req: PayloadRequest, options: SanitizedBookingOptions, id: unknown, rawBody: unknown) => {
  const body = asBody(rawBody ?? {})
  const request = await loadRequestForAction(req, options, id)
  const start =
    body.start !== undefined && body.start !== null && body.start !== ''
      ? parseInstant(body.start, 'start')
      : toInstant(request.preferredStart)
  if (Number.isNaN(start)) {
    throw badRequest('start', 'start is required: the request names no preferred time')
  }
  const seats = parseSeats(body.seats)
  const staffId = parseId(body.staff, 'staff') ?? relationId(request.staff)
  const { staffIds } = await findStaffForSlot({
    options,
    req,
    rules: REQUEST_BOOKING_RULES,
    seats,
    serviceId: relationId(request.service)!,
    staffId,
    start,
  })
  const { alongside: updated, booking } = await createWithStaffFallback({
    alongside: (created) => transition(req, options, request, 'booked', 'booked', { booking: created.id }, String(created.reference)),
    data: {
      customer: request.customer,
      notes: request.message,
      seats,
      service: relationId(request.service),
      source: 'request',
      start: new Date(start).toISOString(),
      status: 'confirmed',
    },
    options,
    req,
    staffIds,
  })
  return { booking: toPublicBooking(booking), request: updated }
}
