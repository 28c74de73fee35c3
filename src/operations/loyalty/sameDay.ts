import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'

import { addDays, localDateOf, startOfLocalDay } from '../../scheduling/time.ts'

/**
 * Whether the customer has another booking that is not cancelled and has a price above 0 on the
 * local day (business zone) of `start`. One query, in the caller's transaction.
 */
export const hasPaidBookingSameDay = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  customerId: number | string,
  start: number,
  excludeId?: null | number | string,
): Promise<boolean> => {
  const date = localDateOf(start, options.timezone)
  const { docs } = await req.payload.db.find({
    collection: options.slugs.bookings,
    limit: 1,
    pagination: false,
    req,
    select: { id: true },
    where: {
      and: [
        { customerRecord: { equals: customerId } },
        { status: { not_equals: 'cancelled' } },
        { price: { greater_than: 0 } },
        { start: { greater_than_equal: new Date(startOfLocalDay(date, options.timezone)).toISOString() } },
        { start: { less_than: new Date(startOfLocalDay(addDays(date, 1), options.timezone)).toISOString() } },
        ...(excludeId !== undefined && excludeId !== null ? [{ id: { not_equals: excludeId } }] : []),
      ],
    },
  })
  return docs.length > 0
}
