import type { TaskConfig } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

export const MARK_NO_SHOWS_TASK = 'bookingMarkNoShows'

/** Placeholder (issue #6, check-in): marks bookings not checked in as no-show. */
export const markNoShowsTask = (_options: SanitizedBookingOptions): TaskConfig => ({
  slug: MARK_NO_SHOWS_TASK,
  handler: () => ({ output: {} }),
  label: 'Mark bookings not checked in as no-show',
})
