import type { PayloadRequest } from 'payload'

import { APIError, commitTransaction, initTransaction, killTransaction } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { docId } from '../utilities/relationId.ts'
import { conflict } from './bookingError.ts'

type Doc = Record<string, unknown> & { id: number | string }

/**
 * Creates the booking with the first of `staffIds` whose capacity check passes. Each attempt is
 * one transaction, holding the booking and whatever `alongside` writes with it (a request moved
 * to booked): both land or neither. The check under the lock is the authority, so losing a race
 * to another request just moves on to the next qualified staff member.
 */
export const createWithStaffFallback = async <T = undefined>(args: {
  alongside?: (booking: Doc) => Promise<T>
  data: Record<string, unknown>
  options: SanitizedBookingOptions
  req: PayloadRequest
  staffIds: string[]
}): Promise<{ alongside: T; booking: Doc }> => {
  const { alongside, data, options, req, staffIds } = args
  let lastConflict: APIError | undefined
  for (const staffId of staffIds) {
    const shouldCommit = await initTransaction(req)
    try {
      const booking = (await req.payload.create({
        collection: options.slugs.bookings,
        data: { ...data, staff: docId(staffId) },
        depth: 0,
        overrideAccess: true,
        req,
      })) as unknown as Doc
      const extra = (await alongside?.(booking)) as T
      if (shouldCommit) {
        await commitTransaction(req)
      }
      return { alongside: extra, booking }
    } catch (error) {
      await killTransaction(req)
      if (error instanceof APIError && error.status === 409) {
        lastConflict = error
        continue
      }
      throw error
    }
  }
  throw conflict(
    lastConflict?.message ?? 'This time was just taken',
    { ...(lastConflict?.data as Record<string, unknown> | undefined) },
    'start',
  )
}
