import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { conflict } from './bookingError.ts'

/**
 * Creates the booking with the first of `staffIds` whose capacity check passes. Each attempt is
 * its own transaction; the check under the lock is the authority, so losing a race to another
 * request just moves on to the next qualified staff member.
 */
export const createWithStaffFallback = async (args: {
  data: Record<string, unknown>
  options: SanitizedBookingOptions
  req: PayloadRequest
  staffIds: string[]
}): Promise<Record<string, unknown>> => {
  const { data, options, req, staffIds } = args
  let lastConflict: APIError | undefined
  for (const staffId of staffIds) {
    try {
      const doc = await req.payload.create({
        collection: options.slugs.bookings,
        data: { ...data, staff: /^\d+$/.test(staffId) ? Number(staffId) : staffId },
        depth: 0,
        overrideAccess: true,
        req,
      })
      return doc as unknown as Record<string, unknown>
    } catch (error) {
      if (error instanceof APIError && error.status === 409) {
        lastConflict = error
        continue
      }
      throw error
    }
  }
  throw conflict(lastConflict?.message ?? 'This time was just taken', {
    ...(lastConflict?.data as Record<string, unknown> | undefined),
  }, 'start')
}
