import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'
import type { BookingCheckArgs } from './bookingCheckArgs.ts'

/** Placeholder (issue #6, loyalty): checks a reward booking before it is written. */
export const checkRewardBooking = async (_args: BookingCheckArgs): Promise<void> => {}

/** Placeholder (issue #6, loyalty): earns, redeems and returns points after a booking changes. */
export const loyaltyAfterChange =
  (_options: SanitizedBookingOptions): CollectionAfterChangeHook =>
  ({ doc }) =>
    doc
