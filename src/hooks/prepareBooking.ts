import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { MAX_BOOKING_MINUTES } from '../defaults.ts'
import { fieldError } from '../utilities/errors.ts'
import { relationId, toInstant } from '../utilities/relationId.ts'
import { manageTokenFields, newReference, newToken } from '../utilities/tokens.ts'

export type Doc = Record<string, unknown> & { id: number | string }

export interface PreparedBooking {
  service: Doc
  staff: Doc
}

const MINUTE = 60_000

/**
 * Completes and checks a booking before it is written: the service and staff exist and match,
 * `end` follows from the service's duration, seats are sane, and on create the reference,
 * manage token, price and buffer snapshots are filled in. Bad input is a 400 naming the field.
 */
export const prepareBooking = async (args: {
  data: Record<string, unknown>
  operation: 'create' | 'update'
  options: SanitizedBookingOptions
  originalDoc?: Record<string, unknown>
  req: PayloadRequest
}): Promise<PreparedBooking> => {
  const { data, operation, options, originalDoc, req } = args
  const slug = options.slugs.bookings
  const merged = { ...originalDoc, ...data }

  const load = async (collection: string, field: string): Promise<Doc> => {
    const id = relationId(merged[field])
    if (id === null) {
      throw fieldError(slug, field, `${field} is required`)
    }
    const doc = await req.payload
      .findByID({ id, collection, depth: 0, disableErrors: true, overrideAccess: true, req })
      .catch(() => null)
    if (!doc) {
      throw fieldError(slug, field, `${field} ${String(id)} does not exist`)
    }
    return doc as unknown as Doc
  }
  const service = await load(options.slugs.services, 'service')
  const staff = await load(options.slugs.staff, 'staff')

  const performs = (Array.isArray(staff.services) ? staff.services : []).map((s) => String(relationId(s)))
  if (!performs.includes(String(service.id))) {
    throw fieldError(slug, 'staff', `${String(staff.name)} does not perform ${String(service.name)}`)
  }

  const start = toInstant(merged.start)
  if (Number.isNaN(start)) {
    throw fieldError(slug, 'start', 'start must be a date and time')
  }
  const original = { end: toInstant(originalDoc?.end), start: toInstant(originalDoc?.start) }
  const endChanged = data.end !== undefined && data.end !== null && toInstant(data.end) !== original.end
  const serviceChanged =
    operation === 'update' && data.service !== undefined && relationId(data.service) !== relationId(originalDoc?.service)
  let end: number
  if (endChanged || (operation === 'create' && data.end)) {
    end = toInstant(data.end)
  } else if (operation === 'update' && !serviceChanged && !Number.isNaN(original.end)) {
    end = start + (original.end - original.start) // moved (or untouched): keeps its length
  } else {
    end = start + Number(service.durationMinutes ?? 60) * MINUTE
  }
  if (Number.isNaN(end) || end <= start) {
    throw fieldError(slug, 'end', 'end must be after start')
  }
  if (end - start > MAX_BOOKING_MINUTES * MINUTE) {
    throw fieldError(slug, 'end', `a booking lasts at most ${MAX_BOOKING_MINUTES / 60} hours`)
  }
  data.start = new Date(start).toISOString()
  data.end = new Date(end).toISOString()

  const seats = Number(merged.seats ?? 1)
  if (!Number.isInteger(seats) || seats < 1) {
    throw fieldError(slug, 'seats', 'seats must be a whole number of at least 1')
  }
  if (merged.status === 'held' && Number.isNaN(toInstant(merged.holdExpiresAt))) {
    throw fieldError(slug, 'holdExpiresAt', 'a held booking needs holdExpiresAt')
  }

  if (operation === 'create' || data.service !== undefined) {
    data.bufferBeforeMinutes = Number(service.bufferBeforeMinutes ?? 0)
    data.bufferAfterMinutes = Number(service.bufferAfterMinutes ?? 0)
  }
  if (operation === 'create') {
    data.reference ??= newReference('BK')
    data.price ??= service.price ?? null
    data.currency ??= service.currency ?? null
    if (!data.cancelTokenHash) {
      Object.assign(data, manageTokenFields(newToken(), req.payload.secret)) // phone bookings get a link too
    }
  }
  if (merged.status === 'cancelled' && originalDoc?.status !== 'cancelled') {
    const cancellation = (merged.cancellation ?? {}) as Record<string, unknown>
    data.cancellation = { ...cancellation, cancelledAt: cancellation.cancelledAt ?? new Date(options.clock()).toISOString() }
  }
  const overbooking = merged.overbooking as Record<string, unknown> | undefined
  if (overbooking?.allowed && !overbooking.by && req.user) {
    data.overbooking = { ...overbooking, by: req.user.id }
  }
  return { service, staff }
}
