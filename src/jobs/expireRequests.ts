import type { PayloadRequest, TaskConfig } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { SILENT_CONTEXT_KEY } from '../notifications/bookingMessages.ts'
import { historyEntry, REQUEST_TRANSITION_CONTEXT_KEY } from '../operations/requests/requestState.ts'

export const EXPIRE_REQUESTS_TASK = 'bookingExpireRequests'

/**
 * Stores the expiry of requests nobody answered in time (their preferred time passed, or, naming
 * none, they waited `requestExpiryDays`); readers see them expired already (see requestAfterRead).
 */
export const expireRequests = async (req: PayloadRequest, options: SanitizedBookingOptions) => {
  const now = options.clock()
  const waitedSince = new Date(now.getTime() - options.requestExpiryDays * 86_400_000).toISOString()
  const { docs } = await req.payload.db.find({
    collection: options.slugs.requests,
    limit: 0,
    pagination: false,
    req,
    where: {
      and: [
        { status: { in: ['new', 'contacted'] } },
        {
          or: [
            { preferredStart: { less_than_equal: now.toISOString() } },
            { and: [{ preferredStart: { exists: false } }, { createdAt: { less_than_equal: waitedSince } }] },
          ],
        },
      ],
    },
  })
  for (const doc of docs) {
    await req.payload.update({
      id: doc.id,
      collection: options.slugs.requests,
      context: { [REQUEST_TRANSITION_CONTEXT_KEY]: true, [SILENT_CONTEXT_KEY]: true },
      data: {
        history: [...(((doc as Record<string, unknown>).history as unknown[]) ?? []), historyEntry(req, options, 'expired')],
        status: 'expired',
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  return { expired: docs.length }
}

export const expireRequestsTask = (options: SanitizedBookingOptions): TaskConfig => ({
  slug: EXPIRE_REQUESTS_TASK,
  handler: async ({ req }) => ({ output: await expireRequests(req, options) }),
  label: 'Expire unanswered booking requests',
  outputSchema: [{ name: 'expired', type: 'number' }],
  retries: 2,
  schedule: [{ cron: '*/15 * * * *', queue: options.notifications.queue }],
})
