import type { PayloadRequest, TaskConfig, Where } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

export const MARK_NO_SHOWS_TASK = 'bookingMarkNoShows'

const MINUTE = 60_000

/**
 * Closes the day's appointments, one bulk write per rule (each booking still passes the bookings
 * hooks, so points, credits and the calendar follow; no message goes to anyone for either change):
 *
 * - with `checkIn.noShowAfterMinutes` set, a confirmed booking nobody checked in by its start plus
 *   that many minutes becomes `no-show` (off by default: a studio that does not check in would
 *   otherwise see every customer marked absent);
 * - always, a confirmed booking that was checked in and whose end has passed becomes `completed`.
 */
export const markNoShows = async (req: PayloadRequest, options: SanitizedBookingOptions) => {
  const now = options.clock().getTime()
  const update = (status: 'completed' | 'no-show', where: Where) =>
    req.payload.update({
      collection: options.slugs.bookings,
      data: { status },
      depth: 0,
      overrideAccess: true,
      req,
      where,
    })

  let noShows = 0
  const minutes = options.checkIn.noShowAfterMinutes
  if (minutes !== null) {
    const result = await update('no-show', {
      and: [
        { status: { equals: 'confirmed' } },
        { checkedInAt: { exists: false } },
        { start: { less_than_equal: new Date(now - minutes * MINUTE).toISOString() } },
      ],
    })
    noShows = result.docs.length
    logErrors(req, 'no-show', result.errors)
  }
  const result = await update('completed', {
    and: [
      { status: { equals: 'confirmed' } },
      { checkedInAt: { exists: true } },
      { end: { less_than_equal: new Date(now).toISOString() } },
    ],
  })
  logErrors(req, 'completed', result.errors)
  return { completed: result.docs.length, noShows }
}

/** A booking another write changed meanwhile is left for the next run; say so, don't fail the rest. */
const logErrors = (req: PayloadRequest, status: string, errors: { id: number | string; message: string }[]) => {
  for (const error of errors) {
    req.payload.logger.warn(`payload-booking: booking ${String(error.id)} not marked ${status}: ${error.message}`)
  }
}

export const markNoShowsTask = (options: SanitizedBookingOptions): TaskConfig => ({
  slug: MARK_NO_SHOWS_TASK,
  handler: async ({ req }) => ({ output: await markNoShows(req, options) }),
  label: 'Mark bookings not checked in as no-show, and visits that ended as completed',
  outputSchema: [
    { name: 'noShows', type: 'number' },
    { name: 'completed', type: 'number' },
  ],
  retries: 2,
  schedule: [{ cron: '*/5 * * * *', queue: options.notifications.queue }],
})
