import type { PayloadRequest, TaskConfig } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

export const EXPIRE_REQUESTS_TASK = 'bookingExpireRequests'

/**
 * Requests nobody answered before the time they asked for has passed are marked `expired`:
 * the approval queue then shows only what can still be acted on.
 */
export const expireRequests = async (req: PayloadRequest, options: SanitizedBookingOptions) => {
  const result = await req.payload.update({
    collection: options.slugs.requests,
    context: { bookingSilent: true },
    data: { status: 'expired' },
    depth: 0,
    overrideAccess: true,
    req,
    where: {
      and: [
        { status: { in: ['new', 'contacted'] } },
        { preferredStart: { less_than_equal: options.clock().toISOString() } },
      ],
    },
  })
  return { expired: result.docs.length }
}

export const expireRequestsTask = (options: SanitizedBookingOptions): TaskConfig => ({
  slug: EXPIRE_REQUESTS_TASK,
  handler: async ({ req }) => ({ output: await expireRequests(req, options) }),
  label: 'Expire unanswered booking requests',
  outputSchema: [{ name: 'expired', type: 'number' }],
  retries: 2,
  schedule: [{ cron: '*/15 * * * *', queue: options.notifications.queue }],
})
