import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'
import type { Doc } from './prepareBooking.ts'

import { lockStaffCapacity } from '../database/capacityLock.ts'
import { findBlockingBookings } from '../operations/findBlockingBookings.ts'
import { checkBooking } from '../scheduling/checkBooking.ts'
import { conflictError } from '../utilities/errors.ts'
import { relationId, toInstant } from '../utilities/relationId.ts'
import { toServiceRules } from '../utilities/serviceRules.ts'

/** Whether a booking in this state takes its staff member's time at `now`. */
const occupiesAt = (doc: Record<string, unknown> | undefined, now: number): boolean => {
  const status = doc?.status ?? 'confirmed'
  if (status === 'held') {
    return toInstant(doc?.holdExpiresAt) > now
  }
  return status === 'confirmed' || status === 'completed' || status === 'no-show'
}

const overbookingAllowed = (doc: Record<string, unknown> | undefined): boolean =>
  Boolean((doc?.overbooking as { allowed?: boolean } | undefined)?.allowed)

/** Whether the write moves the booking in time or to another person, or changes what it takes. */
const placementChanged = (data: Record<string, unknown>, originalDoc: Record<string, unknown>): boolean =>
  (data.start !== undefined && toInstant(data.start) !== toInstant(originalDoc.start)) ||
  (data.end !== undefined && toInstant(data.end) !== toInstant(originalDoc.end)) ||
  (data.staff !== undefined && String(relationId(data.staff)) !== String(relationId(originalDoc.staff))) ||
  (data.service !== undefined && String(relationId(data.service)) !== String(relationId(originalDoc.service))) ||
  (data.seats !== undefined && Number(data.seats) !== Number(originalDoc.seats))

/**
 * The capacity invariant: a booking that takes time (held and not expired, confirmed, completed,
 * no-show) never overlaps another such booking of its staff member (buffers included), and a
 * group class never sells more seats than it has. Checked when a booking starts taking time
 * (created, re-activated, override withdrawn) or moves; every write path (admin, REST, GraphQL,
 * Local API, the public endpoints) passes here, under a lock that serializes decisions per staff
 * member until the transaction commits.
 */
export const enforceCapacity = async (args: {
  data: Record<string, unknown>
  operation: 'create' | 'update'
  options: SanitizedBookingOptions
  originalDoc?: Record<string, unknown> & { id?: number | string }
  req: PayloadRequest
  service: Doc
}): Promise<void> => {
  const { data, operation, options, originalDoc, req, service } = args
  const merged = { ...originalDoc, ...data }
  const now = options.clock().getTime()

  const isUpdate = operation === 'update' && originalDoc !== undefined
  const occupied = isUpdate && occupiesAt(originalDoc, now) && !overbookingAllowed(originalDoc)
  const needsCheck =
    occupiesAt(merged, now) &&
    !overbookingAllowed(merged) &&
    (!occupied || placementChanged(data, originalDoc!))
  const statusChanged = isUpdate && data.status !== undefined && data.status !== originalDoc!.status
  if (!needsCheck && !statusChanged) {
    return
  }

  const staffId = relationId(merged.staff)!
  await lockStaffCapacity(req, staffId)
  if (isUpdate && originalDoc!.id !== undefined) {
    await assertUnchangedSince(req, options, originalDoc!)
  }
  if (!needsCheck) {
    return
  }

  const start = toInstant(merged.start)
  const end = toInstant(merged.end)
  const bookings = await findBlockingBookings({
    excludeId: originalDoc?.id,
    from: start,
    now,
    options,
    req,
    staffIds: [staffId],
    to: end,
  })
  const rules = {
    ...toServiceRules(service),
    bufferAfterMinutes: Number(merged.bufferAfterMinutes ?? 0),
    bufferBeforeMinutes: Number(merged.bufferBeforeMinutes ?? 0),
  }
  const verdict = checkBooking({
    bookings,
    end,
    requireWorkingHours: false,
    schedule: null,
    seats: Number(merged.seats ?? 1),
    service: rules,
    staffId: String(staffId),
    start,
  })
  if (verdict.ok) {
    return
  }
  if (verdict.reason === 'full') {
    throw conflictError(`This class is full: ${verdict.seatsLeft} seat(s) left`, {
      reason: 'full',
      seatsLeft: verdict.seatsLeft,
    })
  }
  if (verdict.reason === 'conflict') {
    const other = bookings.find((b) => b.start === verdict.conflict.start && b.end === verdict.conflict.end)
    throw conflictError(
      `The time is taken: it overlaps booking ${other?.reference ?? ''} ` +
        `(${new Date(verdict.conflict.start).toISOString()} – ${new Date(verdict.conflict.end).toISOString()})`,
      {
        conflict: {
          end: new Date(verdict.conflict.end).toISOString(),
          reference: other?.reference,
          start: new Date(verdict.conflict.start).toISOString(),
        },
        reason: 'conflict',
      },
    )
  }
  throw conflictError('The time is outside working hours', { reason: verdict.reason })
}

/**
 * Two writes to one booking (two staff dragging it, a hold confirmed twice) serialize on the lock;
 * the second one must not overwrite a change it never saw: it gets a 409 and reloads.
 */
const assertUnchangedSince = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  originalDoc: Record<string, unknown> & { id?: number | string },
): Promise<void> => {
  const current = await req.payload.findByID({
    id: originalDoc.id!,
    collection: options.slugs.bookings,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
    select: { updatedAt: true },
  })
  if (current && toInstant(current.updatedAt) !== toInstant(originalDoc.updatedAt)) {
    throw conflictError('This booking was changed by someone else meanwhile: reload it and try again', {
      reason: 'stale',
    })
  }
}
