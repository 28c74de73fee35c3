import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'
import type { Doc } from './prepareBooking.ts'

import { lockStaffCapacity } from '../database/capacityLock.ts'
import { findBlockingBookings } from '../operations/findBlockingBookings.ts'
import { checkBooking } from '../scheduling/checkBooking.ts'
import { conflictError } from '../utilities/errors.ts'
import { relationId, toInstant } from '../utilities/relationId.ts'
import { toServiceRules } from '../utilities/serviceRules.ts'

const WATCHED = ['start', 'end', 'staff', 'service', 'seats', 'status', 'holdExpiresAt', 'overbooking'] as const

/**
 * The capacity invariant: a held or confirmed booking never overlaps another booking of its
 * staff member (buffers included), and a group class never sells more seats than it has.
 * Runs for every write path (admin, REST, GraphQL, Local API, the public endpoints) under a lock
 * that serializes decisions per staff member until the transaction commits.
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

  const status = merged.status ?? 'confirmed'
  const occupies = status === 'confirmed' || (status === 'held' && toInstant(merged.holdExpiresAt) > now)
  const changed =
    operation === 'create' || WATCHED.some((key) => data[key] !== undefined && data[key] !== originalDoc?.[key])
  const overbooking = merged.overbooking as { allowed?: boolean } | undefined
  if (!occupies || !changed || overbooking?.allowed) {
    return
  }

  const staffId = relationId(merged.staff)!
  await lockStaffCapacity(req, staffId)
  if (operation === 'update' && originalDoc?.id !== undefined) {
    await assertUnchangedSince(req, options, originalDoc)
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
