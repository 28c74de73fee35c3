import type { PayloadRequest, TaskConfig } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

export const RELEASE_EXPIRED_HOLDS_TASK = 'bookingReleaseExpiredHolds'
/** The cancellation reason of a released hold (a payment that arrives later may still revive it). */
export const HOLD_EXPIRED_REASON = 'Hold expired'

/**
 * Tidies holds that expired: they are cancelled with the reason "hold expired". Capacity never
 * waits for this job (an expired hold stops counting at its expiry time); it keeps the calendar
 * and the bookings list clean.
 */
export const releaseExpiredHolds = async (req: PayloadRequest, options: SanitizedBookingOptions) => {
  const now = options.clock().toISOString()
  const result = await req.payload.update({
    collection: options.slugs.bookings,
    data: { cancellation: { reason: HOLD_EXPIRED_REASON }, status: 'cancelled' },
    depth: 0,
    overrideAccess: true,
    req,
    where: { and: [{ status: { equals: 'held' } }, { holdExpiresAt: { less_than_equal: now } }] },
  })
  return { released: result.docs.length }
}

export const releaseExpiredHoldsTask = (options: SanitizedBookingOptions): TaskConfig => ({
  slug: RELEASE_EXPIRED_HOLDS_TASK,
  handler: async ({ req }) => ({ output: await releaseExpiredHolds(req, options) }),
  label: 'Release expired booking holds',
  outputSchema: [{ name: 'released', type: 'number' }],
  retries: 2,
  schedule: [{ cron: '* * * * *', queue: options.notifications.queue }],
})
